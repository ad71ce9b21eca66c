import { marketOf } from '../catalog/countries.js';
import { isNewCommerce, offerByKey } from '../catalog/offers.js';
import type { CustomerRecord, OrderRecord, SubscriptionRecord } from '../models.js';
import { addDays, currentTermEnd, DAY_MS, startOfUtcDay } from './dates.js';
import { newCommerceOrderId } from './ids.js';
import type { Rng } from './rng.js';

export interface SubscriptionSpec {
  offer: string;
  quantity: number;
  status: 'active' | 'suspended' | 'deleted';
  createdDaysAgo: number;
  billingCycle?: 'monthly' | 'annual';
  autoRenew?: boolean;
  friendlyName?: string;
  /** Offer key of the subscription this add-on belongs to (same customer). */
  parent?: string;
}

/** Usage-based subscriptions have no commitment end (subscription-get.json shows 9999-12-10). */
const NO_COMMITMENT_END = '9999-12-10T00:00:00Z';

/**
 * Subscriptions and the orders that bought them: one order per purchase day, so `orderId`
 * links each subscription to an order whose line items list it
 * (`develop/get-a-list-of-subscriptions-by-order.md`).
 */
export function buildPurchases(
  rng: Rng,
  customer: CustomerRecord,
  specs: readonly SubscriptionSpec[],
  today: Date,
): { subscriptions: SubscriptionRecord[]; orders: OrderRecord[] } {
  const market = marketOf(customer.country);
  const subscriptions: SubscriptionRecord[] = [];
  const orders = new Map<number, OrderRecord>();
  for (const spec of specs) {
    const offer = offerByKey(spec.offer);
    const created = new Date(
      addDays(today, -spec.createdDaysAgo).getTime() + rng.int(8 * 3600, 18 * 3600) * 1000,
    );
    const start = startOfUtcDay(created);
    let order = orders.get(spec.createdDaysAgo);
    if (!order) {
      order = {
        id: isNewCommerce(offer.id) ? newCommerceOrderId(rng) : rng.guid(),
        customerId: customer.id,
        billingCycle: spec.billingCycle ?? defaultCycle(offer.termDuration),
        currencyCode: market.currencyCode,
        currencySymbol: market.currencySymbol,
        lineItems: [],
        creationDate: created.toISOString(),
        status: 'completed',
        version: 1,
      };
      orders.set(spec.createdDaysAgo, order);
    }
    const usage = offer.billing === 'usage';
    const termEnd =
      spec.status === 'deleted'
        ? addDays(start, Math.min(spec.createdDaysAgo - 1, 365))
        : currentTermEnd(start, offer.termDuration, today);
    const subscription: SubscriptionRecord = {
      id: rng.guid(),
      customerId: customer.id,
      entitlementId: rng.guid(),
      offerId: offer.id,
      offerName: offer.name,
      friendlyName: spec.friendlyName ?? offer.name,
      quantity: spec.quantity,
      unitType: usage ? 'Usage-based' : 'Licenses',
      creationDate: created.toISOString(),
      effectiveStartDate: start.toISOString().replace('.000Z', 'Z'),
      commitmentEndDate: usage ? NO_COMMITMENT_END : termEnd.toISOString().replace('.000Z', 'Z'),
      status: spec.status,
      autoRenewEnabled: usage ? false : (spec.autoRenew ?? true),
      billingType: usage ? 'usage' : 'license',
      billingCycle: usage ? 'monthly' : order.billingCycle,
      termDuration: offer.termDuration,
      isTrial: offer.isTrial,
      orderId: order.id,
      country: customer.country,
      version: 1,
      ...(spec.status === 'suspended' ? { suspensionReasons: ['PartnerInitiated'] } : {}),
    };
    order.lineItems.push({
      lineItemNumber: order.lineItems.length,
      offerId: offer.id,
      subscriptionId: subscription.id,
      friendlyName: subscription.friendlyName,
      quantity: spec.quantity,
    });
    subscriptions.push(subscription);
  }
  specs.forEach((spec, i) => {
    const parent = spec.parent && subscriptions[specs.findIndex((p) => p.offer === spec.parent)];
    const child = subscriptions[i];
    if (parent && child) child.parentSubscriptionId = parent.id;
  });
  return { subscriptions, orders: [...orders.values()] };
}

function defaultCycle(termDuration: string): 'monthly' | 'annual' {
  return termDuration === 'P1M' ? 'monthly' : 'annual';
}

/** How many days ago `iso` was, relative to `today` (for audit history windows). */
export function daysBefore(today: Date, iso: string): number {
  return (today.getTime() - new Date(iso).getTime()) / DAY_MS;
}
