import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPartnerCenterClient,
  StaticTokenProvider,
} from '../../../src/partner-center/index.js';
import { silentLogger } from '../../../src/shared/logger.js';
import { benefitsExports, benefitsSkills } from '../../../src/skills/benefits.js';
import type { SkillServices } from '../../../src/skills/services.js';
import type { Skill } from '../../../src/skills/skill.js';
import {
  actionsOf,
  startTestAgent,
  tableRowsOf,
  textsOf,
  type TestAgent,
  onlyCard,
} from '../../helpers/agent.js';
import { createApi, TEST_NOW, type PcApi, type WireCollection } from '../../helpers/sandbox.js';
import { validateCard } from '../../helpers/validate-card.js';

// benefits.list through the real agent against its sandbox (which serves the benefits endpoint
// Partner Center does not document, partner-center-api.md §5.10); the skill's clock is TEST_NOW.
let agent: TestAgent;
let pc: PcApi;

const DAY_MS = 86_400_000;

interface WireBenefit {
  id: string;
  name: string;
  benefitType: string;
  status: string;
  expiryDate: string | null;
}

async function benefits(): Promise<WireBenefit[]> {
  const res = await pc.get<WireCollection<WireBenefit>>('/v1/benefits');
  expect(res.status).toBe(200);
  return res.body.items;
}

/** The card's "Days to expiry" cell for a sandbox benefit, computed here from its expiry date. */
function expectedDays(b: WireBenefit): string {
  if (!b.expiryDate) return '—';
  const day = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  const days = Math.round((day(new Date(b.expiryDate)) - day(TEST_NOW)) / DAY_MS);
  if (days === 0) return 'today';
  const n = Math.abs(days);
  const text = `${n} day${n === 1 ? '' : 's'}`;
  return days > 0 ? text : `expired ${text} ago`;
}

const label = (type: string) => (type === 'VisualStudio' ? 'Visual Studio' : type);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

beforeAll(async () => {
  // Loads jsdom + adaptivecards now: that first load blocks the event loop for seconds, and an
  // idle keep-alive socket to the sandbox can then be reset under the next request (ECONNRESET).
  validateCard({ type: 'AdaptiveCard', version: '1.5', body: [] });
  agent = await startTestAgent({}, { now: () => TEST_NOW });
  pc = createApi(agent.host.sandbox!.url);
});
afterAll(() => agent?.close());

