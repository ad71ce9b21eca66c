import type { Order, OrderLineItem, Subscription } from '../../partner-center/index.js';
import { renderCard, type AdaptiveCard } from '../render.js';
import { intentAction, type CardAction, type OpenUrlAction } from './actions.js';
import { chooseCard } from './choose.js';
import { facts } from './facts.js';
import { formatDate, humanize, plural } from './format.js';
import { listCard } from './list.js';
import { noticeCard } from './notice.js';
import { subscriptionName } from './subscriptions.js';

/** Characters of an order id a table shows; "show order <them>" finds the order again. */
export const SHORT_ORDER_ID_LENGTH = 8;

export function shortOrderId(id: string): string {
  return id.length > SHORT_ORDER_ID_LENGTH ? id.slice(0, SHORT_ORDER_ID_LENGTH) : id;
}

/** Line items and seats of an order (Partner Center gives no totals). */
export function orderTotals(order: Order): { lineItems: number; quantity: number } {
  const items = order.lineItems ?? [];
  return {
    lineItems: items.length,
    quantity: items.reduce((sum, li) => sum + (li.quantity ?? 0), 0),
  };
}

export interface OrderCustomer {
  id: string;
  name: string;
}

export interface OrderListView {
  customer: OrderCustomer;
  /** The page shown, newest first. */
  orders: Order[];
  total: number;
  from: number;
  note?: string;
  moreAction?: CardAction;
  downloadAction?: OpenUrlAction;
}

export function orderListCard(view: OrderListView): AdaptiveCard {
  const to = view.from + view.orders.length - 1;
  const entities = { customer: view.customer.id };
  const first = view.orders[0];
  return listCard({
    title: `Orders of ${view.customer.name}`,
    subtitle:
      view.total === 0
        ? 'No orders'
        : plural(view.total, 'order') +
          (view.total > view.orders.length ? ` · showing ${view.from}–${to}` : ''),
    ...(view.note ? { note: view.note } : {}),
    columns: [
      { header: 'Order', width: 2 },
      { header: 'Created', width: 2 },
      { header: 'Status', width: 2 },
      { header: 'Items', width: 1 },
      { header: 'Qty', width: 1 },
    ],
    rows: view.orders.map((o) => {
      const totals = orderTotals(o);
      return [
        shortOrderId(o.id),
        formatDate(o.creationDate),
        humanize(o.status),
        String(totals.lineItems),
        String(totals.quantity),
      ];
    }),
    empty: `${view.customer.name} has no orders.`,
    ...(first
      ? { hint: `Ask "show order ${shortOrderId(first.id)}" for an order's line items.` }
      : {}),
    actions: [
      ...(view.moreAction ? [view.moreAction] : []),
      ...(view.downloadAction ? [view.downloadAction] : []),
      ...(first && view.from === 1
        ? [intentAction('Newest order', 'orders.show', { ...entities, orderId: first.id })]
        : []),
      intentAction('Subscriptions', 'subscriptions.list', entities),
    ],
  });
}

export interface OrderDetailsView {
  customer: OrderCustomer;
  order: Order;
  /** The line items shown (a page of them when an order has very many). */
  lineItems: OrderLineItem[];
  /** The order's subscriptions by id: offer names and statuses for the line items. */
  subscriptions: ReadonlyMap<string, Subscription>;
  /** 1-based number of the first line item shown. */
  from: number;
  note?: string;
  moreAction?: CardAction;
}

/** Line items with a subscription button each, at most this many (more would crowd the card). */
const MAX_SUBSCRIPTION_BUTTONS = 3;

