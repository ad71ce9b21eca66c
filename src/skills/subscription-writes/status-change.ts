import { intentAction } from '../../cards/views/actions.js';
import { facts } from '../../cards/views/facts.js';
import { humanize } from '../../cards/views/format.js';
import { subscriptionName } from '../../cards/views/subscriptions.js';
import type { Subscription } from '../../partner-center/index.js';
import type { ExecuteInput, WriteResult } from '../writes/write-definition.js';

export type SubscriptionStatusTarget = 'suspended' | 'active';

export interface StatusChangePayload {
  customerId: string;
  /** The subscription as read for the card: PATCHed whole, with its etag (If-Match). */
  subscription: Subscription;
  status: SubscriptionStatusTarget;
}

/**
 * Suspend or reactivate: the full subscription as read, with only `status` changed
 * (`develop/suspend-a-subscription.md`: "a full Subscription resource … ensure the Status property
 * has been updated"). The quantity goes back exactly as read: a seat change in the same PATCH is
 * refused (error 2001), and a suspended subscription takes no other change (800091).
 */
export async function changeStatus({
  payload,
  request,
  options,
}: ExecuteInput<StatusChangePayload>): Promise<WriteResult> {
  const before = payload.subscription;
  const updated = await request.services.partnerCenter.subscriptions.update(
    payload.customerId,
    { ...before, status: payload.status },
    options,
  );
  const name = subscriptionName(updated);
  return {
    title: payload.status === 'suspended' ? `Suspended: ${name}` : `Reactivated: ${name}`,
    changes: [
      {
        field: 'Status',
        before: humanize(before.status),
        after: humanize(updated.status ?? payload.status),
      },
    ],
    facts: facts([
      ['Subscription id', updated.id],
      ['Seats', updated.quantity],
    ]),
    actions: [
      intentAction('Subscription details', 'subscriptions.show', {
        customer: payload.customerId,
        subscription: updated.id,
      }),
    ],
    after: { status: updated.status, quantity: updated.quantity },
  };
}
