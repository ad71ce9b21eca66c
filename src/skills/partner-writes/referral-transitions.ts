import { humanize } from '../../cards/views/format.js';
import type { Referral } from '../../partner-center/index.js';

/** What the user asked for (the `status` entity of referrals.update). */
export type ReferralAnswer = 'accepted' | 'declined' | 'won' | 'lost';

export const REFERRAL_ANSWERS: readonly ReferralAnswer[] = ['accepted', 'declined', 'won', 'lost'];

/** Partner API status / substatus for each answer (partner-rest `referral-resources.md`). */
export const REFERRAL_TARGET: Readonly<
  Record<ReferralAnswer, { status: string; substatus: string }>
> = {
  accepted: { status: 'Active', substatus: 'Accepted' },
  declined: { status: 'Closed', substatus: 'Declined' },
  won: { status: 'Closed', substatus: 'Won' },
  lost: { status: 'Closed', substatus: 'Lost' },
};

/** The words people use for each answer ("accept", "approve", "reject" …). */
const SYNONYMS: Readonly<Record<string, ReferralAnswer>> = {
  accept: 'accepted',
  accepted: 'accepted',
  active: 'accepted',
  decline: 'declined',
  declined: 'declined',
  reject: 'declined',
  rejected: 'declined',
  won: 'won',
  win: 'won',
  lost: 'lost',
  lose: 'lost',
};

export function referralAnswer(status: string | undefined): ReferralAnswer | undefined {
  return status ? SYNONYMS[status.trim().toLowerCase()] : undefined;
}

/** "accept", "decline", "close as won", "close as lost": for buttons and messages. */
export function answerVerb(answer: ReferralAnswer): string {
  return answer === 'accepted'
    ? 'Accept'
    : answer === 'declined'
      ? 'Decline'
      : `Close as ${answer}`;
}

export type Transition =
  | { kind: 'allowed' }
  | { kind: 'same'; message: string }
  | { kind: 'forbidden'; message: string; instead: ReferralAnswer[] };

/**
 * The referral lifecycle (partner-rest `referral-resources.md`, as the sandbox enforces it in
 * routes/referral-update.ts): a New referral is accepted (Active) or declined (Closed), an
 * Active one is closed as Won or Lost, and a Closed one is final.
 */
export function transition(referral: Referral, answer: ReferralAnswer): Transition {
  const status = referral.status ?? 'None';
  const sub = humanize(referral.substatus).toLowerCase();
  const target = REFERRAL_TARGET[answer];
  if (status === 'Closed')
    return referral.substatus === target.substatus
      ? { kind: 'same', message: `It is already closed as ${sub}. Nothing to change.` }
      : {
          kind: 'forbidden',
          message: `It is closed${sub ? ` (${sub})` : ''}, and a closed referral is final: it cannot be ${answer === 'accepted' ? 'accepted' : answer === 'declined' ? 'declined' : `reopened as ${answer}`}.`,
          instead: [],
        };
  if (status === 'Active') {
    if (answer === 'accepted')
      return {
        kind: 'same',
        message: `It was already accepted and is active${sub ? ` (${sub})` : ''}. Nothing to change.`,
      };
    if (answer === 'declined')
      return {
        kind: 'forbidden',
        message:
          'It is already accepted, and only a new referral can be declined. Close it as won or lost instead.',
        instead: ['won', 'lost'],
      };
    return { kind: 'allowed' };
  }
  if (status === 'New') {
    if (answer === 'accepted' || answer === 'declined') return { kind: 'allowed' };
    return {
      kind: 'forbidden',
      message: `It is still new: a referral is closed as won or lost only after it was accepted. Accept it first, or decline it.`,
      instead: ['accepted', 'declined'],
    };
  }
  return {
    kind: 'forbidden',
    message: `Its status is ${humanize(status).toLowerCase() || 'unknown'}, which cannot be changed here.`,
    instead: [],
  };
}
