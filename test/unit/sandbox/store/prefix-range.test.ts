import { describe, expect, it } from 'vitest';
import { prefixRange } from '../../../../src/sandbox/store/prefix-range.js';

const within = (prefix: string, value: string) => {
  const { lower, upper } = prefixRange(prefix);
  return value >= lower && value < upper;
};

describe('prefix range', () => {
  it('when values start with the prefix, then they fall in the range; others do not', () => {
    expect(within('cont', 'contoso ltd')).toBe(true);
    expect(within('cont', 'cont')).toBe(true);
    expect(within('cont', 'conu')).toBe(false);
    expect(within('cont', 'con')).toBe(false);
  });

  it('when the prefix has non-ASCII letters, then the range still holds', () => {
    expect(within('mü', 'müller gmbh')).toBe(true);
    expect(within('mü', 'mv')).toBe(false);
  });
});
