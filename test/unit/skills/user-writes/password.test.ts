import { describe, expect, it } from 'vitest';
import {
  generatePassword,
  PASSWORD_CLASSES,
  PASSWORD_LENGTH,
} from '../../../../src/skills/user-writes/password.js';

const SAMPLES = 2_000;
const ALLOWED = new Set(Object.values(PASSWORD_CLASSES).join(''));

describe('generatePassword', () => {
  it(`when ${SAMPLES} passwords are made, then each has at least 16 characters with upper case, lower case, digits and symbols, and none repeats`, () => {
    const seen = new Set<string>();
    for (let i = 0; i < SAMPLES; i++) {
      const password = generatePassword();
      expect(password.length).toBeGreaterThanOrEqual(16);
      expect(password).toHaveLength(PASSWORD_LENGTH);
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/[0-9]/);
      expect(password).toMatch(/[^A-Za-z0-9]/);
      expect([...password].every((c) => ALLOWED.has(c))).toBe(true);
      seen.add(password);
    }
    expect(seen.size).toBe(SAMPLES);
  });

  it('when many are made, then every character of the alphabet turns up and no position holds one class only', () => {
    const counts = new Map<string, number>();
    const classAt: Array<Set<string>> = Array.from({ length: PASSWORD_LENGTH }, () => new Set());
    const classOf = (c: string) =>
      Object.entries(PASSWORD_CLASSES).find(([, chars]) => chars.includes(c))?.[0] ?? '?';
    for (let i = 0; i < SAMPLES; i++) {
      [...generatePassword()].forEach((c, at) => {
        counts.set(c, (counts.get(c) ?? 0) + 1);
        classAt[at]?.add(classOf(c));
      });
    }
    expect(counts.size).toBe(ALLOWED.size);
    // The four required characters are shuffled in: no place is always upper case, say.
    for (const classes of classAt) expect(classes.size).toBe(4);
  });

  it('when it is read off a card, then it has no look-alike characters and nothing Adaptive Card markdown or templates would change', () => {
    for (let i = 0; i < 500; i++) {
      expect(generatePassword()).not.toMatch(/[Il1O0*_~`[\](){}\-+\\"' ]/);
    }
  });

  it('when a length is given, then the password has it', () => {
    expect(generatePassword(32)).toHaveLength(32);
    expect(() => generatePassword(3)).toThrow(RangeError);
  });
});
