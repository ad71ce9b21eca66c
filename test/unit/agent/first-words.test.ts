import { describe, expect, it } from 'vitest';
import { firstWords } from '../../../src/agent/agent.js';

describe('firstWords', () => {
  it('when the text is short enough, then it is kept whole', () => {
    expect(firstWords('list my customers', 100)).toBe('list my customers');
  });

  it('when a limit falls inside a word, then the cut is at the space before it', () => {
    expect(firstWords('list my customers please please', 20)).toBe('list my customers');
  });

  it('when the limit falls just after a word, then that word is kept', () => {
    expect(firstWords('list my customers please', 17)).toBe('list my customers');
  });

  it('when the text has no space at all, then it is cut at the limit', () => {
    expect(firstWords('x'.repeat(50), 10)).toBe('x'.repeat(10));
  });
});
