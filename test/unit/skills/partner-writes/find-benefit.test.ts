import { describe, expect, it } from 'vitest';
import type { Benefit } from '../../../../src/partner-center/index.js';
import { findBenefit } from '../../../../src/skills/partner-writes/find-benefit.js';

const benefits = [
  { id: 'b-1', name: 'Visual Studio Enterprise', status: 'available' },
  { id: 'b-2', name: 'Visual Studio Professional', status: 'active' },
  { id: 'b-3', name: 'Azure sponsorship credits', status: 'active' },
  { id: 'b-4', name: 'Azure credits for solution partners', status: 'available' },
] as Benefit[];

describe('findBenefit', () => {
  it('when the exact name or the id is given, then that benefit is found', () => {
    expect(findBenefit(benefits, 'the visual studio enterprise benefit')).toEqual({
      kind: 'found',
      benefit: benefits[0],
    });
    expect(findBenefit(benefits, 'B-2')).toEqual({ kind: 'found', benefit: benefits[1] });
  });

  it('when the name fits several, then they are a choice with the available one first', () => {
    const match = findBenefit(benefits, 'Azure credits');
    expect(match.kind).toBe('choose');
    expect(match.kind === 'choose' && match.choices.map((b) => b.id)).toEqual(['b-4', 'b-3']);
  });

  it('when nothing fits, then none', () => {
    expect(findBenefit(benefits, 'Dynamics')).toEqual({ kind: 'none' });
    expect(findBenefit(benefits, 'benefit')).toEqual({ kind: 'none' });
  });
});