describe('benefits', () => {
  it('when the user asks for our benefits, then every sandbox benefit is a row with its type, status and days to expiry', async () => {
    const all = await benefits();
    const card = onlyCard(await agent.conversation().say('show our benefits'));
    const rows = tableRowsOf(card);
    expect(rows[0]).toEqual(['Benefit', 'Type', 'Status', 'Expires', 'Days to expiry']);
    expect(rows).toHaveLength(all.length + 1);
    const byName = new Map(rows.slice(1).map((r) => [r[0], r]));
    for (const b of all) {
      expect(byName.get(b.name)).toEqual([
        b.name,
        label(b.benefitType),
        cap(b.status),
        b.expiryDate ? b.expiryDate.slice(0, 10) : '—',
        expectedDays(b),
      ]);
    }
    // Active first (soonest expiry first), then available, then expired.
    const statuses = rows.slice(1).map((r) => r[2]);
    expect(statuses.indexOf('Available')).toBeGreaterThan(statuses.lastIndexOf('Active'));
    expect(statuses.indexOf('Expired')).toBeGreaterThan(statuses.lastIndexOf('Available'));
    expect(textsOf(card)[1]).toBe(
      `${all.length} benefits: ${all.filter((b) => b.status === 'active').length} active, ` +
        `${all.filter((b) => b.status === 'available').length} available, ` +
        `${all.filter((b) => b.status === 'expired').length} expired`,
    );
    expect(actionsOf(card).map((a) => a.title)).toEqual([
      'Active benefits',
      'Available to activate',
    ]);
  });

  it('when the user asks which Azure credits we have, then only the Azure benefits are listed', async () => {
    const azure = (await benefits()).filter((b) => b.benefitType === 'Azure');
    const card = onlyCard(await agent.conversation().say('which Azure credits do we have'));
    expect(textsOf(card)[0]).toBe('Partner benefits: Azure');
    expect(
      new Set(
        tableRowsOf(card)
          .slice(1)
          .map((r) => r[0]),
      ),
    ).toEqual(new Set(azure.map((b) => b.name)));
    expect(actionsOf(card).map((a) => a.title)).toEqual(['All benefits']);
  });

  it('when the user asks for active benefits, then only active ones are listed, soonest expiry first', async () => {
    const active = (await benefits())
      .filter((b) => b.status === 'active')
      .sort((a, b) => Date.parse(a.expiryDate!) - Date.parse(b.expiryDate!));
    const card = onlyCard(await agent.conversation().say('active benefits'));
    expect(textsOf(card).slice(0, 2)).toEqual([
      'Partner benefits: active',
      `${active.length} active benefits`,
    ]);
    expect(
      tableRowsOf(card)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(active.map((b) => b.name));
  });

  it('when the "All benefits" button of a filtered card is pressed, then the full list comes back', async () => {
    const all = await benefits();
    const chat = agent.conversation();
    const filtered = onlyCard(await chat.say('expired benefits'));
    const all2 = actionsOf(filtered).find((a) => a.title === 'All benefits')!;
    const pressed = await chat.press(all2);
    expect(pressed.status).toBe(200);
    expect(tableRowsOf(pressed.body.value)).toHaveLength(all.length + 1);
  });

  it('when no benefits endpoint is configured, then the skill answers with a notice, not an error, and calls nothing', async () => {
    // The client the agent builds for a tenant without PARTNER_CENTER_BENEFITS_ENDPOINT.
    const client = createPartnerCenterClient({
      baseUrl: agent.host.sandbox!.url,
      tokenProvider: new StaticTokenProvider('sandbox-test-token'),
    });
    const services = {
      partnerCenter: client,
      logger: silentLogger,
      now: () => TEST_NOW,
      downloads: { linkFor: () => undefined },
    } as unknown as SkillServices;
    const before = await pc.get<{ requests: Record<string, number> }>('/_sandbox/stats');
    const skill = benefitsSkills['benefits.list'] as Skill;
    const reply = await skill({
      intent: 'benefits.list',
      entities: {},
      text: 'show our benefits',
      user: { id: 'user-1' },
      conversationId: 'conversation-1',
      privateReply: true,
      context: {},
      correlationId: '00000000-0000-0000-0000-000000000001',
      services,
    });
    expect(reply.cards).toHaveLength(1);
    const card = reply.cards[0]!;
    expect(validateCard(card).errors).toEqual([]);
    expect(textsOf(card)[0]).toBe('Benefits are not available here');
    expect(JSON.stringify(card)).not.toContain('correlation');
    const after = await pc.get<{ requests: Record<string, number> }>('/_sandbox/stats');
    expect(JSON.stringify(after.body.requests)).toBe(JSON.stringify(before.body.requests));
  });
  it('when the benefits are exported, then the CSV has every benefit of the filter with its days to expiry', async () => {
    const azure = (await benefits()).filter((b) => b.benefitType === 'Azure');
    const client = createPartnerCenterClient({
      baseUrl: agent.host.sandbox!.url,
      benefitsEndpoint: `${agent.host.sandbox!.url}/v1/benefits`,
      tokenProvider: new StaticTokenProvider('sandbox-test-token'),
    });
    const services = { partnerCenter: client, now: () => TEST_NOW } as unknown as SkillServices;
    const csv = await benefitsExports['benefits.list']({
      entities: { benefitType: 'Azure' },
      services,
      correlationId: '00000000-0000-0000-0000-000000000003',
    });
    const rows: string[][] = [];
    for await (const row of csv.rows) rows.push(row);
    expect(csv.columns[7]).toBe('Days to expiry');
    expect(new Set(rows.map((r) => r[8]))).toEqual(new Set(azure.map((b) => b.id)));
    for (const row of rows) {
      const b = azure.find((x) => x.id === row[8])!;
      const shown = expectedDays(b);
      expect(row[7]).toBe(
        b.expiryDate
          ? String(Number(/\d+/.exec(shown)![0]) * (shown.startsWith('expired') ? -1 : 1))
          : '',
      );
    }
  });
});
