import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actionsOf,
  startTestAgent,
  tableRowsOf,
  textsOf,
  type TestAgent,
  onlyCard,
  button,
} from '../../helpers/agent.js';
import {
  createApi,
  type PcApi,
  type WireCollection,
  type WireCustomer,
  type WireSubscription,
  customerNamed as findCustomerNamed,
} from '../../helpers/sandbox.js';

// orders.list and orders.show through the real agent, checked against the sandbox's orders.
let agent: TestAgent;
let pc: PcApi;
let contoso: WireCustomer;
let tailspin: WireCustomer;

interface WireOrder {
  id: string;
  creationDate: string;
  status: string;
  billingCycle: string;
  lineItems: Array<{
    offerId: string;
    subscriptionId: string;
    friendlyName: string;
    quantity: number;
  }>;
}

const customerNamed = (name: string) => findCustomerNamed(pc, name);

const newestFirst = (orders: WireOrder[]) =>
  [...orders].sort(
    (a, b) => b.creationDate.localeCompare(a.creationDate) || a.id.localeCompare(b.id),
  );

const rowOf = (o: WireOrder) => [
  o.id.slice(0, 8),
  o.creationDate.slice(0, 10),
  o.status.charAt(0).toUpperCase() + o.status.slice(1),
  String(o.lineItems.length),
  String(o.lineItems.reduce((n, li) => n + li.quantity, 0)),
];

async function ordersOf(customerId: string): Promise<WireOrder[]> {
  return (await pc.get<WireCollection<WireOrder>>(`/v1/customers/${customerId}/orders`)).body.items;
}

beforeAll(async () => {
  agent = await startTestAgent();
  pc = createApi(agent.host.sandbox!.url);
  contoso = await customerNamed('Contoso Ltd');
  tailspin = await customerNamed('Tailspin Toys');
  // The largest data this file serves: Tailspin Toys gets 23 more orders, the first one with 25
  // line items, so both the order list and an order's line items need a second card.
  const subs = (
    await pc.get<WireCollection<WireSubscription & { billingCycle: string }>>(
      `/v1/customers/${tailspin.id}/subscriptions`,
    )
  ).body.items;
  const offer = subs.find((s) => s.billingType === 'license')!;
  for (let i = 0; i < 23; i++) {
    const count = i === 0 ? 25 : 1;
    const res = await pc.post(`/v1/customers/${tailspin.id}/orders`, {
      billingCycle: offer.billingCycle,
      lineItems: Array.from({ length: count }, (_, n) => ({
        lineItemNumber: n,
        offerId: offer.offerId,
        friendlyName: `Seat pack ${i}-${n}`,
        quantity: 1 + n,
      })),
    });
    expect(res.status).toBe(201);
  }
}, 120_000);
afterAll(() => agent?.close());

