import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actionsOf,
  cardsOf,
  startTestAgent,
  tableRowsOf,
  textsOf,
  type Card,
  type TestAgent,
  type TestActivity,
  button,
} from '../../helpers/agent.js';
import {
  createApi,
  TEST_NOW,
  type PcApi,
  type WireCollection,
  type WireCustomer,
  type WireLink,
  type WireSubscription,
} from '../../helpers/sandbox.js';
import { validateCard } from '../../helpers/validate-card.js';

// The real agent over HTTP against its embedded sandbox (clock TEST_NOW = 2026-03-15T12:00Z);
// every card is checked against what the sandbox itself serves.
let agent: TestAgent;
let pc: PcApi;
const customers = new Map<string, WireCustomer>();

const MAX_CARD_BYTES = 28 * 1024;

interface WireUtilization {
  usageStartTime: string;
  resource: { id: string; name: string; category: string; subcategory: string };
  quantity: number;
  unit: string;
}

interface WireResourceUsage {
  resourceName: string;
  resourceType: string;
  resourceGroupName: string;
  totalCost: number;
  currencyCode: string;
}

function onlyCard(activities: TestActivity[]): Card {
  const cards = cardsOf(activities);
  expect(cards).toHaveLength(1);
  return checked(cards[0] as Card);
}

function checked(card: Card): Card {
  const check = validateCard(card);
  expect(check.errors).toEqual([]);
  expect(check.bytes).toBeLessThan(MAX_CARD_BYTES);
  expect(JSON.stringify(card)).not.toContain('${');
  expect(card.version).toBe('1.5');
  return card;
}

function chartOf(card: Card, type: 'Chart.Line' | 'Chart.VerticalBar') {
  const found: Array<Record<string, unknown>> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.type === type) found.push(o);
    Object.values(o).forEach(walk);
  };
  walk(card.body);
  expect(found).toHaveLength(1);
  const chart = found[0]!;
  expect((chart.fallback as { type: string }).type).toBe('Table');
  return chart;
}

const money = (n: number, currency: string) =>
  `${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency}`;
const quantity = (n: number, unit: string) =>
  `${(Math.round(n * 100) / 100).toLocaleString('en-US', { maximumFractionDigits: 2 })} × ${unit}`;

async function subscriptionsOf(customerId: string): Promise<WireSubscription[]> {
  const res = await pc.get<WireCollection<WireSubscription>>(
    `/v1/customers/${customerId}/subscriptions`,
  );
  return res.body.items;
}

async function usageSubscriptions(customerId: string): Promise<WireSubscription[]> {
  return (await subscriptionsOf(customerId)).filter(
    (s) => s.billingType === 'usage' && s.status !== 'deleted',
  );
}

const headersOf = (link: WireLink) => Object.fromEntries(link.headers.map((h) => [h.key, h.value]));

/** Every utilization record of a subscription in [start, end), following the seek pages. */
async function utilization(
  customerId: string,
  subscriptionId: string,
  start: string,
  end: string,
  granularity = 'daily',
): Promise<WireUtilization[]> {
  const out: WireUtilization[] = [];
  let res = await pc.get<WireCollection<WireUtilization>>(
    `/v1/customers/${customerId}/subscriptions/${subscriptionId}/utilizations/azure?start_time=${start}&end_time=${end}&granularity=${granularity}&show_details=false&size=1000`,
  );
  for (;;) {
    expect(res.status).toBe(200);
    out.push(...res.body.items);
    const next = res.body.links.next;
    if (!next) return out;
    res = await pc.get(next.uri, { headers: headersOf(next) });
  }
}

/** The sandbox's totals per resource, in the card's order (largest quantity first). */
function totalsByResource(records: WireUtilization[]) {
  const totals = new Map<string, { name: string; service: string; unit: string; q: number }>();
  for (const r of records) {
    const key = `${r.resource.id}|${r.unit}`;
    const t = totals.get(key) ?? {
      name: r.resource.name,
      service: `${r.resource.category} · ${r.resource.subcategory}`,
      unit: r.unit,
      q: 0,
    };
    t.q += r.quantity;
    totals.set(key, t);
  }
  return [...totals.values()].sort((a, b) => b.q - a.q || a.name.localeCompare(b.name));
}

