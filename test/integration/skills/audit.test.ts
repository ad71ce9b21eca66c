import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CARD_BYTES } from '../../../src/cards/render.js';
import { AUDIT_PAGE_SIZE } from '../../../src/skills/audit.js';
import {
  createAuditLog,
  createSqliteDatabase,
  type AuditEntryInput,
  type SqliteDatabase,
} from '../../../src/state/index.js';
import {
  actionsOf,
  cardsOf,
  startTestAgent,
  tableRowsOf,
  textsOf,
  type Card,
  type TestAgent,
} from '../../helpers/agent.js';
import {
  createApi,
  findCustomerId,
  findSubscription,
  TEST_NOW,
  type PcApi,
  type WireCollection,
} from '../../helpers/sandbox.js';
import { validateCard } from '../../helpers/validate-card.js';

interface WireAuditRecord {
  customerId?: string;
  customerName?: string;
  userPrincipalName?: string;
  operationType: string;
  operationDate: string;
  operationStatus: string;
}

const HEADER = ['When (UTC)', 'Who', 'What', 'Customer', 'Outcome', 'Source'];
const HEADER_ONE_CUSTOMER = ['When (UTC)', 'Who', 'What', 'Outcome', 'Source'];

let agent: TestAgent;
let api: PcApi;
let db: SqliteDatabase;
let dir: string;
let contoso: string;
let fabrikam: string;

/** Appends to the agent's own log at a chosen time, through a second connection to its file. */
async function appendAt(at: string, input: AuditEntryInput): Promise<void> {
  await createAuditLog(db, { now: () => Date.parse(at) }).append(input);
}

/** Partner Center's records of a period (the sandbox's own truth), newest first. */
async function partnerCenterRecords(
  start: string,
  end: string,
  customerId?: string,
): Promise<WireAuditRecord[]> {
  const filter = customerId
    ? `&filter=${encodeURIComponent(JSON.stringify({ Field: 'CustomerId', Value: customerId, Operator: 'equals' }))}`
    : '';
  const res = await api.get<WireCollection<WireAuditRecord>>(
    `/v1/auditrecords?startDate=${start}&endDate=${end}&size=500${filter}`,
  );
  expect(res.status).toBe(200);
  expect(res.body.links.next).toBeUndefined();
  return res.body.items;
}

function expectValid(card: Card | undefined): asserts card is Card {
  expect(card).toBeDefined();
  const result = validateCard(card!);
  expect(result.errors).toEqual([]);
  expect(result.bytes).toBeLessThan(MAX_CARD_BYTES);
  expect(JSON.stringify(card)).not.toContain('${');
}

const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pc-agent-audit-'));
  const file = join(dir, 'state.db');
  // The agent's clock is the sandbox's (TEST_NOW, then running), as both are real ones in production.
  agent = await startTestAgent(
    { STATE_DB_PATH: file },
    { storage: undefined, now: () => agent?.host.sandbox?.sandbox.clock() ?? TEST_NOW },
  );
  api = createApi(agent.host.sandbox!.url);
  // WAL lets the test write the agent's audit log while the agent has the file open.
  db = createSqliteDatabase(file);
  contoso = await findCustomerId(api, 'Contoso Ltd');
  fabrikam = await findCustomerId(api, 'Fabrikam Inc');
  const megan = { userId: 'aad-megan', userName: 'Megan Bowen', role: 'AdminAgent' };
  await appendAt('2026-03-15T08:59:00Z', {
    ...megan,
    intent: 'subscriptions.setQuantity',
    outcome: 'proposed',
    customerId: contoso,
    customerName: 'Contoso Ltd',
    target: 'Office 365 E1',
  });
  await appendAt('2026-03-15T09:00:00Z', {
    ...megan,
    intent: 'subscriptions.setQuantity',
    outcome: 'succeeded',
    customerId: contoso,
    customerName: 'Contoso Ltd',
    target: 'Office 365 E1',
    before: { quantity: 10 },
    after: { quantity: 12 },
  });
  await appendAt('2026-03-14T16:30:00Z', {
    userId: 'aad-alex',
    userName: 'Alex Wilber',
    role: 'HelpdeskAgent',
    intent: 'users.delete',
    outcome: 'denied',
    customerId: fabrikam,
    customerName: 'Fabrikam Inc',
    target: 'jane@fabrikam.onmicrosoft.com',
    detail: 'missing write:users',
  });
  // 25 more for Contoso on one day: its recent changes take two cards.
  for (let i = 0; i < 25; i++) {
    await appendAt(
      `2026-03-11T${String(8 + Math.floor(i / 4)).padStart(2, '0')}:${String((i % 4) * 15).padStart(2, '0')}:00Z`,
      {
        ...megan,
        intent: 'subscriptions.rename',
        outcome: i % 5 === 0 ? 'cancelled' : 'succeeded',
        customerId: contoso,
        customerName: 'Contoso Ltd',
        target: `Subscription ${i + 1}`,
      },
    );
  }
  // Older than Partner Center's 90 days.
  await appendAt('2025-11-20T10:00:00Z', {
    ...megan,
    intent: 'customers.billingProfile.update',
    outcome: 'succeeded',
    customerId: fabrikam,
    customerName: 'Fabrikam Inc',
  });
  // A change in Partner Center today, made by another tool: its activity log records it.
  const e1 = await findSubscription(api, contoso, 'Office 365 E1');
  const patched = await api.patch(
    `/v1/customers/${contoso}/subscriptions/${e1.id}`,
    { Quantity: e1.quantity + 2 },
    { headers: { 'If-Match': e1.attributes.etag } },
  );
  expect(patched.status).toBe(200);
}, 120_000);

