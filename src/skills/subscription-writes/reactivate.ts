import { intentAction } from '../../cards/views/actions.js';
import { facts } from '../../cards/views/facts.js';
import { formatDate, humanize } from '../../cards/views/format.js';
import { subscriptionName } from '../../cards/views/subscriptions.js';
import type { Subscription } from '../../partner-center/index.js';
import type { SkillReply, SkillRequest } from '../skill.js';
import type { Proposal, WriteDefinition } from '../writes/write-definition.js';
import { addOnsOf, namesWithStatus } from './add-ons.js';
import { subscriptionNotice } from './notice.js';
import { changeStatus, type StatusChangePayload } from './status-change.js';
import { isNewCommerce } from './status-notes.js';
import { withSubscription } from './with-subscription.js';

const EXAMPLE = 'reactivate the suspended Teams Essentials for Contoso Ltd';

/**
 * subscriptions.reactivate: Status suspended → active on the full subscription
 * (`develop/suspend-a-subscription.md`, the same PATCH with "active"). Only a suspended one, and
 * an add-on only while its parent is active: Partner Center refuses otherwise (409 / 27009,
 * "child subscription with inactive parent"), so the card explains it and offers no Confirm.
 */
export const reactivateSubscription: WriteDefinition<StatusChangePayload> = {
  intent: 'subscriptions.reactivate',
  example: EXAMPLE,
  propose: (request) =>
    withSubscription<Proposal<StatusChangePayload>>(
      request,
      EXAMPLE,
      async ({ customer, subscription }) => {
        const name = subscriptionName(subscription);
        if (subscription.status === 'active')
          return subscriptionNotice(request, `${name} is already active`, 'Nothing to change.');
        if (subscription.status !== 'suspended')
          return subscriptionNotice(
            request,
            `${name} is ${humanize(subscription.status).toLowerCase() || 'not suspended'}`,
            `Only a suspended subscription can be reactivated. A ${humanize(subscription.status).toLowerCase() || 'subscription in this state'} cannot come back; order it again instead.`,
          );
        const blocked = await inactiveParent(request, customer.id, subscription, name);
        if (blocked) return blocked;
        const addOns = (await addOnsOf(request, customer.id, subscription)).filter(
          (s) => s.status === 'suspended',
        );
        return {
          title: `Reactivate ${name}`,
          customer: { id: customer.id, name: customer.name },
          target: subscription.id,
          targetName: name,
          changes: [{ field: 'Status', before: 'Suspended', after: 'Active' }],
          facts: facts([
            ['Subscription id', subscription.id],
            ['Offer', subscription.offerName],
            ['Seats', subscription.quantity],
            ['Billing cycle', humanize(subscription.billingCycle)],
            ['Term ends', formatDate(subscription.commitmentEndDate)],
            ['Suspended because', subscription.suspensionReasons?.map(humanize).join(', ')],
          ]),
          notes: [
            `${customer.name}'s users can use it again as soon as it is active; the seats stay at ${subscription.quantity ?? 0}.`,
            ...(isNewCommerce(subscription)
              ? [
                  'New-commerce subscriptions are billed while suspended too, so billing goes on as before.',
                ]
              : []),
            ...(addOns.length > 0
              ? [
                  `Its suspended add-ons stay suspended until each is reactivated: ${namesWithStatus(addOns)}.`,
                ]
              : []),
          ],
          payload: { customerId: customer.id, subscription, status: 'active' },
          ...(subscription.attributes?.etag ? { etag: subscription.attributes.etag } : {}),
        };
      },
    ),
  execute: changeStatus,
};

/** An add-on whose parent is not active: the card that says to reactivate the parent first. */
async function inactiveParent(
  request: SkillRequest,
  customerId: string,
  subscription: Subscription,
  name: string,
): Promise<SkillReply | undefined> {
  if (!subscription.parentSubscriptionId) return undefined;
  const parent = await request.services.partnerCenter.subscriptions.get(
    customerId,
    subscription.parentSubscriptionId,
    { correlationId: request.correlationId, fresh: true },
  );
  if (parent.status === 'active') return undefined;
  const parentName = subscriptionName(parent);
  const status = humanize(parent.status).toLowerCase() || 'not active';
  return subscriptionNotice(
    request,
    `${name} cannot be reactivated while ${parentName} is ${status}`,
    `${name} is an add-on of ${parentName}, and Partner Center reactivates an add-on only while its parent subscription is active. ${
      parent.status === 'suspended'
        ? `Reactivate ${parentName} first, then ${name}.`
        : `${parentName} cannot be reactivated, so neither can this add-on.`
    }`,
    parent.status === 'suspended'
      ? [
          intentAction(`Reactivate ${parentName}`, 'subscriptions.reactivate', {
            customer: customerId,
            subscription: parent.id,
          }),
        ]
      : [],
  );
}