describe('orders against the sandbox', () => {
  it('when the user asks "show orders for Contoso Ltd", then the table lists the sandbox\'s orders newest first with short id, created, status, line items and quantity', async () => {
    const card = onlyCard(await agent.conversation().say('show orders for Contoso Ltd'));
    const wire = newestFirst(await ordersOf(contoso.id));
    expect(textsOf(card).slice(0, 2)).toEqual(['Orders of Contoso Ltd', `${wire.length} orders`]);
    expect(tableRowsOf(card)).toEqual([
      ['Order', 'Created', 'Status', 'Items', 'Qty'],
      ...wire.map(rowOf),
    ]);
    expect(actionsOf(card).map((a) => a.title)).toEqual(['Newest order', 'Subscriptions']);
  });

  it('when the user then asks for an order by its short id, then the card shows its facts and line items with their subscriptions from the sandbox', async () => {
    const chat = agent.conversation();
    onlyCard(await chat.say('show orders for Contoso Ltd'));
    // A legacy (GUID) order: its short id is what the list shows.
    const order = newestFirst(await ordersOf(contoso.id)).find((o) => /^[0-9a-f]{8}-/.test(o.id))!;
    const card = onlyCard(await chat.say(`show order ${order.id.slice(0, 8)}`));
    const subs = (
      await pc.get<WireCollection<WireSubscription>>(
        `/v1/customers/${contoso.id}/subscriptions?order_id=${order.id}`,
      )
    ).body.items;
    const texts = textsOf(card);
    expect(texts.slice(0, 2)).toEqual([`Order ${order.id.slice(0, 8)}`, 'Contoso Ltd · Completed']);
    expect(texts).toEqual(
      expect.arrayContaining([
        `Order id: ${order.id}`,
        `Created: ${order.creationDate.slice(0, 10)}`,
        `Line items: ${order.lineItems.length}`,
      ]),
    );
    expect(tableRowsOf(card).slice(1)).toEqual(
      order.lineItems.map((li) => {
        const s = subs.find((x) => x.id === li.subscriptionId)!;
        return [
          s.offerName,
          String(li.quantity),
          `${s.friendlyName} (${li.subscriptionId.slice(0, 8)})`,
          s.status.charAt(0).toUpperCase() + s.status.slice(1),
        ];
      }),
    );
    // Each line item's subscription is one press away.
    const sub = subs[0]!;
    const pressed = await chat.press(button(card, sub.offerName));
    expect(pressed.status).toBe(200);
    expect(textsOf(pressed.body.value)).toContain(`Subscription id: ${sub.id}`);
  });

  it('when "show order 7b2a2a7b-..." comes with no customer named or in context, then the card explains that Partner Center reads orders per customer', async () => {
    const card = onlyCard(await agent.conversation().say('show order 7b2a2a7b-...'));
    expect(textsOf(card)[0]).toBe('Which customer placed that order?');
    expect(textsOf(card).join(' ')).toContain('Partner Center reads orders per customer');
  });

  it('when no order of the customer starts with the id, then the card says so and links to the orders', async () => {
    const card = onlyCard(await agent.conversation().say('show order 7b2a2a7b for Contoso Ltd'));
    expect(textsOf(card)[0]).toBe('No order "7b2a2a7b" for Contoso Ltd');
    expect(button(card, 'Orders of Contoso Ltd').data).toEqual({
      intent: 'orders.list',
      entities: { customer: contoso.id },
    });
  });

  it('when a customer has more orders than a card holds, then 20 are shown with Show more and Download CSV, and "show more" shows the rest', async () => {
    const chat = agent.conversation();
    const wire = newestFirst(await ordersOf(tailspin.id));
    expect(wire.length).toBeGreaterThan(20);
    const first = onlyCard(await chat.say('show orders for Tailspin Toys'));
    expect(textsOf(first)[1]).toBe(`${wire.length} orders · showing 1–20`);
    expect(tableRowsOf(first).slice(1)).toEqual(wire.slice(0, 20).map(rowOf));
    expect(button(first, 'Show more').verb).toBe('more');
    const download = button(first, 'Download CSV') as { type: string; url?: string };
    expect(download.type).toBe('Action.OpenUrl');

    const csv = await fetch(download.url!);
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).trim().split(/\r?\n/);
    expect(lines).toHaveLength(wire.length + 1);
    expect(lines[1]).toContain(wire[0]!.id);

    const second = onlyCard(await chat.say('show more'));
    expect(tableRowsOf(second).slice(1)).toEqual(wire.slice(20).map(rowOf));
  });

  it('when an order has more line items than a card holds, then 20 are shown and "show more" shows the rest', async () => {
    const chat = agent.conversation();
    const big = (await ordersOf(tailspin.id)).find((o) => o.lineItems.length === 25)!;
    const first = onlyCard(await chat.say(`show order ${big.id} for Tailspin Toys`));
    expect(textsOf(first)).toContain('Line items 1–20 of 25');
    expect(tableRowsOf(first)).toHaveLength(21);
    const second = onlyCard(await chat.say('show more'));
    expect(textsOf(second)).toContain('Line items 21–25 of 25');
    expect(
      tableRowsOf(second)
        .slice(1)
        .map((r) => r[1]),
    ).toEqual(['21', '22', '23', '24', '25']);
  });
});