/** orders.show: the order's facts and a table of its line items (cards/orders-details.json). */
export function orderDetailsCard(view: OrderDetailsView): AdaptiveCard {
  const { order, customer } = view;
  const totals = orderTotals(order);
  const to = view.from + view.lineItems.length - 1;
  const entities = { customer: customer.id };
  const lineItemActions =
    totals.lineItems <= MAX_SUBSCRIPTION_BUTTONS
      ? view.lineItems.flatMap((li) => {
          if (!li.subscriptionId) return [];
          const s = view.subscriptions.get(li.subscriptionId);
          return [
            intentAction(
              s ? subscriptionName(s) : (li.friendlyName ?? 'Subscription'),
              'subscriptions.show',
              { ...entities, subscription: li.subscriptionId },
            ),
          ];
        })
      : [];
  return renderCard('orders-details', {
    title: `Order ${shortOrderId(order.id)}`,
    subtitle: `${customer.name} · ${humanize(order.status) || 'Unknown status'}`,
    hasNote: Boolean(view.note),
    note: view.note ?? '',
    facts: facts([
      ['Order id', order.id],
      ['Created', formatDate(order.creationDate)],
      ['Status', humanize(order.status)],
      ['Billing cycle', humanize(order.billingCycle)],
      ['Currency', order.currencyCode],
      ['Transaction', humanize(order.transactionType)],
      ['Line items', totals.lineItems],
      ['Total quantity', totals.quantity],
    ]),
    tableTitle:
      totals.lineItems > view.lineItems.length
        ? `Line items ${view.from}–${to} of ${totals.lineItems}`
        : 'Line items',
    columns: [{ width: 3 }, { width: 1 }, { width: 3 }, { width: 2 }],
    headers: ['Offer', 'Qty', 'Subscription', 'Status'].map((text) => ({ text })),
    rows: view.lineItems.map((li) => {
      const s = li.subscriptionId ? view.subscriptions.get(li.subscriptionId) : undefined;
      return {
        cells: [
          s?.offerName ?? li.offerId ?? '',
          li.quantity === undefined ? '' : String(li.quantity),
          lineItemSubscription(li, s),
          humanize(s?.status),
        ].map((text) => ({ text: text || '—' })),
      };
    }),
    empty: 'This order has no line items.',
    actions: [
      ...(view.moreAction ? [view.moreAction] : []),
      ...lineItemActions,
      intentAction('All orders', 'orders.list', entities),
      intentAction('Subscriptions', 'subscriptions.list', entities),
    ],
  });
}

/** "Frontline (a1b2c3d4)": the nickname and the start of the id the line item bought. */
function lineItemSubscription(li: OrderLineItem, s: Subscription | undefined): string {
  const name = s?.friendlyName ?? li.friendlyName;
  const id = li.subscriptionId ? shortOrderId(li.subscriptionId) : '';
  if (name && id) return `${name} (${id})`;
  return name ?? id;
}

/** orders.show without a customer: Partner Center only reads an order under its customer. */
export function orderNeedsCustomerCard(orderId: string): AdaptiveCard {
  return noticeCard({
    title: 'Which customer placed that order?',
    message:
      `Partner Center reads orders per customer, so I need the customer too: ` +
      `for example "show order ${orderId} for Contoso Ltd".`,
    actions: [intentAction('List customers', 'customers.list')],
  });
}

/** orders.show without an order id. */
export function whichOrderCard(customer?: OrderCustomer): AdaptiveCard {
  return noticeCard({
    title: 'Which order?',
    message: customer
      ? `Give the order id, or its first characters from the list of ${customer.name}'s orders.`
      : 'Give the order id and the customer, for example "show order 7b2a2a7b for Contoso Ltd".',
    actions: customer
      ? [intentAction(`Orders of ${customer.name}`, 'orders.list', { customer: customer.id })]
      : [intentAction('List customers', 'customers.list')],
  });
}

export function noOrderCard(customer: OrderCustomer, orderId: string): AdaptiveCard {
  return noticeCard({
    title: `No order "${orderId}" for ${customer.name}`,
    message: `${customer.name} has no order whose id is or starts with "${orderId}".`,
    tone: 'warning',
    actions: [intentAction(`Orders of ${customer.name}`, 'orders.list', { customer: customer.id })],
  });
}

/** Several orders start with what the user typed: one button each. */
export function chooseOrderCard(
  customer: OrderCustomer,
  orderId: string,
  orders: Order[],
): AdaptiveCard {
  return chooseCard({
    title: `Which order do you mean by "${orderId}"?`,
    message: `${plural(orders.length, 'order')} of ${customer.name} start with "${orderId}".`,
    choices: orders.map((o) =>
      intentAction(`${o.id} · ${formatDate(o.creationDate)}`, 'orders.show', {
        customer: customer.id,
        orderId: o.id,
      }),
    ),
  });
}
