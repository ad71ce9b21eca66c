import { describe, expect, it } from 'vitest';
import { MAX_CARD_BYTES } from '../../../../src/cards/render.js';
import { executeAction, VERBS } from '../../../../src/cards/views/actions.js';
import {
  chooseOrderCard,
  orderDetailsCard,
  orderListCard,
  orderNeedsCustomerCard,
  shortOrderId,
} from '../../../../src/cards/views/orders.js';
import type { Order, Subscription } from '../../../../src/partner-center/index.js';
import { actionsOf, tableRowsOf, textsOf } from '../../../helpers/agent.js';
import { validateCard } from '../../../helpers/validate-card.js';

function expectValid(card: object) {
  const result = validateCard(card);
  expect(result.errors).toEqual([]);
  expect(result.bytes).toBeLessThan(MAX_CARD_BYTES);
  expect(JSON.stringify(card)).not.toContain('${');
  return result;
}

const contoso = { id: 'c-1', name: 'Contoso Ltd' };
const order = (i: number, over: Partial<Order> = {}): Order => ({
  id: `7b2a2a7b-0000-4000-8000-${String(i).padStart(12, '0')}`,
  creationDate: '2026-02-04T10:00:00Z',
  status: 'completed',
  billingCycle: 'monthly',
  currencyCode: 'USD',
  lineItems: [
    { lineItemNumber: 0, offerId: 'CFQ7TTC0LFLZ:0002', subscriptionId: 'sub-0', quantity: 25 },
    { lineItemNumber: 1, offerId: 'DZH318Z0BPS6:0001', subscriptionId: 'sub-1', quantity: 1 },
  ],
  ...over,
});
const subscription = (id: string, over: Partial<Subscription> = {}): Subscription => ({
  id,
  offerName: 'Microsoft 365 E3',
  friendlyName: 'Head office',
  status: 'active',
  ...over,
});

