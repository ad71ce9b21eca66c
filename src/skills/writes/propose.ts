import { confirmCard } from '../../cards/views/writes.js';
import type { AdaptiveCard } from '../../cards/render.js';
import { VERBS } from '../../cards/views/actions.js';
import type { PendingAction } from '../../state/index.js';
import type { Skill, SkillReply, SkillRequest } from '../skill.js';
import { auditWrite } from './audit-write.js';
import {
  isProposal,
  type Change,
  type FormValues,
  type Proposal,
  type WriteDefinition,
} from './write-definition.js';

/** What a pending action's summary holds: the card as drawn, and how to ask again. */
export interface StoredSummary {
  title: string;
  subtitle: string;
  /** The name of what changes ("Microsoft 365 E3"), for the audit log. */
  targetName?: string;
  changes: Change[];
  facts: Proposal['facts'];
  notes: string[];
  /** The request that drew the card, for "ask again" and re-reading after stale data. */
  request: { intent: string; entities: Record<string, unknown> };
  before: Record<string, string>;
  after: Record<string, string>;
}

/**
 * A write intent's skill: propose, store the pending action (with its MS-RequestId) and show
 * the confirmation card. Nothing is changed until Confirm (answer.ts).
 */
export function writeSkill<P>(definition: WriteDefinition<P>): Skill {
  return async (request) => {
    const proposed = request.form
      ? await (definition.fromForm ?? ((r) => definition.propose(r)))(request, request.form)
      : await definition.propose(request);
    if (!isProposal(proposed)) return proposed;
    return proposeChange(request, definition, proposed);
  };
}

/** Stores `proposal` as a pending action and draws its confirmation card. */
export async function proposeChange<P>(
  request: SkillRequest,
  definition: WriteDefinition<P>,
  proposal: Proposal<P>,
  previous?: { action: PendingAction; changedSince: string },
): Promise<SkillReply> {
  const { pendingActions } = request.services;
  const summary = summaryOf(request, definition, proposal);
  const fields = {
    intent: definition.intent,
    ...(proposal.customer
      ? { customerId: proposal.customer.id, customerName: proposal.customer.name }
      : {}),
    ...(proposal.target ? { target: proposal.target } : {}),
    ...(proposal.etag ? { etag: proposal.etag } : {}),
    summary: { ...summary },
    payload: proposal.payload,
  };
  const action = previous
    ? await pendingActions.replace(previous.action.id, fields)
    : await pendingActions.create({
        ...fields,
        userId: request.user.id,
        ...(request.user.name ? { userName: request.user.name } : {}),
        ...(request.role ? { role: request.role } : {}),
        conversationId: request.conversationId,
      });
  await auditWrite(request, action, 'proposed', {
    ...(previous ? { detail: previous.changedSince } : {}),
  });
  return {
    cards: [confirmationCard(request, action, summary, previous?.changedSince)],
  };
}

/** The card for a stored pending action (also redrawn when "yes" is typed for an older one). */
export function confirmationCard(
  request: SkillRequest,
  action: PendingAction,
  summary: StoredSummary,
  changedSince?: string,
): AdaptiveCard {
  const { cardSigner } = request.services;
  const bound = (verb: string) => {
    const token = cardSigner.sign({
      pendingActionId: action.id,
      verb,
      userId: action.userId,
      conversationId: action.conversationId,
      ...(action.customerId ? { customerId: action.customerId } : {}),
    });
    return {
      pendingActionId: action.id,
      ...(action.customerId ? { customerId: action.customerId } : {}),
      token,
    };
  };
  const until = new Date(action.expiresAt);
  return confirmCard({
    title: summary.title,
    subtitle: summary.subtitle,
    changes: summary.changes,
    facts: summary.facts ?? [],
    notes: summary.notes,
    ...(changedSince ? { changedSince } : {}),
    confirmData: bound(VERBS.confirm),
    cancelData: bound(VERBS.cancel),
    expiresText: `Confirm within ${Math.round(request.services.pendingActions.ttlInMs / 60_000)} minutes (until ${until.toISOString().slice(11, 16)} UTC).`,
  });
}

function summaryOf<P>(
  request: SkillRequest,
  definition: WriteDefinition<P>,
  proposal: Proposal<P>,
): StoredSummary {
  const subtitle = [proposal.customer?.name, proposal.targetName].filter(Boolean).join(' · ');
  return {
    title: proposal.title,
    subtitle: subtitle || 'Partner Center',
    ...(proposal.targetName ? { targetName: proposal.targetName } : {}),
    changes: proposal.changes,
    facts: proposal.facts ?? [],
    notes: proposal.notes ?? [],
    request: { intent: definition.intent, entities: { ...request.entities } },
    before: Object.fromEntries(proposal.changes.map((c) => [c.field, c.before])),
    after: Object.fromEntries(proposal.changes.map((c) => [c.field, c.after])),
  };
}

export function storedSummary(action: PendingAction): StoredSummary {
  return action.summary as unknown as StoredSummary;
}

export type { FormValues };
