import { executeAction, VERBS } from '../cards/views/actions.js';
import {
  chooseOrderCard,
  noOrderCard,
  orderDetailsCard,
  orderListCard,
  orderNeedsCustomerCard,
  orderTotals,
  whichOrderCard,
} from '../cards/views/orders.js';
import { collectAll, type Order, type Subscription } from '../partner-center/index.js';
import { withCustomer } from './customers/with-customer.js';
import { filePart, type ExportRegistry } from './exports.js';
import type { SkillServices } from './services.js';
import type { AreaSkills, Skill } from './skill.js';
import { localPage } from './paging/list-page.js';
import { offsetToken, readOffset } from './paging/offset-token.js';

/** Rows per order card. Partner Center does not page orders; the card does (`offset:` tokens). */
export const ORDER_PAGE_SIZE = 20;
/** Line items per order card; an order with more continues with "show more". */
export const LINE_ITEM_PAGE_SIZE = 20;
/** Buttons on the "which order?" card at most. */
const MAX_ORDER_CHOICES = 10;

/** Newest first: the order a partner asks about is usually the last one placed. */
export function sortOrders(orders: Order[]): Order[] {
  return [...orders].sort(
    (a, b) =>
      (b.creationDate ?? '').localeCompare(a.creationDate ?? '') || a.id.localeCompare(b.id),
  );
}

function customerOrders(services: SkillServices, customerId: string, correlationId: string) {
  return collectAll(services.partnerCenter.orders.list(customerId, { correlationId }));
}

/**
 * orders.list: a customer's orders, newest first (`develop/get-all-of-a-customer-s-orders.md`:
 * one unpaged collection), a card page at a time.
 */
export const listOrders: Skill = (request) =>
  withCustomer(request, 'show orders for Contoso Ltd', async ({ customer, note }) => {
    const all = sortOrders(
      await customerOrders(request.services, customer.id, request.correlationId),
    );
    const page = localPage(
      request,
      { intent: 'orders.list', entities: { customer: customer.id }, pageSize: ORDER_PAGE_SIZE },
      all,
    );
    return {
      cards: [
        orderListCard({
          customer,
          orders: page.items,
          total: all.length,
          from: page.from,
          ...(note ? { note } : {}),
          ...(page.moreAction ? { moreAction: page.moreAction } : {}),
          ...(page.downloadAction ? { downloadAction: page.downloadAction } : {}),
        }),
      ],
    };
  });

/**
 * The orders `text` names: the one whose id it is, else those whose id starts with it (the
 * order list shows the first characters), case-sensitive first (new-commerce ids are base64url).
 */
export function matchOrders(orders: Order[], text: string): Order[] {
  const lower = text.toLowerCase();
  const exact = orders.filter((o) => o.id.toLowerCase() === lower);
  if (exact.length > 0) return exact.slice(0, 1);
  const prefixed = orders.filter((o) => o.id.startsWith(text));
  if (prefixed.length > 0) return prefixed;
  return orders.filter((o) => o.id.toLowerCase().startsWith(lower));
}

/**
 * orders.show: one order's facts and line items (`develop/get-an-order-by-id.md`), with each
 * line item's subscription (`?order_id=`, `get-a-list-of-subscriptions-by-order.md`) for its
 * offer name and status. Orders live under their customer: without one there is nothing to read.
 */
export const showOrder: Skill = async (request) => {
  const orderId = request.entities.orderId?.trim();
  if (!request.entities.customer?.trim() && !request.context.customer) {
    return { cards: [orderId ? orderNeedsCustomerCard(orderId) : whichOrderCard()] };
  }
  const example = `show order ${orderId ?? '7b2a2a7b'} for Contoso Ltd`;
  return withCustomer(request, example, async ({ customer, note }) => {
    if (!orderId) return { cards: [whichOrderCard(customer)] };
    const options = { correlationId: request.correlationId };
    const pc = request.services.partnerCenter;
    const matches = matchOrders(
      sortOrders(await customerOrders(request.services, customer.id, request.correlationId)),
      orderId,
    );
    const [found] = matches;
    if (!found) return { cards: [noOrderCard(customer, orderId)] };
    if (matches.length > 1) {
      return { cards: [chooseOrderCard(customer, orderId, matches.slice(0, MAX_ORDER_CHOICES))] };
    }
    // List items normally carry their line items; ask for the order itself when they do not.
    const order = found.lineItems ? found : await pc.orders.get(customer.id, found.id, options);
    const subscriptions = await collectAll(
      pc.subscriptions.list(customer.id, { ...options, orderId: order.id }),
    );
    const byId = new Map<string, Subscription>(subscriptions.map((s) => [s.id, s]));
    const lineItems = order.lineItems ?? [];
    const offset = readOffset(request.continuationToken);
    const shown = lineItems.slice(offset, offset + LINE_ITEM_PAGE_SIZE);
    const nextOffset = offset + shown.length;
    const hasMore = nextOffset < lineItems.length;
    if (lineItems.length > LINE_ITEM_PAGE_SIZE) {
      request.context.lastList = {
        intent: 'orders.show',
        entities: { customer: customer.id, orderId: order.id },
        ...(hasMore ? { continuationToken: offsetToken(nextOffset) } : {}),
        page: Math.floor(offset / LINE_ITEM_PAGE_SIZE) + 1,
      };
    }
    return {
      cards: [
        orderDetailsCard({
          customer,
          order,
          lineItems: shown,
          subscriptions: byId,
          from: offset + 1,
          ...(note ? { note } : {}),
          ...(hasMore ? { moreAction: executeAction('Show more', VERBS.more, {}) } : {}),
        }),
      ],
    };
  });
};

/** orders.list, orders.show. Intents without a skill here answer "not available yet". */
export const ordersSkills: AreaSkills = {
  'orders.list': listOrders,
  'orders.show': showOrder,
};

const ORDER_COLUMNS = [
  'Order id',
  'Created',
  'Status',
  'Billing cycle',
  'Line items',
  'Total quantity',
  'Currency',
];

/** "Download CSV" of orders.list: every order, newest first, as the card orders them. */
export const ordersExports: ExportRegistry = {
  'orders.list': async (request) => {
    const customer = await request.services.customers.get(request.entities.customer ?? '', {
      correlationId: request.correlationId,
    });
    const all = sortOrders(
      await customerOrders(request.services, customer.id, request.correlationId),
    );
    return {
      filename: `orders-${filePart(customer.name)}`,
      columns: ORDER_COLUMNS,
      rows: (async function* () {
        for (const o of all) {
          const totals = orderTotals(o);
          yield [
            o.id,
            o.creationDate ?? '',
            o.status ?? '',
            o.billingCycle ?? '',
            String(totals.lineItems),
            String(totals.quantity),
            o.currencyCode ?? '',
          ];
        }
      })(),
    };
  },
};
