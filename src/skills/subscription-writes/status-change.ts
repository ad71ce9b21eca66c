import { humanize } from '../../cards/views/format.js';
import { subscriptionName } from '../../cards/views/subscriptions.js';
import type { ExecuteInput, WriteResult } from '../writes/write-definition.js';
import { patchSubscription, type SubscriptionPayload } from './patch-subscription.js';

export type SubscriptionStatusTarget = 'suspended' | 'active';

export interface StatusChangePayload extends SubscriptionPayload {
  status: SubscriptionStatusTarget;
}

/**
 * Suspend or reactivate: the full subscription as read, with only `status` changed
 * (`develop/suspend-a-subscription.md`: "a full Subscription resource … ensure the Status property
 * has been updated"). The quantity goes back exactly as read: a seat change in the same PATCH is
 * refused (error 2001), and a suspended subscription takes no other change (800091).
 */
export function changeStatus(input: ExecuteInput<StatusChangePayload>): Promise<WriteResult> {
  const { status } = input.payload;
  return patchSubscription(input, { status }, (before, updated) => {
    const name = subscriptionName(updated);
    return {
      title: status === 'suspended' ? `Suspended: ${name}` : `Reactivated: ${name}`,
      change: {
        field: 'Status',
        before: humanize(before.status),
        after: humanize(updated.status ?? status),
      },
      fact: ['Seats', updated.quantity],
      after: { status: updated.status, quantity: updated.quantity },
    };
  });
}
