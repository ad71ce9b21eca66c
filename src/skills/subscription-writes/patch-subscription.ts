import { intentAction } from '../../cards/views/actions.js';
import { facts } from '../../cards/views/facts.js';
import type { Subscription } from '../../partner-center/index.js';
import type { Change, ExecuteInput, WriteResult } from '../writes/write-definition.js';

/** What every subscription write's payload holds: the subscription as read for the card. */
export interface SubscriptionPayload {
  customerId: string;
  /** PATCHed whole, with its etag (If-Match), so a change made meanwhile is refused (2055). */
  subscription: Subscription;
}

export interface PatchReport {
  title: string;
  change: Change;
  /** One more fact after the subscription id (its status, or its seats). */
  fact: [label: string, value: string | number | undefined];
  after?: unknown;
}

/**
 * One subscription write: the full subscription as read, with `edit` applied, PATCHed once with
 * the pending action's request id (`develop/change-the-quantity-of-a-subscription.md`,
 * `update-the-nickname-for-a-subscription.md`, `suspend-a-subscription.md`: "a full Subscription
 * resource"), and the result card every subscription write shows.
 */
export async function patchSubscription<P extends SubscriptionPayload>(
  { payload, request, options }: ExecuteInput<P>,
  edit: Partial<Subscription>,
  report: (before: Subscription, updated: Subscription) => PatchReport,
): Promise<WriteResult> {
  const before = payload.subscription;
  const updated = await request.services.partnerCenter.subscriptions.update(
    payload.customerId,
    { ...before, ...edit },
    options,
  );
  const { title, change, fact, after } = report(before, updated);
  return {
    title,
    changes: [change],
    facts: facts([['Subscription id', updated.id], fact]),
    actions: [
      intentAction('Subscription details', 'subscriptions.show', {
        customer: payload.customerId,
        subscription: updated.id,
      }),
    ],
    ...(after === undefined ? {} : { after }),
  };
}