function customer(name: string): WireCustomer {
  const c = customers.get(name);
  if (!c) throw new Error(`sandbox has no ${name}`);
  return c;
}

async function addFault(fault: Record<string, unknown>) {
  const res = await fetch(`${agent.host.sandbox!.url}/_sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fault),
  });
  expect(res.status).toBeLessThan(300);
}

async function clearFaults() {
  await fetch(`${agent.host.sandbox!.url}/_sandbox/faults`, { method: 'DELETE' });
}

beforeAll(async () => {
  agent = await startTestAgent();
  pc = createApi(agent.host.sandbox!.url);
  const res = await pc.get<WireCollection<WireCustomer>>('/v1/customers?size=100');
  for (const c of res.body.items) customers.set(c.companyProfile.companyName, c);
}, 120_000);
afterAll(() => agent?.close());

describe('usage.customer', () => {
  it("when the user asks for Contoso Ltd's usage, then this month's cost matches the sandbox: total, cost by service chart, resources by cost", async () => {
    const contoso = customer('Contoso Ltd');
    const [azure] = await usageSubscriptions(contoso.id);
    const billed = await pc.get<WireCollection<{ totalCost: number }>>(
      `/v1/customers/${contoso.id}/subscriptions/usagerecords`,
    );
    const resources = await pc.get<WireCollection<WireResourceUsage>>(
      `/v1/customers/${contoso.id}/subscriptions/${azure!.id}/resourceusagerecords`,
    );
    const currency = resources.body.items[0]!.currencyCode;

    const card = onlyCard(await agent.conversation().say('usage for Contoso Ltd'));
    const texts = textsOf(card);
    expect(texts[0]).toBe('Usage of Contoso Ltd');
    expect(texts[1]).toBe('Cost month to date, this month (2026-03-01 – 2026-03-15)');
    const total = billed.body.items.reduce((n, r) => n + r.totalCost, 0);
    expect(texts).toContain(`Total: ${money(total, currency)}`);
    expect(tableRowsOf(card)).toEqual([
      ['Resource', 'Service', 'Cost'],
      ...[...resources.body.items]
        .sort((a, b) => b.totalCost - a.totalCost || a.resourceName.localeCompare(b.resourceName))
        .map((r) => [
          r.resourceName,
          `${r.resourceType.replace(/^Microsoft\./, '')} · ${r.resourceGroupName}`,
          money(r.totalCost, currency),
        ]),
    ]);
    const chart = chartOf(card, 'Chart.VerticalBar');
    const bars = chart.data as Array<{ x: string; y: number }>;
    const byService = new Map<string, number>();
    for (const r of resources.body.items) {
      const s = r.resourceType.replace(/^Microsoft\./, '');
      byService.set(s, (byService.get(s) ?? 0) + r.totalCost);
    }
    expect(bars.map((b) => b.x).sort()).toEqual([...byService.keys()].sort());
    for (const b of bars) expect(b.y).toBeCloseTo(byService.get(b.x)!, 2);
    expect(actionsOf(card).map((a) => a.title)).toEqual([
      'Daily Azure usage',
      'Monthly report',
      'Subscriptions',
    ]);
  });

  it('when the user asks for last month, then the card shows the quantities Azure metered in February, per resource as the sandbox sums them', async () => {
    const contoso = customer('Contoso Ltd');
    const [azure] = await usageSubscriptions(contoso.id);
    const records = await utilization(
      contoso.id,
      azure!.id,
      '2026-02-01T00:00:00Z',
      '2026-03-01T00:00:00Z',
    );

    const card = onlyCard(await agent.conversation().say('usage for Contoso Ltd last month'));
    const texts = textsOf(card);
    expect(texts[1]).toBe('Daily utilization, February 2026');
    expect(texts[2]).toContain('Partner Center gives costs for the current month only');
    expect(texts).toContain(`Records: ${records.length}`);
    expect(tableRowsOf(card)).toEqual([
      ['Resource', 'Service', 'Quantity'],
      ...totalsByResource(records)
        .slice(0, 10)
        .map((t) => [t.name, t.service, quantity(t.q, t.unit)]),
    ]);
    const line = chartOf(card, 'Chart.Line');
    const series = line.data as Array<{ values: unknown[] }>;
    expect(series).toHaveLength(3);
    for (const s of series) expect(s.values).toHaveLength(28);
  });

  it('when the customer has no usage-based subscription, then a notice says so instead of an empty chart', async () => {
    const card = onlyCard(await agent.conversation().say('usage for Tailspin Toys'));
    expect(textsOf(card)[0]).toBe('Tailspin Toys has no usage-based subscriptions');
  });
});

describe('usage.subscription', () => {
  it("when the user asks for Contoso Ltd's Azure plan in February, then the card is that subscription's metered usage and the subscription becomes the context", async () => {
    const contoso = customer('Contoso Ltd');
    const azure = (await subscriptionsOf(contoso.id)).find((s) => s.offerName === 'Azure plan')!;
    const records = await utilization(
      contoso.id,
      azure.id,
      '2026-02-01T00:00:00Z',
      '2026-03-01T00:00:00Z',
    );
    const chat = agent.conversation();

    const card = onlyCard(await chat.say("usage of Contoso Ltd's Azure plan in February"));
    const texts = textsOf(card);
    expect(texts[0]).toBe('Usage of Azure plan');
    expect(texts[1]).toBe('Daily utilization, February 2026');
    expect(texts[2]).toContain('Subscription of Contoso Ltd.');
    expect(tableRowsOf(card).slice(1)).toEqual(
      totalsByResource(records)
        .slice(0, 10)
        .map((t) => [t.name, t.service, quantity(t.q, t.unit)]),
    );
    const daily = button(card, 'Daily Azure usage');
    expect(daily.data).toMatchObject({
      intent: 'usage.azure',
      entities: { customer: contoso.id, subscription: azure.id },
    });

    // No customer, no subscription: both come from the context the first answer set.
    const again = await chat.press({
      type: 'Action.Execute',
      title: 'again',
      verb: 'intent',
      data: { intent: 'usage.subscription', entities: {} },
    });
    expect(again.status).toBe(200);
    const followUp = checked(again.body.value!);
    expect(textsOf(followUp)[0]).toBe('Usage of Azure plan');
    expect(textsOf(followUp)[1]).toBe('Cost month to date, this month (2026-03-01 – 2026-03-15)');
  });

  it("when the user asks for Contoso Ltd's Azure plan in October (the INTENTS example), before the plan started, then the card says there was no usage and when it started", async () => {
    const contoso = customer('Contoso Ltd');
    const azure = (await subscriptionsOf(contoso.id)).find((s) => s.offerName === 'Azure plan')!;
    const started = (azure as WireSubscription & { effectiveStartDate: string }).effectiveStartDate;
    expect(started.slice(0, 10) > '2025-10-31').toBe(true);
    const card = onlyCard(
      await agent.conversation().say("usage of Contoso Ltd's Azure plan in October"),
    );
    const texts = textsOf(card);
    expect(texts[1]).toBe('Daily utilization, October 2025');
    expect(texts[2]).toBe(`Subscription of Contoso Ltd. It started on ${started.slice(0, 10)}.`);
    expect(texts).toContain('Azure recorded no usage for October 2025.');
  });

  it('when the subscription named is licence-based, then a notice says it has no usage and offers the Azure plan', async () => {
    const card = onlyCard(
      await agent.conversation().say("usage of Contoso Ltd's Microsoft 365 E3"),
    );
    expect(textsOf(card)[0]).toBe('Microsoft 365 E3 has no usage');
    expect(actionsOf(card).map((a) => a.title)).toEqual(['Azure plan', 'Subscriptions']);
  });

  it('when no subscription has the name, then a notice says so and lists the usage-based ones', async () => {
    const card = onlyCard(
      await agent.conversation().say("usage of Contoso Ltd's Dynamics 365 Finance"),
    );
    expect(textsOf(card)[0]).toBe('No such subscription');
    expect(actionsOf(card)[0]?.title).toBe('Azure plan');
  });
});

describe('usage.azure', () => {
  it("when the user asks for Fabrikam's daily Azure utilization this month, then the legacy Azure subscription's records are summed per resource as in the sandbox", async () => {
    const fabrikam = customer('Fabrikam Inc');
    const [legacy] = await usageSubscriptions(fabrikam.id);
    expect(legacy?.offerId).toBe('MS-AZR-0145P');
    const records = await utilization(
      fabrikam.id,
      legacy!.id,
      '2026-03-01T00:00:00Z',
      TEST_NOW.toISOString(),
    );

    const card = onlyCard(
      await agent.conversation().say('daily Azure utilization for Fabrikam this month'),
    );
    const texts = textsOf(card);
    expect(texts[0]).toBe('Azure utilization of Fabrikam Inc');
    expect(texts[1]).toBe('Daily utilization, this month (2026-03-01 – 2026-03-15)');
    expect(texts).toContain(`Records: ${records.length}`);
    expect(tableRowsOf(card).slice(1)).toEqual(
      totalsByResource(records)
        .slice(0, 10)
        .map((t) => [t.name, t.service, quantity(t.q, t.unit)]),
    );
    const series = chartOf(card, 'Chart.Line').data as Array<{
      values: Array<{ x: string; y: number }>;
    }>;
    // 1st … 15th: the 15th has no complete day yet, so it is 0.
    expect(series[0]?.values).toHaveLength(15);
    expect(series[0]?.values.at(-1)).toEqual({ x: '03-15', y: 0 });
  });

  it('when 90 days are asked for the customer with the most Azure usage, daily and hourly, then both cards aggregate every record and stay under 28 KB', async () => {
    const start = '2025-12-15T00:00:00Z';
    const end = '2026-03-15T00:00:00Z';
    let most: { name: string; records: WireUtilization[] } | undefined;
    for (const [name, c] of customers) {
      const records: WireUtilization[] = [];
      for (const s of await usageSubscriptions(c.id))
        records.push(...(await utilization(c.id, s.id, start, end)));
      if (!most || records.length > most.records.length) most = { name, records };
    }
    expect(most!.records.length).toBeGreaterThan(500);

    const daily = onlyCard(
      await agent.conversation().say(`daily Azure usage for ${most!.name} last 90 days`),
    );
    expect(textsOf(daily)[1]).toBe('Daily utilization, 2025-12-15 – 2026-03-14');
    expect(textsOf(daily)).toContain(`Records: ${most!.records.length.toLocaleString('en-US')}`);
    const lines = chartOf(daily, 'Chart.Line').data as Array<{ values: unknown[] }>;
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(l.values).toHaveLength(90);
    const rows = tableRowsOf(daily).slice(1);
    expect(rows).toEqual(
      totalsByResource(most!.records)
        .slice(0, 10)
        .map((t) => [t.name, t.service, quantity(t.q, t.unit)]),
    );

    const hourly = onlyCard(
      await agent.conversation().say(`hourly Azure utilization for ${most!.name} last 90 days`),
    );
    expect(textsOf(hourly)[1]).toBe('Hourly utilization, 2025-12-15 – 2026-03-14');
    expect(textsOf(hourly)).toContain(
      `Records: ${(most!.records.length * 24).toLocaleString('en-US')}`,
    );
    const hourlyLines = chartOf(hourly, 'Chart.Line').data as Array<{ values: unknown[] }>;
    for (const l of hourlyLines) expect(l.values).toHaveLength(90);
  }, 120_000);

  it('when Partner Center answers 204 with Retry-After, then the agent says the data is not ready and when to try again, and "Try again" then shows the usage', async () => {
    await clearFaults();
    await addFault({
      route: 'GET /v1/customers/:customerId/subscriptions/:subscriptionId/utilizations/azure',
      kind: 'notReady',
      retryAfterSeconds: 120,
      times: 1,
    });
    try {
      const chat = agent.conversation();
      const card = onlyCard(await chat.say('daily Azure utilization for Contoso Ltd this month'));
      const texts = textsOf(card);
      expect(texts[0]).toBe('Usage data is not ready yet');
      expect(texts[1]).toContain('Try again in 2 minutes');
      expect(texts.join(' ')).not.toMatch(/error|went wrong/i);
      const retry = button(card, 'Try again');
      const pressed = await chat.press(retry);
      expect(pressed.status).toBe(200);
      const usage = checked(pressed.body.value!);
      expect(textsOf(usage)[0]).toBe('Azure utilization of Contoso Ltd');
    } finally {
      await clearFaults();
    }
  });
});

describe('usage.report', () => {
  it("when the user asks for Contoso Ltd's monthly usage report, then the facts match the sandbox's month to date and the table totals each service", async () => {
    const contoso = customer('Contoso Ltd');
    const [azure] = await usageSubscriptions(contoso.id);
    const records = await utilization(
      contoso.id,
      azure!.id,
      '2026-03-01T00:00:00Z',
      TEST_NOW.toISOString(),
    );
    const billed = await pc.get<WireCollection<{ totalCost: number }>>(
      `/v1/customers/${contoso.id}/subscriptions/usagerecords`,
    );
    const resources = await pc.get<WireCollection<WireResourceUsage>>(
      `/v1/customers/${contoso.id}/subscriptions/${azure!.id}/resourceusagerecords`,
    );

    const card = onlyCard(await agent.conversation().say('monthly usage report for Contoso Ltd'));
    const texts = textsOf(card);
    expect(texts[0]).toBe('Usage report: Contoso Ltd');
    expect(texts).toContain('Period: 2026-03-01 – 2026-03-15');
    expect(texts).toContain(
      `Cost month to date: ${money(
        billed.body.items.reduce((n, r) => n + r.totalCost, 0),
        resources.body.items[0]!.currencyCode,
      )}`,
    );
    const totals = totalsByResource(records);
    expect(texts).toContain(`Resources metered: ${totals.length}`);
    expect(texts).toContain(`Utilization records: ${records.length}`);
    const byService = new Map<string, { n: number; q: number; unit: string }>();
    for (const r of records) {
      const key = `${r.resource.category}|${r.unit}`;
      const g = byService.get(key) ?? { n: 0, q: 0, unit: r.unit };
      g.q += r.quantity;
      byService.set(key, g);
    }
    for (const t of totals) byService.get(`${t.service.split(' · ')[0]}|${t.unit}`)!.n += 1;
    const rows = tableRowsOf(card);
    expect(rows[0]).toEqual(['Service', 'Resources', 'Quantity']);
    expect(rows.slice(1).sort()).toEqual(
      [...byService.entries()]
        .map(([key, g]) => [key.split('|')[0]!, String(g.n), quantity(g.q, g.unit)])
        .sort(),
    );
    expect(chartOf(card, 'Chart.Line')).toBeDefined();
  });

  it('when the report is for a past month, then it covers that whole month and says costs are for the current month only', async () => {
    const card = onlyCard(
      await agent.conversation().say('usage report for Woodgrove Bank for January'),
    );
    const texts = textsOf(card);
    expect(texts[1]).toBe('January 2026');
    expect(texts).toContain('Period: 2026-01-01 – 2026-01-31');
    expect(texts).toContain('Costs are given for the current month only.');
    expect(texts.some((t) => t.startsWith('Cost month to date'))).toBe(false);
  });
});
