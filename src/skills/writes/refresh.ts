import type { SkillReply, SkillRequest } from '../skill.js';
import type { StoredSummary } from './propose.js';
import {
  isProposal,
  type ExecuteInput,
  type Proposal,
  type WriteDefinition,
} from './write-definition.js';

/**
 * After stale data (2055): the definition's own refresh, or its proposal again for the same
 * request (same entities, same customer), so "add 5 seats" is worked out from the new count.
 */
export async function refreshProposal(
  definition: WriteDefinition<unknown>,
  input: ExecuteInput<unknown>,
): Promise<Proposal<unknown> | SkillReply> {
  if (definition.refresh) return definition.refresh(input);
  const { action, request } = input;
  const summary = input.action.summary as unknown as StoredSummary;
  const again: SkillRequest = {
    ...request,
    intent: definition.intent,
    entities: summary.request.entities as SkillRequest['entities'],
    text: '',
    context: {
      ...request.context,
      ...(action.customerId
        ? { customer: { id: action.customerId, name: action.customerName ?? action.customerId } }
        : {}),
    },
  };
  delete (again.entities as Record<string, unknown>).customer;
  const proposed = await definition.propose(again);
  return isProposal(proposed) ? proposed : proposed;
}

/** "Since this card was drawn, Partner Center changed: Seats 25 → 27." */
export function changedSinceText(old: StoredSummary, next: Proposal<unknown>): string {
  const moved = next.changes
    .filter((c) => old.before[c.field] !== undefined && old.before[c.field] !== c.before)
    .map((c) => `${c.field} ${old.before[c.field]} → ${c.before}`);
  return moved.length > 0
    ? `Since the first card was drawn, Partner Center changed: ${moved.join('; ')}. Check the change below and confirm again.`
    : 'This was changed in Partner Center since the first card was drawn. Check the change below and confirm again.';
}
