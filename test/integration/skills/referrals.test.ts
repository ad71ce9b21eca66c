import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPartnerCenterClient,
  StaticTokenProvider,
} from '../../../src/partner-center/index.js';
import { silentLogger } from '../../../src/shared/logger.js';
import { referralsExports, referralsSkills } from '../../../src/skills/referrals.js';
import type { SkillServices } from '../../../src/skills/services.js';
import type { Skill, SkillRequest } from '../../../src/skills/skill.js';
import {
  actionsOf,
  startTestAgent,
  tableRowsOf,
  textsOf,
  type TestAgent,
  onlyCard,
} from '../../helpers/agent.js';
import { createApi, type PcApi } from '../../helpers/sandbox.js';
import { createScriptedFetch, type RecordedCall } from '../../helpers/scripted-fetch.js';
import { validateCard } from '../../helpers/validate-card.js';

// referrals.list / show through the real agent against its sandbox's Partner API
// (`/v1.0/engagements/referrals`, OData paging); expectations come from the sandbox's referrals.
let agent: TestAgent;
let pc: PcApi;

const MAX_CARD_BYTES = 28 * 1024;

interface WireReferral {
  id: string;
  name: string;
  status: string;
  substatus: string;
  createdDateTime: string;
  type: string;
  customerProfile: { name: string; address: { city: string } };
  details: { dealValue: number; currency: string; notes: string };
}

async function referrals(filter?: string): Promise<WireReferral[]> {
  const query = `$top=100&$orderby=createdDateTime desc${filter ? `&$filter=${filter}` : ''}`;
  const res = await pc.get<{ value: WireReferral[] }>(
    `/v1.0/engagements/referrals?${encodeURI(query)}`,
  );
  expect(res.status).toBe(200);
  return res.body.value;
}

const money = (r: WireReferral) =>
  new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: r.details.currency,
    maximumFractionDigits: 0,
  }).format(r.details.dealValue);

beforeAll(async () => {
  // Loads jsdom + adaptivecards now: that first load blocks the event loop for seconds, and an
  // idle keep-alive socket to the sandbox can then be reset under the next request (ECONNRESET).
  validateCard({ type: 'AdaptiveCard', version: '1.5', body: [] });
  agent = await startTestAgent();
  pc = createApi(agent.host.sandbox!.url);
});
afterAll(() => agent?.close());