describe('order cards', () => {
  it('when orders are listed, then each row shows the short id, created date, status, line item count and total quantity', () => {
    const card = orderListCard({ customer: contoso, orders: [order(1)], total: 1, from: 1 });
    expectValid(card);
    expect(tableRowsOf(card)).toEqual([
      ['Order', 'Created', 'Status', 'Items', 'Qty'],
      ['7b2a2a7b', '2026-02-04', 'Completed', '2', '26'],
    ]);
    expect(textsOf(card)).toContain('Ask "show order 7b2a2a7b" for an order\'s line items.');
    expect(actionsOf(card).map((a) => a.title)).toEqual(['Newest order', 'Subscriptions']);
  });

  it('when a page of 20 orders of a longer list with unknown statuses is drawn, then it says which part it shows, humanizes the status and stays under 28 KB', () => {
    const orders = Array.from({ length: 20 }, (_, i) =>
      order(i, {
        id: 'X'.repeat(33),
        status: 'partiallyFulfilled',
        lineItems: Array.from({ length: 50 }, (_, n) => ({ lineItemNumber: n, quantity: 3 })),
      }),
    );
    const card = orderListCard({
      customer: contoso,
      orders,
      total: 45,
      from: 21,
      moreAction: executeAction('Show more', VERBS.more, {}),
    });
    expectValid(card);
    expect(textsOf(card)[1]).toBe('45 orders · showing 21–40');
    expect(tableRowsOf(card)[1]).toEqual([
      'XXXXXXXX',
      '2026-02-04',
      'Partially fulfilled',
      '50',
      '150',
    ]);
    expect(actionsOf(card).map((a) => a.title)).toEqual(['Show more', 'Subscriptions']);
  });

  it('when a customer has no orders, then the card says so', () => {
    const card = orderListCard({ customer: contoso, orders: [], total: 0, from: 1 });
    expectValid(card);
    expect(textsOf(card)).toEqual(
      expect.arrayContaining(['No orders', 'Contoso Ltd has no orders.']),
    );
  });

  it('when an order is shown, then facts give the order and the table gives offer, quantity, subscription and status per line item', () => {
    const o = order(1);
    const subs = new Map([
      ['sub-0', subscription('sub-0')],
      [
        'sub-1',
        subscription('sub-1', {
          offerName: 'Azure plan',
          friendlyName: 'Azure plan',
          status: 'suspended',
        }),
      ],
    ]);
    const card = orderDetailsCard({
      customer: contoso,
      order: o,
      lineItems: o.lineItems ?? [],
      subscriptions: subs,
      from: 1,
    });
    expectValid(card);
    const texts = textsOf(card);
    expect(texts.slice(0, 2)).toEqual(['Order 7b2a2a7b', 'Contoso Ltd · Completed']);
    expect(texts).toEqual(
      expect.arrayContaining([
        `Order id: ${o.id}`,
        'Created: 2026-02-04',
        'Billing cycle: Monthly',
        'Line items: 2',
        'Total quantity: 26',
      ]),
    );
    expect(tableRowsOf(card)).toEqual([
      ['Offer', 'Qty', 'Subscription', 'Status'],
      ['Microsoft 365 E3', '25', 'Head office (sub-0)', 'Active'],
      ['Azure plan', '1', 'Azure plan (sub-1)', 'Suspended'],
    ]);
    expect(actionsOf(card).map((a) => [a.title, a.data])).toEqual([
      [
        'Head office (Microsoft 365 E3)',
        { intent: 'subscriptions.show', entities: { customer: 'c-1', subscription: 'sub-0' } },
      ],
      [
        'Azure plan',
        { intent: 'subscriptions.show', entities: { customer: 'c-1', subscription: 'sub-1' } },
      ],
      ['All orders', { intent: 'orders.list', entities: { customer: 'c-1' } }],
      ['Subscriptions', { intent: 'subscriptions.list', entities: { customer: 'c-1' } }],
    ]);
  });

  it('when a line item has no known subscription, then its offer id and friendly name are shown', () => {
    const o = order(1, { lineItems: [{ offerId: 'OFFER-1', friendlyName: 'Trial', quantity: 2 }] });
    const card = orderDetailsCard({
      customer: contoso,
      order: o,
      lineItems: o.lineItems ?? [],
      subscriptions: new Map(),
      from: 1,
    });
    expectValid(card);
    expect(tableRowsOf(card)[1]).toEqual(['OFFER-1', '2', 'Trial', '—']);
  });

  it('when an order with many long line items is paged, then 20 are shown with their range and the card stays under 28 KB', () => {
    const items = Array.from({ length: 50 }, (_, n) => ({
      lineItemNumber: n,
      offerId: 'O'.repeat(80),
      subscriptionId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      friendlyName: 'F'.repeat(128),
      quantity: 10_000,
    }));
    const o = order(1, { lineItems: items });
    const subs = new Map(
      items.map((li) => [
        li.subscriptionId,
        subscription(li.subscriptionId, {
          offerName: 'N'.repeat(256),
          friendlyName: 'F'.repeat(128),
        }),
      ]),
    );
    const card = orderDetailsCard({
      customer: contoso,
      order: o,
      lineItems: items.slice(20, 40),
      subscriptions: subs,
      from: 21,
      moreAction: executeAction('Show more', VERBS.more, {}),
    });
    expectValid(card);
    expect(tableRowsOf(card)).toHaveLength(21);
    expect(textsOf(card)).toContain('Line items 21–40 of 50');
    expect(actionsOf(card).map((a) => a.title)).toEqual([
      'Show more',
      'All orders',
      'Subscriptions',
    ]);
  });

  it('when an order id comes without a customer, then the card explains that Partner Center reads orders per customer', () => {
    const card = orderNeedsCustomerCard('7b2a2a7b');
    expectValid(card);
    expect(textsOf(card).join(' ')).toContain('Partner Center reads orders per customer');
    expect(textsOf(card).join(' ')).toContain('"show order 7b2a2a7b for Contoso Ltd"');
  });

  it('when several orders start with the typed id, then each is one button with its full id', () => {
    const card = chooseOrderCard(contoso, '7b2a', [order(1), order(2)]);
    expectValid(card);
    expect(actionsOf(card).map((a) => a.data)).toEqual([
      { intent: 'orders.show', entities: { customer: 'c-1', orderId: order(1).id } },
      { intent: 'orders.show', entities: { customer: 'c-1', orderId: order(2).id } },
    ]);
    expect(shortOrderId('abc')).toBe('abc');
  });
});
