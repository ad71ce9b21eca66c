import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actionsOf,
  startTestAgent,
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
import { validateCard } from '../../helpers/validate-card.js';

// subscriptions.show through the real agent, checked against the sandbox's subscriptions.
let agent: TestAgent;
let pc: PcApi;
let contoso: WireCustomer;
let woodgrove: WireCustomer;

const customerNamed = (name: string) => findCustomerNamed(pc, name);

async function subscriptionsOf(customerId: string) {
  return (
    await pc.get<WireCollection<WireSubscription & { billingCycle: string }>>(
      `/v1/customers/${customerId}/subscriptions`,
    )
  ).body.items;
}

beforeAll(async () => {
  agent = await startTestAgent();
  pc = createApi(agent.host.sandbox!.url);
  contoso = await customerNamed('Contoso Ltd');
  woodgrove = await customerNamed('Woodgrove Bank');
});
afterAll(() => agent?.close());

describe('subscriptions.show against the sandbox', () => {
  it('when the user asks for "the Microsoft 365 E3 subscription for Contoso", then every field is the sandbox\'s and the buttons lead on', async () => {
    const card = onlyCard(
      await agent
        .conversation()
        .say('details of the Microsoft 365 E3 subscription for Contoso Ltd'),
    );
    const s = (await subscriptionsOf(contoso.id)).find((x) => x.offerName === 'Microsoft 365 E3')!;
    const texts = textsOf(card);
    expect(texts.slice(0, 2)).toEqual(['Microsoft 365 E3', 'Contoso Ltd · Active']);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Offer: Microsoft 365 E3',
        `Quantity: ${s.quantity} Licenses`,
        'Status: Active',
        'Billing cycle: Annual',
        'Term: 1 year',
        `Commitment end: ${s.commitmentEndDate.slice(0, 10)}`,
        `Auto-renew: ${s.autoRenewEnabled ? 'Yes' : 'No'}`,
        `Created: ${s.creationDate.slice(0, 10)}`,
        `Offer id: ${s.offerId}`,
        `Subscription id: ${s.id}`,
        `Order id: ${s.orderId}`,
      ]),
    );
    expect(actionsOf(card).map((a) => a.title)).toEqual([
      'All subscriptions',
      'Licenses',
      'Order details',
    ]);
  });

  it('when the user names only "E3" after asking about Contoso, then the context customer\'s Microsoft 365 E3 is found and becomes the context subscription', async () => {
    const chat = agent.conversation();
    onlyCard(await chat.say('show customer Contoso Ltd'));
    const card = onlyCard(await chat.say('show the E3 subscription'));
    expect(textsOf(card)[0]).toBe('Microsoft 365 E3');
    // A follow-up that names no subscription (a button with no entities) uses the context one.
    const again = await chat.press({
      type: 'Action.Execute',
      title: 'Details',
      verb: 'intent',
      data: { intent: 'subscriptions.show', entities: {} },
    });
    expect(textsOf(again.body.value)[0]).toBe('Microsoft 365 E3');
    // "All subscriptions" opens the list of the same customer.
    const pressed = await chat.press(button(card, 'All subscriptions'));
    expect(pressed.status).toBe(200);
    expect(textsOf(pressed.body.value)[0]).toBe('Subscriptions of Contoso Ltd');
  });

  it('when the Azure plan is shown, then commitment end reads "None" and a Usage button is offered', async () => {
    const card = onlyCard(
      await agent.conversation().say('show the Azure plan subscription for Contoso Ltd'),
    );
    const azure = (await subscriptionsOf(contoso.id)).find((x) => x.billingType === 'usage')!;
    expect(textsOf(card)).toContain('Commitment end: None');
    expect(button(card, 'Usage').data).toEqual({
      intent: 'usage.subscription',
      entities: { customer: contoso.id, subscription: azure.id },
    });
  });

  it('when "E3" matches two subscriptions at Woodgrove Bank, then a choose card offers one button each, and pressing one shows it', async () => {
    const chat = agent.conversation();
    const card = onlyCard(await chat.say('show subscription E3 for Woodgrove Bank'));
    const e3s = (await subscriptionsOf(woodgrove.id)).filter((s) => / E3$/.test(s.offerName));
    expect(e3s.length).toBe(2);
    expect(textsOf(card)[0]).toBe('Which subscription do you mean by "E3"?');
    const choices = actionsOf(card).filter((a) => a.title !== 'All subscriptions');
    expect(choices.map((a) => a.data)).toEqual(
      expect.arrayContaining(
        e3s.map((s) => ({
          intent: 'subscriptions.show',
          entities: { customer: woodgrove.id, subscription: s.id },
        })),
      ),
    );
    const pressed = await chat.press(choices[0]!);
    expect(pressed.status).toBe(200);
    expect(validateCard(pressed.body.value!).errors).toEqual([]);
    const chosen = e3s.find(
      (s) =>
        (choices[0]!.data as { entities: { subscription: string } }).entities.subscription === s.id,
    )!;
    expect(textsOf(pressed.body.value)).toContain(`Subscription id: ${chosen.id}`);
  });

  it('when the subscription is named by its id, then that subscription is shown', async () => {
    const s = (await subscriptionsOf(contoso.id)).find((x) => x.status === 'suspended')!;
    const card = onlyCard(
      await agent.conversation().say(`show subscription ${s.id} for Contoso Ltd`),
    );
    expect(textsOf(card)).toContain(`Subscription id: ${s.id}`);
    expect(textsOf(card).join(' ')).toContain('Status: Suspended');
  });

  it("when no subscription is named and none is in context, then a choose card lists the customer's subscriptions", async () => {
    const chat = agent.conversation();
    onlyCard(await chat.say('show customer Woodgrove Bank'));
    const pressed = await chat.press({
      type: 'Action.Execute',
      title: 'Details',
      verb: 'intent',
      data: { intent: 'subscriptions.show', entities: {} },
    });
    expect(validateCard(pressed.body.value!).errors).toEqual([]);
    expect(textsOf(pressed.body.value)[0]).toBe('Which subscription of Woodgrove Bank?');
    const ids = (await subscriptionsOf(woodgrove.id)).map((s) => s.id).sort();
    const offered = actionsOf(pressed.body.value)
      .filter((a) => a.title !== 'All subscriptions')
      .map((a) => (a.data as { entities: { subscription: string } }).entities.subscription)
      .sort();
    expect(offered).toEqual(ids);
  });

  it('when no subscription matches the name, then the card says so and links to all subscriptions', async () => {
    const card = onlyCard(
      await agent.conversation().say('show the Visio subscription for Contoso Ltd'),
    );
    expect(textsOf(card)[0]).toBe('No subscription "Visio" at Contoso Ltd');
    expect(button(card, 'All subscriptions').data).toEqual({
      intent: 'subscriptions.list',
      entities: { customer: contoso.id },
    });
  });
});