afterAll(async () => {
  db?.close();
  await agent?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('audit.list', () => {
  it('when asked "what changed today", then one table shows today\'s agent entries and Partner Center records of every customer, newest first', async () => {
    const [card] = cardsOf(await agent.conversation().say('what changed today'));
    expectValid(card);
    const records = await partnerCenterRecords('2026-03-15', '2026-03-15');
    expect(records).toHaveLength(1);
    const e1 = await findSubscription(api, contoso, 'Office 365 E1');
    expect(tableRowsOf(card)).toEqual([
      HEADER,
      [
        when(records[0]!.operationDate),
        'admin@treyresearch.onmicrosoft.com',
        `Update subscription: Office 365 E1 (Quantity ${e1.quantity - 2} → ${e1.quantity})`,
        'Contoso Ltd',
        'Succeeded',
        'Partner Center',
      ],
      [
        '2026-03-15 09:00',
        'Megan Bowen',
        'Change seats: Office 365 E1 (Quantity 10 → 12)',
        'Contoso Ltd',
        'Succeeded',
        'Agent',
      ],
      [
        '2026-03-15 08:59',
        'Megan Bowen',
        'Change seats: Office 365 E1',
        'Contoso Ltd',
        'Proposed',
        'Agent',
      ],
    ]);
    const texts = textsOf(card);
    expect(texts[0]).toBe('Recent changes');
    expect(texts[1]).toBe('3 changes on 2026-03-15: 2 through the agent, 1 in Partner Center');
    // One card holds it all: no paging, no download; a wider look is one press away.
    expect(actionsOf(card).map((a) => a.title)).toEqual(['Last 30 days']);
  });

  it('when no period is given, then the last 7 days ending today are shown, merging both logs of every customer', async () => {
    const [card] = cardsOf(await agent.conversation().say('what changed recently'));
    expectValid(card);
    const records = await partnerCenterRecords('2026-03-09', '2026-03-15');
    const agentEntries = 2 + 1 + 25;
    const total = records.length + agentEntries;
    expect(textsOf(card)[1]).toBe(
      `${total} changes from 2026-03-09 to 2026-03-15: ${agentEntries} through the agent, ${records.length} in Partner Center · showing 1–${AUDIT_PAGE_SIZE}`,
    );
    const rows = tableRowsOf(card).slice(1);
    expect(rows).toHaveLength(AUDIT_PAGE_SIZE);
    const times = rows.map((r) => r[0]!);
    expect([...times].sort().reverse()).toEqual(times);
    // Fabrikam's denied delete, yesterday, sits between today's rows and the older ones.
    expect(rows).toContainEqual([
      '2026-03-14 16:30',
      'Alex Wilber',
      expect.stringMatching(/: jane@fabrikam\.onmicrosoft\.com$/),
      'Fabrikam Inc',
      'Denied',
      'Agent',
    ]);
  });

  it('when a customer is named, then only its changes are shown, every page continues with "Show more" without gaps or repeats, and the CSV holds them all', async () => {
    const chat = agent.conversation();
    // Several customers start with "Contoso": the usual choice card, a button each.
    const [choose] = cardsOf(await chat.say('show recent changes for Contoso'));
    expectValid(choose);
    const pick = actionsOf(choose).find((a) => a.title.startsWith('Contoso Ltd'));
    expect(pick).toBeDefined();
    const picked = await chat.press(pick!);
    expect(picked.status).toBe(200);
    const first = picked.body.value!;
    expectValid(first);
    const records = await partnerCenterRecords('2026-03-09', '2026-03-15', contoso);
    expect(records.every((r) => r.customerId === contoso)).toBe(true);
    const total = records.length + 27;
    expect(textsOf(first)[0]).toBe('Changes at Contoso Ltd');
    expect(tableRowsOf(first)[0]).toEqual(HEADER_ONE_CUSTOMER);

    const seen: string[][] = tableRowsOf(first).slice(1);
    let card: Card = first;
    for (let page = 2; ; page++) {
      const more = actionsOf(card).find((a) => a.title === 'Show more');
      if (!more) break;
      const { status, body } = await chat.press(more);
      expect(status).toBe(200);
      card = body.value!;
      expectValid(card);
      expect(textsOf(card)[0]).toBe('Changes at Contoso Ltd');
      seen.push(...tableRowsOf(card).slice(1));
      expect(page).toBeLessThan(10);
    }
    expect(seen).toHaveLength(total);
    expect(seen.filter((r) => r[4] === 'Partner Center').map((r) => r[0])).toEqual(
      records.map((r) => when(r.operationDate)),
    );
    expect(seen.filter((r) => r[4] === 'Agent')).toHaveLength(27);
    const times = seen.map((r) => r[0]!);
    expect([...times].sort().reverse()).toEqual(times);

    const download = actionsOf(first).find((a) => a.title === 'Download CSV') as
      { url?: string } | undefined;
    expect(download?.url).toBeDefined();
    const res = await fetch(download!.url!);
    expect(res.status).toBe(200);
    const lines = (await res.text()).trim().split(/\r?\n/);
    expect(lines[0]).toBe('When (UTC),Source,Who,What,Customer,Customer id,Outcome,Correlation id');
    expect(lines).toHaveLength(total + 1);
    expect(lines.slice(1).every((l) => l.includes(contoso))).toBe(true);
  });

  it("when the period reaches back past Partner Center's 90 days, then the card says so, and still shows the agent's older entries", async () => {
    const [card] = cardsOf(
      await agent.conversation().say('show changes for Fabrikam between 2025-11-01 and 2025-12-31'),
    );
    expectValid(card);
    expect(textsOf(card)).toContain(
      'Partner Center keeps its activity log for 90 days: its records start on 2025-12-16.',
    );
    const records = await partnerCenterRecords('2025-12-16', '2025-12-31', fabrikam);
    const rows = tableRowsOf(card).slice(1);
    expect(rows.filter((r) => r[4] === 'Partner Center').map((r) => r[0])).toEqual(
      records.map((r) => when(r.operationDate)),
    );
    expect(rows.filter((r) => r[4] === 'Agent')).toEqual([
      ['2025-11-20 10:00', 'Megan Bowen', expect.any(String), 'Succeeded', 'Agent'],
    ]);
  });

  it('when nothing changed in the period, then the card says so plainly', async () => {
    const [card] = cardsOf(
      await agent.conversation().say('show changes for Fabrikam between 2026-01-01 and 2026-01-02'),
    );
    expectValid(card);
    expect(await partnerCenterRecords('2026-01-01', '2026-01-02', fabrikam)).toEqual([]);
    expect(tableRowsOf(card)).toEqual([]);
    expect(textsOf(card)).toContain(
      "Nothing changed at Fabrikam Inc from 2026-01-01 to 2026-01-02, in the agent's log or in Partner Center.",
    );
  });

  it('when a log has more changes than the agent reads for a card, then the card says from when it shows them, and the CSV still has all', async () => {
    for (let i = 0; i < 505; i++) {
      const at = new Date(Date.parse('2026-02-01T10:00:00Z') + i * 60_000).toISOString();
      await appendAt(at, {
        userId: 'aad-megan',
        userName: 'Megan Bowen',
        intent: 'subscriptions.rename',
        outcome: 'succeeded',
        customerId: fabrikam,
        customerName: 'Fabrikam Inc',
        target: `Subscription ${i}`,
      });
    }
    expect(await partnerCenterRecords('2026-02-01', '2026-02-01', fabrikam)).toEqual([]);
    const [card] = cardsOf(
      await agent
        .conversation()
        .say('show changes for Fabrikam Inc between 2026-02-01 and 2026-02-01'),
    );
    expectValid(card);
    const texts = textsOf(card);
    expect(texts[1]).toBe(
      '500 changes on 2026-02-01: 500 through the agent, 0 in Partner Center · showing 1–20',
    );
    expect(texts).toContain(
      'More than 500 changes: showing those since 2026-02-01 10:05 UTC. Ask for a shorter period to see older ones.',
    );
    expect(tableRowsOf(card)[1]?.[0]).toBe('2026-02-01 18:24');
    const download = actionsOf(card).find((a) => a.title === 'Download CSV') as { url?: string };
    const csv = await (await fetch(download.url!)).text();
    expect(csv.trim().split(/\r?\n/)).toHaveLength(505 + 1);
  });

  it('when the largest period is asked for every customer, then each card stays valid and under 28 KB', async () => {
    const [card] = cardsOf(
      await agent.conversation().say('show the activity log for the last 90 days'),
    );
    expectValid(card);
    expect(tableRowsOf(card)).toHaveLength(AUDIT_PAGE_SIZE + 1);
  });
});
