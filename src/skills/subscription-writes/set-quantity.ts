import { facts } from '../../cards/views/facts.js';
import { formatDate, humanize, plural } from '../../cards/views/format.js';
import { formatTerm } from '../../cards/views/subscription-details.js';
import { subscriptionName } from '../../cards/views/subscriptions.js';
import type { Offer, Subscription } from '../../partner-center/index.js';
import { partnerCountry } from '../catalog/partner-country.js';
import type { SkillRequest } from '../skill.js';
import type { Proposal, WriteDefinition } from '../writes/write-definition.js';
import { subscriptionNotice } from './notice.js';
import { patchSubscription, type SubscriptionPayload } from './patch-subscription.js';
import { withSubscription } from './with-subscription.js';

interface SetQuantityPayload extends SubscriptionPayload {
  quantity: number;
}

const EXAMPLE = 'set Microsoft 365 E3 for Contoso Ltd to 30 seats';

/**
 * subscriptions.setQuantity: "set … to 30", "add 5", "remove 2", worked out from the quantity
 * Partner Center has now (`develop/change-the-quantity-of-a-subscription.md`). The offer's
 * minimum / maximum and the new-commerce rule on decreases (only within the 7-day window after
 * purchase or renewal) are explained before the card offers Confirm.
 */
export const setQuantity: WriteDefinition<SetQuantityPayload> = {
  intent: 'subscriptions.setQuantity',
  example: EXAMPLE,
  propose: (request) =>
    withSubscription<Proposal<SetQuantityPayload>>(
      request,
      EXAMPLE,
      async ({ customer, subscription }) => {
        const name = subscriptionName(subscription);
        const current = subscription.quantity ?? 0;
        const amount = request.entities.quantity;
        const change = request.entities.quantityChange ?? 'set';
        if (amount === undefined || !Number.isInteger(amount) || amount < 0)
          return subscriptionNotice(
            request,
            `How many seats of ${name}?`,
            `Say for example "set ${name} for ${customer.name} to 30 seats" or "add 5 seats".`,
          );
        if (subscription.billingType && subscription.billingType !== 'license')
          return subscriptionNotice(
            request,
            `${name} has no seats`,
            'It is billed by usage, so there is no quantity to change.',
          );
        if (subscription.status === 'suspended')
          return subscriptionNotice(
            request,
            `${name} is suspended`,
            `Partner Center changes nothing else on a suspended subscription. Reactivate it first ("reactivate ${name} for ${customer.name}").`,
          );
        if (subscription.status !== 'active')
          return subscriptionNotice(
            request,
            `${name} is ${humanize(subscription.status).toLowerCase()}`,
            'Only an active subscription’s seats can be changed.',
          );
        const target =
          change === 'add' ? current + amount : change === 'remove' ? current - amount : amount;
        if (target === current)
          return subscriptionNotice(
            request,
            `${name} already has ${plural(current, 'seat')}`,
            'Nothing to change.',
          );
        const limits = await offerLimits(request, subscription);
        if (target < limits.min || target > limits.max)
          return subscriptionNotice(
            request,
            target < 0
              ? `${name} has only ${plural(current, 'seat')}, so ${amount} cannot be removed`
              : `${name} cannot have ${target} seats`,
            `The offer allows ${limits.min} to ${limits.max === Number.MAX_SAFE_INTEGER ? 'any number of' : limits.max} seats; it has ${current} now.`,
          );
        const notes: string[] = [];
        const newCommerce = subscription.offerId?.includes(':') ?? false;
        const refundUntil = subscription.refundOptions?.[0]?.expiresAt;
        if (target < current && newCommerce && !refundUntil)
          return subscriptionNotice(
            request,
            `${name} cannot be reduced now`,
            `New-commerce subscriptions can be reduced only within 7 days (168 hours) of purchase or renewal, and that window has passed for this term (it ends ${formatDate(subscription.commitmentEndDate)}). You can still add seats; to have fewer, lower the quantity for the renewal or turn off auto-renew.`,
          );
        if (target < current && refundUntil)
          notes.push(
            `A reduction is allowed until ${formatDate(refundUntil)} (7 days after purchase or renewal); the removed seats are credited.`,
          );
        if (target > current && newCommerce)
          notes.push(
            `The ${plural(target - current, 'added seat')} ${target - current === 1 ? 'is' : 'are'} billed from today to the end of the term (${formatDate(subscription.commitmentEndDate)}), and can be removed again only within 7 days.`,
          );
        if (limits.max !== Number.MAX_SAFE_INTEGER || limits.min > 1)
          notes.push(`The offer allows ${limits.min} to ${limits.max} seats.`);
        return {
          title: `Change the seats of ${name}`,
          customer: { id: customer.id, name: customer.name },
          target: subscription.id,
          targetName: name,
          changes: [{ field: 'Seats', before: String(current), after: String(target) }],
          facts: facts([
            ['Subscription id', subscription.id],
            ['Offer', subscription.offerName],
            ['Billing cycle', humanize(subscription.billingCycle)],
            ['Term', formatTerm(subscription.termDuration)],
            ['Term ends', formatDate(subscription.commitmentEndDate)],
            ['Auto-renew', subscription.autoRenewEnabled],
          ]),
          notes,
          payload: { customerId: customer.id, subscription, quantity: target },
          ...(subscription.attributes?.etag ? { etag: subscription.attributes.etag } : {}),
        };
      },
    ),
  execute: (input) =>
    patchSubscription(input, { quantity: input.payload.quantity }, (before, updated) => ({
      title: `Seats changed: ${subscriptionName(updated)}`,
      change: {
        field: 'Seats',
        before: String(before.quantity ?? 0),
        after: String(updated.quantity ?? input.payload.quantity),
      },
      fact: ['Status', humanize(updated.status)],
    })),
};

/** The offer's seat limits; 1 to unlimited when the catalog does not know the offer. */
async function offerLimits(
  request: SkillRequest,
  subscription: Subscription,
): Promise<{ min: number; max: number }> {
  const unknown = { min: 1, max: Number.MAX_SAFE_INTEGER };
  if (!subscription.offerId) return unknown;
  try {
    const country = await partnerCountry(request.services.partnerCenter, {
      correlationId: request.correlationId,
    });
    const offer: Offer = await request.services.partnerCenter.offers.get(subscription.offerId, {
      country,
      correlationId: request.correlationId,
    });
    return { min: offer.minimumQuantity ?? 1, max: offer.maximumQuantity ?? unknown.max };
  } catch {
    // Not in this country's catalog (or no catalog): Partner Center still enforces its limits.
    return unknown;
  }
}
