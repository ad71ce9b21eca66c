import { offerById } from '../catalog/offers.js';
import { SKUS } from '../catalog/skus.js';
import { PC_ERRORS, PcError } from '../http/pc-errors.js';
import { json, type PcRequest, type RouteDef, type SandboxContext } from '../http/types.js';
import { collection } from '../views/links.js';
import { orderResource, subscriptionResource } from '../views/subscription-view.js';
import { param, requireCustomer, requireSubscription } from './common.js';
import { createOrder } from './order-create.js';
import { updateSubscription } from './subscription-update.js';

const BASE = '/v1/customers/:customerId';

/** `GET …/subscriptions` (unpaged), optionally `?order_id=` (`develop/get-a-list-of-subscriptions-by-order.md`). */
function listSubscriptions(req: PcRequest, sb: SandboxContext) {
  const customer = requireCustomer(sb, param(req, 'customerId'));
  const orderId = req.query.get('order_id');
  if (orderId !== undefined && !sb.store.commerce.getOrder(customer.id, orderId)) {
    throw new PcError(PC_ERRORS.ORDER_NOT_FOUND, [
      `No order ${orderId} for customer ${customer.id}.`,
    ]);
  }
  const subscriptions = sb.store.commerce.listSubscriptions(customer.id, orderId);
  return json(
    collection(
      subscriptions.map((s) => subscriptionResource(s, req.now)),
      req.url,
    ),
  );
}

/**
 * `GET …/subscribedskus` (`develop/get-a-list-of-available-licenses.md`): per license SKU, seats
 * from active and suspended subscriptions and seats consumed by active users, so the totals agree
 * with the subscriptions and the users' assigned licenses.
 */
function listSubscribedSkus(req: PcRequest, sb: SandboxContext) {
  const customer = requireCustomer(sb, param(req, 'customerId'));
  // Every SKU here is in license group 1 (Entra); group 2 is Minecraft Education.
  const groups = req.query.getAll('licenseGroupIds').map((g) => g.toLowerCase());
  if (groups.length > 0 && !groups.includes('group1')) return json(collection([], req.url));
  const consumed = sb.store.users.consumedBySku(customer.id);
  const totals = new Map<string, { active: number; suspended: number }>();
  for (const s of sb.store.commerce.listSubscriptions(customer.id)) {
    const skuKey = offerById(s.offerId)?.sku;
    if (!skuKey || s.billingType !== 'license') continue;
    const t = totals.get(skuKey) ?? { active: 0, suspended: 0 };
    if (s.status === 'active') t.active += s.quantity;
    if (s.status === 'suspended') t.suspended += s.quantity;
    totals.set(skuKey, t);
  }
  const items = [...totals].map(([skuKey, t]) => {
    const sku = SKUS[skuKey as keyof typeof SKUS];
    const used = consumed.get(sku.id) ?? 0;
    const capability = t.active > 0 ? 'Enabled' : 'Suspended';
    return {
      availableUnits: Math.max(0, t.active - used),
      activeUnits: t.active,
      consumedUnits: used,
      suspendedUnits: t.suspended,
      totalUnits: t.active + t.suspended,
      warningUnits: 0,
      productSku: {
        id: sku.id,
        name: sku.name,
        skuPartNumber: sku.skuPartNumber,
        targetType: 'User',
        licenseGroupId: 'group1',
      },
      servicePlans: sku.servicePlans.map((p) => ({ ...p, capabilityStatus: capability })),
      capabilityStatus: capability,
      attributes: { objectType: 'SubscribedSku' },
    };
  });
  return json(collection(items, req.url));
}

export const subscriptionRoutes: RouteDef[] = [
  { method: 'GET', path: `${BASE}/subscriptions`, handler: listSubscriptions },
  {
    method: 'GET',
    path: `${BASE}/subscriptions/:subscriptionId`,
    handler: (req, sb) => {
      const customer = requireCustomer(sb, param(req, 'customerId'));
      const s = requireSubscription(sb, customer, param(req, 'subscriptionId'));
      return json(subscriptionResource(s, req.now));
    },
  },
  { method: 'PATCH', path: `${BASE}/subscriptions/:subscriptionId`, handler: updateSubscription },
  { method: 'GET', path: `${BASE}/subscribedskus`, handler: listSubscribedSkus },
  {
    method: 'GET',
    path: `${BASE}/orders`,
    handler: (req, sb) => {
      const customer = requireCustomer(sb, param(req, 'customerId'));
      return json(
        collection(sb.store.commerce.listOrders(customer.id).map(orderResource), req.url),
      );
    },
  },
  { method: 'POST', path: `${BASE}/orders`, handler: createOrder },
  {
    method: 'GET',
    path: `${BASE}/orders/:orderId`,
    handler: (req, sb) => {
      const customer = requireCustomer(sb, param(req, 'customerId'));
      const id = param(req, 'orderId');
      const order = sb.store.commerce.getOrder(customer.id, id);
      if (!order)
        throw new PcError(PC_ERRORS.ORDER_NOT_FOUND, [
          `No order ${id} for customer ${customer.id}.`,
        ]);
      return json(orderResource(order));
    },
  },
];
