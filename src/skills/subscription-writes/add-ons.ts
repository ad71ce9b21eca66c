import { subscriptionName } from '../../cards/views/subscriptions.js';
import { collectAll, type Subscription } from '../../partner-center/index.js';
import type { SkillRequest } from '../skill.js';

/**
 * The live add-ons whose parent is `parent` (`parentSubscriptionId`), read past the cache: their
 * status goes on the confirmation card.
 */
export async function addOnsOf(
  request: SkillRequest,
  customerId: string,
  parent: Subscription,
): Promise<Subscription[]> {
  const all = await collectAll(
    request.services.partnerCenter.subscriptions.list(customerId, {
      correlationId: request.correlationId,
      fresh: true,
    }),
  );
  return all.filter(
    (s) => s.parentSubscriptionId === parent.id && s.status !== 'deleted' && s.id !== parent.id,
  );
}

/** "Exchange Online Archiving (active)" joined with commas. */
export function namesWithStatus(subscriptions: Subscription[]): string {
  return subscriptions.map((s) => `${subscriptionName(s)} (${s.status ?? 'unknown'})`).join(', ');
}
