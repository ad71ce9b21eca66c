import { intentAction } from '../../cards/views/actions.js';
import { facts } from '../../cards/views/facts.js';
import { formatDate, humanize } from '../../cards/views/format.js';
import { subscriptionName } from '../../cards/views/subscriptions.js';
import type { Proposal, WriteDefinition } from '../writes/write-definition.js';
import { addOnsOf } from './add-ons.js';
import { subscriptionNotice } from './notice.js';
import { changeStatus, type StatusChangePayload } from './status-change.js';
import { addOnNotes, suspensionNotes } from './status-notes.js';
import { withSubscription } from './with-subscription.js';

const EXAMPLE = "suspend Contoso Ltd's Power BI Pro subscription";

/**
 * subscriptions.suspend: Status active → suspended on the full subscription
 * (`develop/suspend-a-subscription.md`). Only an active subscription; what suspension means for
 * users, billing and add-ons is on the card before Confirm.
 */
export const suspendSubscription: WriteDefinition<StatusChangePayload> = {
  intent: 'subscriptions.suspend',
  example: EXAMPLE,
  propose: (request) =>
    withSubscription<Proposal<StatusChangePayload>>(
      request,
      EXAMPLE,
      async ({ customer, subscription }) => {
        const name = subscriptionName(subscription);
        const reactivate = intentAction(`Reactivate ${name}`, 'subscriptions.reactivate', {
          customer: customer.id,
          subscription: subscription.id,
        });
        if (subscription.status === 'suspended')
          return subscriptionNotice(request, `${name} is already suspended`, 'Nothing to change.', [
            reactivate,
          ]);
        if (subscription.status !== 'active')
          return subscriptionNotice(
            request,
            `${name} is ${humanize(subscription.status).toLowerCase() || 'not active'}`,
            'Only an active subscription can be suspended.',
          );
        const addOns = await addOnsOf(request, customer.id, subscription);
        const parentNote = subscription.parentSubscriptionId
          ? [`This is an add-on; suspending it leaves its parent subscription as it is.`]
          : [];
        return {
          title: `Suspend ${name}`,
          customer: { id: customer.id, name: customer.name },
          target: subscription.id,
          targetName: name,
          changes: [{ field: 'Status', before: 'Active', after: 'Suspended' }],
          facts: facts([
            ['Subscription id', subscription.id],
            ['Offer', subscription.offerName],
            ['Seats', subscription.quantity],
            ['Billing cycle', humanize(subscription.billingCycle)],
            ['Term ends', formatDate(subscription.commitmentEndDate)],
          ]),
          notes: [
            ...suspensionNotes(subscription, customer.name),
            ...addOnNotes(addOns),
            ...parentNote,
            `The seats stay at ${subscription.quantity ?? 0}; it can be reactivated later ("reactivate ${name} for ${customer.name}").`,
          ],
          payload: { customerId: customer.id, subscription, status: 'suspended' },
          ...(subscription.attributes?.etag ? { etag: subscription.attributes.etag } : {}),
        };
      },
    ),
  execute: changeStatus,
};
