import { describe, expect, it } from 'vitest';
import { derivedFrom } from '../../../src/skills/derived.js';

describe('derivedFrom', () => {
  it('when the same response is asked again with the same key, then the value is computed once; another response or key computes anew', () => {
    const response = Object.freeze([{ id: 'a' }]);
    const again = Object.freeze([{ id: 'a' }]);
    let computed = 0;
    const card = (source: object, key: string) =>
      derivedFrom(source, key, () => ({ n: ++computed }));
    expect(card(response, 'page 1')).toEqual({ n: 1 });
    expect(card(response, 'page 1')).toEqual({ n: 1 });
    expect(card(response, 'page 2')).toEqual({ n: 2 });
    expect(card(again, 'page 1')).toEqual({ n: 3 });
  });

  it('when a response has more keys than the bound, then the oldest key is computed again', () => {
    const response = {};
    let computed = 0;
    for (let i = 0; i < 33; i++) derivedFrom(response, `k${i}`, () => ++computed);
    expect(derivedFrom(response, 'k32', () => ++computed)).toBe(33);
    expect(derivedFrom(response, 'k0', () => ++computed)).toBe(34);
  });
});