describe('co-sell referrals', () => {
  it('when the user lists referrals, then every sandbox referral is a row, newest first, with status, substatus, value, date and short id', async () => {
    const all = await referrals();
    const card = onlyCard(await agent.conversation().say('list referrals'));
    expect(textsOf(card).slice(0, 2)).toEqual([
      'Co-sell referrals',
      `${all.length} referrals · newest first`,
    ]);
    expect(tableRowsOf(card)).toEqual([
      ['Referral', 'Status', 'Substatus', 'Deal value', 'Created', 'Id'],
      ...all.map((r) => [
        r.name,
        r.status,
        r.substatus,
        money(r),
        r.createdDateTime.slice(0, 10),
        r.id.slice(0, 8),
      ]),
    ]);
    // One card holds them all: no paging, no download; status filters instead.
    expect(actionsOf(card).map((a) => a.title)).toEqual([
      'New referrals',
      'Active referrals',
      'Closed referrals',
    ]);
  });

  it("when the user asks for new co-sell referrals, then only the sandbox's New referrals are listed", async () => {
    const fresh = await referrals("status eq 'New'");
    expect(fresh.length).toBeGreaterThan(0);
    const card = onlyCard(await agent.conversation().say('show new co-sell referrals'));
    expect(textsOf(card)[0]).toBe('Co-sell referrals: new');
    expect(
      tableRowsOf(card)
        .slice(1)
        .map((r) => r[5]),
    ).toEqual(fresh.map((r) => r.id.slice(0, 8)));
    expect(actionsOf(card).map((a) => a.title)).toEqual(['All referrals']);
  });

  it('when the user asks for my active referrals, then only Active ones are listed', async () => {
    const active = await referrals("status eq 'Active'");
    const card = onlyCard(await agent.conversation().say('my active referrals'));
    expect(
      tableRowsOf(card)
        .slice(1)
        .map((r) => [r[0], r[1]]),
    ).toEqual(active.map((r) => [r.name, 'Active']));
  });

  it('when the user asks for won referrals, then the substatus filters them', async () => {
    const won = await referrals("substatus eq 'Won'");
    const card = onlyCard(await agent.conversation().say('show won referrals'));
    expect(
      tableRowsOf(card)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(won.map((r) => r.name));
  });

  it('when the user opens a referral by its full id, then its facts match the sandbox and only navigation buttons are offered', async () => {
    const [r] = await referrals();
    const card = onlyCard(await agent.conversation().say(`open referral ${r!.id}`));
    const texts = textsOf(card);
    expect(texts[0]).toBe(r!.name);
    expect(texts).toContain(`Customer: ${r!.customerProfile.name}`);
    expect(texts).toContain(`Status: ${r!.status}`);
    expect(texts).toContain(`Substatus: ${r!.substatus}`);
    expect(texts).toContain(`Deal value: ${money(r!)}`);
    expect(texts).toContain(`Notes: ${r!.details.notes}`);
    expect(texts).toContain(`Referral id: ${r!.id}`);
    expect(actionsOf(card).map((a) => a.title)).toEqual([
      'All referrals',
      `${r!.status} referrals`,
    ]);
  });

  it('when the user opens a referral by the short id the list shows, then that referral is found', async () => {
    const all = await referrals();
    const target = all[4]!;
    const card = onlyCard(await agent.conversation().say(`open referral ${target.id.slice(0, 8)}`));
    expect(textsOf(card)).toContain(`Referral id: ${target.id}`);
  });

  it('when the user opens referral 1a2b3c and none has that id, then a notice says so with "All referrals"', async () => {
    const all = await referrals();
    expect(all.some((r) => r.id.startsWith('1a2b3c'))).toBe(false);
    const card = onlyCard(await agent.conversation().say('open referral 1a2b3c'));
    expect(textsOf(card)[0]).toBe('No referral 1a2b3c');
    const pressed = await agent.conversation().press(actionsOf(card)[0]!);
    expect(textsOf(pressed.body.value)[0]).toBe('Co-sell referrals');
  });

  it("when a full referral id is unknown, then the Partner API's 404 becomes a notice", async () => {
    const card = onlyCard(
      await agent.conversation().say('open referral 00000000-0000-4000-8000-000000000000'),
    );
    expect(textsOf(card)[0]).toBe('No referral 00000000-0000-4000-8000-000000000000');
  });
});

describe('co-sell referrals longer than one card', () => {
  // The seeded sandbox holds 12 referrals and has no create route, so a scripted Partner API
  // (the real client over a scripted fetch) serves 45, paged with $top and $skiptoken.
  const BASE = 'https://partner.test';
  const many = Array.from({ length: 45 }, (_, i) => ({
    id: `${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`,
    name: `Referral ${i + 1} - ${'Long customer name '.repeat(8)}`,
    status: 'New',
    substatus: 'Pending',
    createdDateTime: new Date(Date.UTC(2026, 2, 15) - i * 86_400_000).toISOString(),
    details: { dealValue: 1000 * (i + 1), currency: 'USD' },
  }));
  const answer = (call: RecordedCall) => {
    const url = new URL(call.url);
    const offset = Number(url.searchParams.get('$skiptoken') ?? 0);
    const top = Number(url.searchParams.get('$top') ?? 20);
    const size = url.searchParams.get('$skiptoken') ? Number(url.searchParams.get('top')) : top;
    const page = many.slice(offset, offset + size);
    const next = offset + size < many.length;
    return {
      body: {
        value: page,
        ...(next
          ? {
              '@odata.nextLink': `${BASE}/v1.0/engagements/referrals?$skiptoken=${offset + size}&top=${size}`,
            }
          : {}),
      },
    };
  };

  function requestFor(services: SkillServices, over: Partial<SkillRequest> = {}): SkillRequest {
    return {
      intent: 'referrals.list',
      entities: {},
      text: 'list referrals',
      user: { id: 'user-1' },
      conversationId: 'conversation-1',
      privateReply: true,
      context: {},
      correlationId: '00000000-0000-0000-0000-000000000002',
      services,
      ...over,
    };
  }

  it('when there are 45 referrals, then cards of 20 page with "Show more" and "Download CSV", and the export has all 45', async () => {
    const scripted = createScriptedFetch(Array.from({ length: 20 }, () => answer));
    const client = createPartnerCenterClient({
      baseUrl: BASE,
      partnerApiBaseUrl: BASE,
      tokenProvider: new StaticTokenProvider('t'),
      fetch: scripted.fetch,
    });
    const services = {
      partnerCenter: client,
      logger: silentLogger,
      now: () => new Date('2026-03-15T12:00:00Z'),
      downloads: { linkFor: () => 'https://agent.test/downloads/signed' },
    } as unknown as SkillServices;
    const skill = referralsSkills['referrals.list'] as Skill;
    const context: SkillRequest['context'] = {};

    const first = (await skill(requestFor(services, { context }))).cards[0]!;
    expect(validateCard(first).errors).toEqual([]);
    expect(validateCard(first).bytes).toBeLessThan(MAX_CARD_BYTES);
    expect(textsOf(first)[1]).toBe('1–20, more available · newest first');
    expect(tableRowsOf(first)).toHaveLength(21);
    expect(
      actionsOf(first)
        .map((a) => a.title)
        .slice(0, 2),
    ).toEqual(['Show more', 'Download CSV']);
    expect(context.lastList?.continuationToken).toBeDefined();
    expect(scripted.calls[0]?.path).toContain('$top=20');

    const second = (
      await skill(
        requestFor(services, { context, continuationToken: context.lastList!.continuationToken! }),
      )
    ).cards[0]!;
    expect(textsOf(second)[1]).toBe('21–40, more available · newest first');
    expect(tableRowsOf(second)[1]?.[0]).toBe(many[20]!.name);

    const third = (
      await skill(
        requestFor(services, { context, continuationToken: context.lastList!.continuationToken! }),
      )
    ).cards[0]!;
    expect(textsOf(third)[1]).toBe('41–45 · newest first');
    expect(actionsOf(third).map((a) => a.title)).toEqual([
      'Download CSV',
      'New referrals',
      'Active referrals',
      'Closed referrals',
    ]);
    expect(context.lastList?.continuationToken).toBeUndefined();

    const csv = await referralsExports['referrals.list']({
      entities: {},
      services,
      correlationId: 'c',
    });
    const rows: string[][] = [];
    for await (const row of csv.rows) rows.push(row);
    expect(rows.map((r) => r[10])).toEqual(many.map((r) => r.id));
  });
});
