import { isNewCommerce, isSoldIn, offerById, type OfferDefinition } from '../catalog/offers.js';
import { PC_ERRORS, PcError } from '../http/pc-errors.js';
import { json, type PcRequest, type SandboxContext } from '../http/types.js';
import { startOfUtcDay } from '../seed/dates.js';
import { isGuid, newCommerceOrderId } from '../seed/ids.js';
import { rngFor } from '../seed/rng.js';
import { buildPurchases } from '../seed/subscription-builder.js';
import { orderResource } from '../views/subscription-view.js';
import { param, requireBody, requireCustomer } from './common.js';

interface LineItem {
  lineItemNumber: number;
  offer: OfferDefinition;
  friendlyName?: string;
  quantity: number;
}

const bad = (why: string) => new PcError(PC_ERRORS.INVALID_INPUT, [why]);

function lineItemsOf(body: Record<string, unknown>, country: string): LineItem[] {
  const raw = body.lineItems;
  if (!Array.isArray(raw) || raw.length === 0) throw bad('LineItems must be a non-empty list.');
  const items = raw.map((entry: unknown, index) => {
    const li = (entry && typeof entry === 'object' ? entry : {}) as Record<string, unknown>;
    const offerId = typeof li.offerId === 'string' ? li.offerId : '';
    const offer = offerById(offerId);
    if (!offer)
      throw new PcError(PC_ERRORS.INVALID_OFFER, [
        `Line item ${index}: unknown offer "${offerId}".`,
      ]);
    if (!isSoldIn(offer, country)) {
      throw new PcError(PC_ERRORS.INVALID_OFFER, [
        `Offer ${offer.id} is not available in ${country}.`,
      ]);
    }
    const quantity = li.quantity;
    if (typeof quantity !== 'number' || !Number.isInteger(quantity)) {
      throw bad(`Line item ${index}: Quantity must be a whole number.`);
    }
    if (quantity < offer.minimumQuantity || quantity > offer.maximumQuantity) {
      throw new PcError(PC_ERRORS.QUANTITY_OUT_OF_RANGE, [
        `${offer.name} allows ${offer.minimumQuantity} to ${offer.maximumQuantity}; ${quantity} was requested.`,
      ]);
    }
    return {
      lineItemNumber: typeof li.lineItemNumber === 'number' ? li.lineItemNumber : index,
      offer,
      quantity,
      ...(typeof li.friendlyName === 'string' && li.friendlyName
        ? { friendlyName: li.friendlyName }
        : {}),
    };
  });
  const numbers = new Set(items.map((i) => i.lineItemNumber));
  if (
    numbers.size !== items.length ||
    items.some((i) => i.lineItemNumber < 0 || i.lineItemNumber >= items.length)
  ) {
    throw new PcError(PC_ERRORS.LINE_ITEM_NUMBER);
  }
  return items.sort((a, b) => a.lineItemNumber - b.lineItemNumber);
}

/**
 * `POST /v1/customers/{id}/orders` (`develop/create-an-order.md`): 201 with the order, which the
 * response shows as `pending`, as the doc does; provisioning is instant here, so a GET shows it
 * `completed` with its subscriptions active.
 */
export function createOrder(req: PcRequest, sb: SandboxContext) {
  const customer = requireCustomer(sb, param(req, 'customerId'));
  const body = requireBody(req);
  const billingCycle = typeof body.billingCycle === 'string' ? body.billingCycle.toLowerCase() : '';
  const items = lineItemsOf(body, customer.country);
  for (const item of items) {
    if (!item.offer.supportedBillingCycles.includes(billingCycle)) {
      throw bad(
        `${item.offer.name} supports billing cycles ${item.offer.supportedBillingCycles.join(', ')}, not "${billingCycle || '(none)'}".`,
      );
    }
  }
  const existing = sb.store.commerce.listOrders(customer.id).length;
  const rng = rngFor(sb.seed, 'order', customer.id, existing, req.now.toISOString());
  const specs = items.map((i) => ({
    offer: i.offer.key,
    quantity: i.quantity,
    status: 'active' as const,
    createdDaysAgo: 0,
    billingCycle: billingCycle as 'monthly' | 'annual',
    ...(i.friendlyName ? { friendlyName: i.friendlyName } : {}),
  }));
  const { subscriptions, orders } = buildPurchases(rng, customer, specs, startOfUtcDay(req.now));
  const order = orders[0];
  if (!order) throw bad('LineItems must be a non-empty list.');
  // Purchases happen now, not at a seeded time of day.
  order.creationDate = req.now.toISOString();
  for (const s of subscriptions) s.creationDate = req.now.toISOString();
  // One order for all line items: a new-commerce id as soon as one item is new commerce.
  if (isGuid(order.id) && items.some((i) => isNewCommerce(i.offer.id))) {
    order.id = newCommerceOrderId(rng);
  }
  sb.store.transaction(() => {
    sb.store.commerce.insertOrder(order);
    for (const s of subscriptions)
      sb.store.commerce.insertSubscription({ ...s, orderId: order.id });
    sb.audit.write('order.create', {
      customer,
      resourceType: 'order',
      operationType: 'create_order',
      newValue: orderResource(order),
      customizedData: Object.fromEntries([
        ['OrderId', order.id],
        ['BillingCycle', billingCycle],
        ...order.lineItems.flatMap((li) => [
          [`OfferId-${li.lineItemNumber}`, li.offerId],
          [`SubscriptionId-${li.lineItemNumber}`, li.subscriptionId],
          [`SubscriptionName-${li.lineItemNumber}`, li.friendlyName],
          [`Quantity-${li.lineItemNumber}`, String(li.quantity)],
        ]),
      ]),
      at: req.now,
    });
  });
  return json({ ...orderResource(order), status: 'pending' }, 201);
}
