import { describe, expect, it } from 'vitest';
import type { Referral } from '../../../../src/partner-center/index.js';
import {
  REFERRAL_TARGET,
  referralAnswer,
  transition,
} from '../../../../src/skills/partner-writes/referral-transitions.js';

const referral = (status: string, substatus: string) =>
  ({ id: 'r-1', status, substatus }) as Referral;

describe('referral transitions', () => {
  it('when a referral is new, then it can be accepted or declined but not closed as won or lost', () => {
    const r = referral('New', 'Pending');
    expect(transition(r, 'accepted').kind).toBe('allowed');
    expect(transition(r, 'declined').kind).toBe('allowed');
    expect(transition(r, 'won')).toMatchObject({
      kind: 'forbidden',
      instead: ['accepted', 'declined'],
    });
    expect(transition(r, 'lost').kind).toBe('forbidden');
  });

  it('when a referral is active, then it can be closed as won or lost, not declined, and accepting it again changes nothing', () => {
    const r = referral('Active', 'Engaged');
    expect(transition(r, 'won').kind).toBe('allowed');
    expect(transition(r, 'lost').kind).toBe('allowed');
    expect(transition(r, 'declined')).toMatchObject({
      kind: 'forbidden',
      instead: ['won', 'lost'],
    });
    expect(transition(r, 'accepted').kind).toBe('same');
  });

  it('when a referral is closed, then nothing moves it, and the same outcome is nothing to change', () => {
    const r = referral('Closed', 'Won');
    expect(transition(r, 'won').kind).toBe('same');
    for (const a of ['accepted', 'declined', 'lost'] as const)
      expect(transition(r, a)).toMatchObject({ kind: 'forbidden', instead: [] });
  });

  it('when the status word is a synonym, then it maps to the Partner API status and substatus', () => {
    expect(referralAnswer('Accept')).toBe('accepted');
    expect(referralAnswer('rejected')).toBe('declined');
    expect(referralAnswer('expired')).toBeUndefined();
    expect(REFERRAL_TARGET.won).toEqual({ status: 'Closed', substatus: 'Won' });
    expect(REFERRAL_TARGET.accepted).toEqual({ status: 'Active', substatus: 'Accepted' });
  });
});
