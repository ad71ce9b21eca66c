import { intentAction } from '../../cards/views/actions.js';
import { chooseCard } from '../../cards/views/choose.js';
import { facts } from '../../cards/views/facts.js';
import { formatDate, humanize } from '../../cards/views/format.js';
import { noticeCard } from '../../cards/views/notice.js';
import {
  dealValue,
  referralName,
  referralNotFoundCard,
  shortReferralId,
} from '../../cards/views/referrals.js';
import type { Referral } from '../../partner-center/index.js';
import type { SkillReply } from '../skill.js';
import type { Proposal, WriteDefinition } from '../writes/write-definition.js';
import { findReferral } from './find-referral.js';
import {
  answerVerb,
  REFERRAL_ANSWERS,
  REFERRAL_TARGET,
  referralAnswer,
  transition,
  type ReferralAnswer,
} from './referral-transitions.js';

interface UpdateReferralPayload {
  referralId: string;
  name: string;
  before: { status: string; substatus: string };
  after: { status: string; substatus: string };
  /** The eTag read for the card, sent as If-Match so a change made meanwhile is not overwritten. */
  etag?: string;
}

const EXAMPLE = 'accept referral 1a2b3c';

/**
 * referrals.update: accept, decline, or close as won / lost, as a PATCH of status and substatus
 * with the referral's eTag in If-Match (partner-rest `patch-a-referral.md`; a stale eTag is 412,
 * which asks again with the current state). A move the lifecycle does not allow is explained,
 * with the moves that are, and offers no Confirm.
 */
export const updateReferral: WriteDefinition<UpdateReferralPayload> = {
  intent: 'referrals.update',
  example: EXAMPLE,
  async propose(request) {
    const text = request.entities.referralId?.trim();
    if (!text)
      return notice(
        'Which referral?',
        `Give the referral id (its first characters are enough), for example "${EXAMPLE}" or "close referral 1a2b3c as won".`,
      );
    const lookup = await findReferral(request, text);
    if (lookup.kind === 'none') return { cards: [referralNotFoundCard(text, lookup.searched)] };
    const answer = referralAnswer(request.entities.status);
    if (lookup.kind === 'choose') return chooseReferral(text, lookup.choices, answer);
    const referral = lookup.referral;
    const name = referralName(referral);
    if (!answer)
      return notice(
        `What should happen to ${name}?`,
        `Say whether to accept or decline it, or close it as won or lost${
          request.entities.status ? ` ("${request.entities.status}" is none of these)` : ''
        }. It is ${describe(referral)} now.`,
        answerButtons(referral, REFERRAL_ANSWERS),
      );
    const move = transition(referral, answer);
    if (move.kind === 'same') return notice(`${name} is ${describe(referral)}`, move.message);
    if (move.kind === 'forbidden')
      return notice(
        `${name} cannot be ${answer === 'accepted' || answer === 'declined' ? answer : `closed as ${answer}`}`,
        move.message,
        answerButtons(referral, move.instead),
      );
    return proposal(referral, answer);
  },
  async execute({ payload, request, options }) {
    const updated = await request.services.partnerCenter.referrals.update(
      payload.referralId,
      { status: payload.after.status, substatus: payload.after.substatus },
      { ...options, ...(payload.etag ? { etag: payload.etag } : {}) },
    );
    return {
      title: `${answerTitle(payload.after)}: ${payload.name}`,
      changes: [
        { field: 'Status', before: payload.before.status, after: updated.status ?? '' },
        { field: 'Substatus', before: payload.before.substatus, after: updated.substatus ?? '' },
      ],
      facts: facts([['Referral id', updated.id]]),
      actions: [
        intentAction('Referral details', 'referrals.show', { referralId: updated.id }),
        intentAction('All referrals', 'referrals.list'),
      ],
      after: { status: updated.status, substatus: updated.substatus },
    };
  },
};

function proposal(referral: Referral, answer: ReferralAnswer): Proposal<UpdateReferralPayload> {
  const name = referralName(referral);
  const before = { status: referral.status ?? '', substatus: referral.substatus ?? '' };
  const after = REFERRAL_TARGET[answer];
  return {
    title: `${answerVerb(answer)} referral ${name}`,
    target: referral.id,
    targetName: name,
    changes: [
      { field: 'Status', before: before.status, after: after.status },
      { field: 'Substatus', before: before.substatus, after: after.substatus },
    ],
    facts: facts([
      ['Customer', referral.customerProfile?.name],
      ['Deal value', dealValue(referral)],
      ['Created', formatDate(referral.createdDateTime)],
      ['Expires', formatDate(referral.expirationDateTime)],
      ['Referral id', referral.id],
    ]),
    notes:
      after.status === 'Closed'
        ? ['A closed referral is final: it cannot be reopened or changed afterwards.']
        : [
            'Once accepted, the referral can later be closed as won or lost, but no longer declined.',
          ],
    payload: {
      referralId: referral.id,
      name,
      before,
      after,
      ...(referral.eTag ? { etag: referral.eTag } : {}),
    },
    ...(referral.eTag ? { etag: referral.eTag } : {}),
  };
}

/** "new (pending)", "closed (won)". */
function describe(referral: Referral): string {
  const status = humanize(referral.status).toLowerCase() || 'without a status';
  const sub = humanize(referral.substatus).toLowerCase();
  return sub ? `${status} (${sub})` : status;
}

function answerTitle(after: { status: string; substatus: string }): string {
  return after.status === 'Active' ? 'Accepted' : `Closed as ${after.substatus.toLowerCase()}`;
}

/** Buttons for the moves this referral allows (each draws its own confirmation card). */
function answerButtons(referral: Referral, answers: readonly ReferralAnswer[]) {
  return answers
    .filter((a) => transition(referral, a).kind === 'allowed')
    .map((a) =>
      intentAction(answerVerb(a), 'referrals.update', { referralId: referral.id, status: a }),
    );
}

function chooseReferral(
  text: string,
  referrals: Referral[],
  answer: ReferralAnswer | undefined,
): SkillReply {
  return {
    cards: [
      chooseCard({
        title: `Which referral do you mean by "${text}"?`,
        message: `${referrals.length} referrals have an id that starts with "${text}".`,
        choices: referrals.map((r) =>
          intentAction(`${referralName(r)} (${shortReferralId(r.id)}…)`, 'referrals.update', {
            referralId: r.id,
            ...(answer ? { status: answer } : {}),
          }),
        ),
      }),
    ],
  };
}

function notice(
  title: string,
  message: string,
  actions: ReturnType<typeof intentAction>[] = [],
): SkillReply {
  return {
    cards: [
      noticeCard({
        title,
        message,
        tone: 'warning',
        actions: [...actions, intentAction('All referrals', 'referrals.list')],
      }),
    ],
  };
}
