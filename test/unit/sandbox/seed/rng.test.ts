import { describe, expect, it } from 'vitest';
import { createRng, hashString, rngFor } from '../../../../src/sandbox/seed/rng.js';

describe('seeded random streams', () => {
  it('when two streams share a seed and label, then they produce the same values', () => {
    const a = rngFor(42, 'customer', 'contoso');
    const b = rngFor(42, 'customer', 'contoso');
    expect([a.guid(), a.int(1, 100), a.next()]).toEqual([b.guid(), b.int(1, 100), b.next()]);
  });

  it('when the seed or the label differ, then the streams differ', () => {
    expect(rngFor(42, 'x').guid()).not.toBe(rngFor(43, 'x').guid());
    expect(rngFor(42, 'x').guid()).not.toBe(rngFor(42, 'y').guid());
  });

  it('when a GUID is drawn, then it is a lower-case version-4 GUID', () => {
    const rng = createRng('guids');
    for (let i = 0; i < 50; i++) {
      expect(rng.guid()).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    }
  });

  it('when integers are drawn in a range, then they stay inside it and cover both ends', () => {
    const rng = createRng('ints');
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(rng.int(1, 4));
    expect([...seen].sort()).toEqual([1, 2, 3, 4]);
  });

  it('when pick is given an empty list, then it throws a RangeError', () => {
    expect(() => createRng('x').pick([])).toThrow(RangeError);
  });

  it('when a string is hashed, then the hash is a stable unsigned 32-bit number', () => {
    expect(hashString('Contoso')).toBe(hashString('Contoso'));
    expect(hashString('Contoso')).toBeGreaterThanOrEqual(0);
    expect(hashString('Contoso')).toBeLessThan(2 ** 32);
  });
});
