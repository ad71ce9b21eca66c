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
  type WireCustomer,
  type WireSubscription,
  type WireCollection,
  customerNamed as findCustomerNamed,
} from '../../helpers/sandbox.js';

// The real agent on port 0 wired to its embedded sandbox on port 0; every message goes over
// HTTP with deliveryMode expectReplies, every button press as the invoke Teams sends.
let agent: TestAgent;
let pc: PcApi;
let contoso: WireCustomer;

/** The one card a reply must carry, validated by the adaptivecards library and by size. */

const customerNamed = (name: string) => findCustomerNamed(pc, name);

beforeAll(async () => {
  agent = await startTestAgent();
  pc = createApi(agent.host.sandbox!.url);
  contoso = await customerNamed('Contoso Ltd');
});
afterAll(() => agent?.close());

describe('a conversation with the agent over HTTP (expectReplies) against the sandbox', () => {
  it('when a message arrives with expectReplies, then the answer carries no typing indicator (it could not be seen)', async () => {
    const replies = await agent.conversation().say('list my customers');
    expect(replies.map((a) => a.type)).toEqual(['message']);
  });

  it('when the user lists customers and says "show more", then the second page continues where the first ended', async () => {
    const chat = agent.conversation();
    const first = onlyCard(await chat.say('list my customers'));
    const firstRows = tableRowsOf(first);
    expect(firstRows[0]).toEqual(['Company', 'Domain']);
    expect(firstRows).toHaveLength(21);
    expect(textsOf(first)).toContain('1–20, more available');
    expect(button(first, 'Show more').verb).toBe('more');

    const second = onlyCard(await chat.say('show more'));
    const secondRows = tableRowsOf(second).slice(1);
    expect(textsOf(second)).toContain('Customers (page 2)');
    expect(secondRows.length).toBeGreaterThan(0);
    const firstNames = new Set(firstRows.slice(1).map((r) => r[1]));
    expect(secondRows.filter((r) => firstNames.has(r[1]))).toEqual([]);

    // The sandbox holds 31 customers (11 named + 20 generated): page 2 ends the list.
    expect(firstRows.length - 1 + secondRows.length).toBe(31);
    const last = onlyCard(await chat.say('next page'));
    expect(textsOf(last)[0]).toBe('That was everything');
  });

  it('when the user presses "Show more", then the invoke response is the next page card', async () => {
    const chat = agent.conversation();
    const first = onlyCard(await chat.say('show all customers'));
    const pressed = await chat.press(button(first, 'Show more'));
    expect(pressed.status).toBe(200);
    expect(pressed.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(textsOf(pressed.body.value)).toContain('Customers (page 2)');
  });

  it('when the user searches "fab", then Partner Center\'s prefix search finds Fabrikam Inc', async () => {
    const card = onlyCard(await agent.conversation().say('find customers starting with fab'));
    expect(textsOf(card)[0]).toBe('Customers whose name starts with "fab"');
    expect(tableRowsOf(card).slice(1)).toEqual([['Fabrikam Inc', 'fabrikam.onmicrosoft.com']]);
  });

  it('when the user asks for Contoso Ltd and then "and its subscriptions?", then the second answer is about Contoso Ltd from context', async () => {
    const chat = agent.conversation();
    const details = onlyCard(await chat.say('show customer Contoso Ltd'));
    const texts = textsOf(details);
    expect(texts[0]).toBe('Contoso Ltd');
    expect(texts).toContain(`Tenant id: ${contoso.companyProfile.tenantId}`);
    expect(texts).toContain('Domain: contoso.onmicrosoft.com');

    const subs = onlyCard(await chat.say('and its subscriptions?'));
    expect(textsOf(subs)[0]).toBe('Subscriptions of Contoso Ltd');
    const wire = await pc.get<WireCollection<WireSubscription>>(
      `/v1/customers/${contoso.id}/subscriptions`,
    );
    const rows = tableRowsOf(subs).slice(1);
    expect(rows).toHaveLength(wire.body.items.length);
    const e3 = wire.body.items.find((s) => s.offerName === 'Microsoft 365 E3');
    expect(rows).toContainEqual([
      'Microsoft 365 E3',
      String(e3?.quantity),
      'Active',
      'Annual',
      e3?.commitmentEndDate.slice(0, 10),
    ]);
    // Active subscriptions are listed before suspended and deleted ones.
    const statuses = rows.map((r) => r[2]);
    expect(statuses.lastIndexOf('Active')).toBeLessThan(statuses.indexOf('Suspended'));
  });

  it('when the user asks "show subscriptions for Contoso Ltd", then the card lists exactly the sandbox\'s subscriptions with their quantities', async () => {
    const card = onlyCard(await agent.conversation().say('show subscriptions for Contoso Ltd'));
    const wire = await pc.get<WireCollection<WireSubscription>>(
      `/v1/customers/${contoso.id}/subscriptions`,
    );
    const shown = tableRowsOf(card)
      .slice(1)
      .map((r) => `${r[0]}=${r[1]}`)
      .sort();
    const expected = wire.body.items
      .map(
        (s) =>
          `${s.friendlyName && s.friendlyName !== s.offerName ? `${s.friendlyName} (${s.offerName})` : s.offerName}=${s.quantity}`,
      )
      .sort();
    expect(shown).toEqual(expected);
    expect(textsOf(card)).toContain(
      `${wire.body.items.length} subscriptions, ${wire.body.items.filter((s) => s.status === 'active').length} active`,
    );
  });

  it('when the user asks for suspended subscriptions, then only those are listed', async () => {
    const card = onlyCard(
      await agent.conversation().say('show suspended subscriptions for Contoso Ltd'),
    );
    const rows = tableRowsOf(card).slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r[2] === 'Suspended')).toBe(true);
    expect(rows.map((r) => r[0])).toContain('Microsoft Teams Essentials');
  });

  it('when a name matches two customers, then a disambiguation card offers one button each, and pressing one answers for that customer', async () => {
    const chat = agent.conversation();
    const card = onlyCard(await chat.say('show customer contoso'));
    expect(textsOf(card)[0]).toBe('Which customer do you mean by "contoso"?');
    const titles = actionsOf(card).map((a) => a.title);
    expect(titles).toEqual([
      'Contoso Ltd (contoso.onmicrosoft.com)',
      'Contoso Pharmaceuticals (contosopharma.onmicrosoft.com)',
    ]);
    const pressed = await chat.press(button(card, titles[1]!));
    expect(pressed.status).toBe(200);
    expect(textsOf(pressed.body.value)[0]).toBe('Contoso Pharmaceuticals');

    // The choice became the context: "its subscriptions" are Contoso Pharmaceuticals'.
    const subs = onlyCard(await chat.say('and its subscriptions?'));
    expect(textsOf(subs)[0]).toBe('Subscriptions of Contoso Pharmaceuticals');
  });

  it('when the customer is given by domain or by tenant id, then it is found by Domain filter or by get', async () => {
    const byDomain = onlyCard(
      await agent.conversation().say('details for fabrikam.onmicrosoft.com'),
    );
    expect(textsOf(byDomain)[0]).toBe('Fabrikam Inc');
    const byId = onlyCard(await agent.conversation().say(`show customer ${contoso.id}`));
    expect(textsOf(byId)[0]).toBe('Contoso Ltd');
  });

  it('when the request and the customer name are mistyped, then the answer names the closest customer and its button works', async () => {
    const chat = agent.conversation();
    const card = onlyCard(await chat.say('show subscriptons for contsoo ltd'));
    expect(textsOf(card)[0]).toBe('No customer matches "contsoo ltd"');
    expect(textsOf(card).join(' ')).toContain('Contoso Ltd');
    const pressed = await chat.press(button(card, 'Contoso Ltd'));
    expect(textsOf(pressed.body.value)[0]).toBe('Subscriptions of Contoso Ltd');
  });

  it('when no customer matches at all, then the card says so and offers the customer list', async () => {
    const card = onlyCard(await agent.conversation().say('show customer Zzyzx Qqq Holdings'));
    expect(textsOf(card)[0]).toBe('No customer matches "Zzyzx Qqq Holdings"');
    expect(actionsOf(card).map((a) => a.title)).toContain('List customers');
  });

  it('when a request needs a customer and none is named or in context, then the agent asks which customer', async () => {
    const card = onlyCard(await agent.conversation().say('show subscriptions'));
    expect(textsOf(card)[0]).toBe('Which customer?');
  });

  it('when the user types gibberish, then the fallback card suggests requests and offers help', async () => {
    const card = onlyCard(await agent.conversation().say('qwxz blorp fnord'));
    expect(textsOf(card)[0]).toBe('I did not understand "qwxz blorp fnord"');
    const actions = actionsOf(card);
    expect(actions.length).toBeGreaterThan(1);
    expect(actions.at(-1)?.title).toBe('Help');
  });

  it('when the user asks for help, then the card lists only what this version answers, writes included', async () => {
    const card = onlyCard(await agent.conversation().say('what can you do?'));
    const texts = textsOf(card).join('\n');
    expect(texts).toContain('"show subscriptions for Contoso Ltd"');
    expect(texts).toContain('Reset a password');
    expect(texts.toLowerCase()).not.toContain('notify me');
  });

  it('when an intent of a later step is asked for, then the agent says it is not available yet and calls nothing', async () => {
    const before = (await pc.get<{ requests: Record<string, number> }>('/_sandbox/stats')).body;
    const card = onlyCard(await agent.conversation().say('notify me about upcoming renewals'));
    expect(textsOf(card)[0]).toContain('not available yet');
    const after = (await pc.get<{ requests: Record<string, number> }>('/_sandbox/stats')).body;
    expect(after.requests).toEqual(before.requests);
  });

  it('when Partner Center fails for good, then the error card says what happened and carries the correlation id', async () => {
    agent.host.sandbox!.sandbox.faults.add([
      { route: 'GET /v1/customers/:id/subscriptions', kind: 'status', status: 500, times: 10 },
    ]);
    try {
      // Woodgrove Bank: no other test reads it, so no cached copy answers instead.
      const card = onlyCard(
        await agent.conversation().say('show subscriptions for Woodgrove Bank'),
      );
      const texts = textsOf(card);
      expect(texts[0]).toBe('Partner Center is not answering');
      const correlation = texts.find((t) => t.startsWith('Correlation id: '));
      expect(correlation).toMatch(/^Correlation id: [0-9a-f-]{36}$/);
      expect(texts.find((t) => t.startsWith('Partner Center: '))).toMatch(
        /^Partner Center: 500( \/ \d+)?$/,
      );
    } finally {
      agent.host.sandbox!.sandbox.faults.clear();
    }
  });

  it('when the conversation starts, then the welcome card says where the agent is connected and what to try', async () => {
    const chat = agent.conversation();
    const replies = await chat.send({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'user-1' }, { id: 'agent' }],
    });
    const card = onlyCard(replies);
    const texts = textsOf(card);
    expect(texts[0]).toBe('Partner Center agent');
    expect(texts).toContain(
      `Connected to: the built-in Partner Center sandbox (${agent.host.sandbox!.url})`,
    );
    expect(texts).toContain('Your role: Global Admin');
    expect(actionsOf(card).length).toBeGreaterThan(0);
  });
});
