import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPartnerCenterClient,
  StaticTokenProvider,
} from '../../../src/partner-center/index.js';
import { silentLogger } from '../../../src/shared/logger.js';
import { createRenewalIndex } from '../../../src/skills/renewals/renewal-index.js';
import {
  actionsOf,
  cardsOf,
  startTestAgent,
  tableRowsOf,
  textsOf,
  type TestAgent,
} from '../../helpers/agent.js';
import {
  createApi,
  findCustomerId,
  findSubscription,
  startTestSandbox,
  TEST_NOW,
  type WireCollection,
  type WireCustomer,
  type WireSubscription,
} from '../../helpers/sandbox.js';
import { validateCard } from '../../helpers/validate-card.js';

/** Every active or suspended subscription with a real term end in [start, end], read the slow way. */
async function renewalsInSandbox(url: string, start: string, end: string) {
  const pc = createApi(url);
  const customers = await pc.get<WireCollection<WireCustomer>>('/v1/customers?size=500');
  const out: string[] = [];
  for (const c of customers.body.items) {
    const subs = await pc.get<WireCollection<WireSubscription>>(
      `/v1/customers/${c.id}/subscriptions`,
    );
    for (const s of subs.body.items) {
      const day = s.commitmentEndDate.slice(0, 10);
      if ((s.status === 'active' || s.status === 'suspended') && day >= start && day <= end)
        out.push(`${day} ${c.companyProfile.companyName} ${s.offerName}`);
    }
  }
  return out.sort();
}

describe('subscriptions.renewals through the agent', () => {
  let agent: TestAgent;
  beforeAll(async () => {
    agent = await startTestAgent();
  });
  afterAll(() => agent?.close());

  it('when the user asks for renewals in the next 30 days, then every renewing subscription of every customer is listed, soonest first', async () => {
    const chat = agent.conversation();
    const [card] = cardsOf(await chat.say('which subscriptions renew in the next 30 days?'));
    expect(validateCard(card!).errors).toEqual([]);
    // TEST_NOW is 2026-03-15: the next 30 days are 03-15 .. 04-13.
    expect(textsOf(card)[0]).toBe('Renewals from 2026-03-15 to 2026-04-13');
    const expected = await renewalsInSandbox(agent.host.sandbox!.url, '2026-03-15', '2026-04-13');
    expect(expected.length).toBeGreaterThan(20);
    expect(textsOf(card)[1]).toBe(`${expected.length} subscriptions, soonest first · showing 1–20`);

    const rows = tableRowsOf(card).slice(1);
    const more = cardsOf(await chat.say('show more'));
    rows.push(...tableRowsOf(more[0]).slice(1));
    const shown = rows.map((r) => `${r[0]} ${r[1]} ${r[2]}`);
    expect([...shown].sort()).toEqual(expected);
    expect(shown).toEqual([...shown].sort((a, b) => a.slice(0, 10).localeCompare(b.slice(0, 10))));
    expect(actionsOf(card).map((a) => a.title)).toContain('Download CSV');
  });

  it('when the user asks for renewals "this month", then the window runs from today to the month end', async () => {
    const [card] = cardsOf(await agent.conversation().say('upcoming renewals this month'));
    expect(textsOf(card)[0]).toBe('Renewals from 2026-03-15 to 2026-03-31');
  });

  it('when a month already past this year is named, then the next one is shown and said', async () => {
    const [card] = cardsOf(await agent.conversation().say('renewals in January'));
    expect(textsOf(card)[0]).toBe('Renewals from 2027-01-01 to 2027-01-31');
    expect(textsOf(card)).toContain('Showing 2027-01, the next one to come.');
  });
});

describe('the renewal index', () => {
  it('when a subscription changes after the index was built, then the next question after the sync interval sees the change, reading only that customer again', async () => {
    const sandbox = await startTestSandbox({ now: TEST_NOW, customers: 30 });
    try {
      const client = createPartnerCenterClient({
        baseUrl: sandbox.url,
        tokenProvider: new StaticTokenProvider('t'),
      });
      let now = TEST_NOW.getTime();
      const index = createRenewalIndex({
        client,
        logger: silentLogger,
        now: () => new Date(now),
        settings: { syncAfterMs: 60_000 },
      });
      const window = { start: '2026-03-15', end: '2027-03-15' };
      const first = await index.query(window);
      expect(first.status.state).toBe('ready');
      expect(first.status.customersIndexed).toBe(41);

      const api = createApi(sandbox.url);
      const contoso = await findCustomerId(api, 'Contoso Ltd');
      const e3 = await findSubscription(api, contoso, 'Microsoft 365 E3');
      expect(first.entries.find((e) => e.subscriptionId === e3.id)?.autoRenewEnabled).toBe(true);
      const patched = await api.patch(`/v1/customers/${contoso}/subscriptions/${e3.id}`, {
        ...e3,
        autoRenewEnabled: false,
      });
      expect(patched.status).toBe(200);

      const before = sandbox.sandbox.stats.snapshot().requests;
      now += 61_000;
      const second = await index.query(window);
      expect(second.entries.find((e) => e.subscriptionId === e3.id)?.autoRenewEnabled).toBe(false);
      const after = sandbox.sandbox.stats.snapshot().requests;
      const reads = (key: string) => (after[key] ?? 0) - (before[key] ?? 0);
      expect(reads('GET /v1/auditrecords')).toBe(1);
      expect(reads('GET /v1/customers/:customerId/subscriptions')).toBe(1);
      expect(reads('GET /v1/customers')).toBe(0);
    } finally {
      await sandbox.close();
    }
  });
});

describe('the renewal index across restarts', () => {
  it('when the agent restarts on the same state and sandbox files, then renewals come from the stored index without reading every customer again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-renewals-'));
    const env = {
      SANDBOX_CUSTOMERS: '20',
      SANDBOX_DB: join(dir, 'sandbox.db'),
      STATE_DB_PATH: join(dir, 'state.db'),
    };
    try {
      const first = await startTestAgent(env, { storage: undefined });
      const [before] = cardsOf(await first.conversation().say('renewals in the next 30 days'));
      await first.close();

      const second = await startTestAgent(env, { storage: undefined });
      try {
        const [after] = cardsOf(await second.conversation().say('renewals in the next 30 days'));
        expect(tableRowsOf(after)).toEqual(tableRowsOf(before));
        const requests = second.host.sandbox!.sandbox.stats.snapshot().requests;
        expect(requests['GET /v1/customers/:customerId/subscriptions'] ?? 0).toBe(0);
        expect(requests['GET /v1/customers'] ?? 0).toBe(0);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
