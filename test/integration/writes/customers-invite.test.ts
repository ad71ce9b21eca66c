import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  StaticTokenProvider,
  createPartnerCenterClient,
  type PartnerCenterClient,
} from '../../../src/partner-center/index.js';
import { silentLogger } from '../../../src/shared/logger.js';
import { customerInviteSkill } from '../../../src/skills/customer-writes/index.js';
import type { SkillServices } from '../../../src/skills/services.js';
import type { SkillRequest } from '../../../src/skills/skill.js';
import { createAuditLog, createSqliteDatabase, type AuditLog } from '../../../src/state/index.js';
import { startTestSandbox, type TestSandbox } from '../../helpers/sandbox.js';
import { validateCard } from '../../helpers/validate-card.js';
import { actionsOf, textsOf, writeCounts, writesSince } from '../../helpers/writes.js';

// customers.invite is a plain skill the agent registers elsewhere; here it runs against the
// sandbox with the real client and a real audit log.
let sb: TestSandbox;
let client: PartnerCenterClient;
let auditLog: AuditLog;
let db: ReturnType<typeof createSqliteDatabase>;

beforeAll(async () => {
  sb = await startTestSandbox();
  client = createPartnerCenterClient({
    baseUrl: sb.url,
    tokenProvider: new StaticTokenProvider('sandbox-test-token'),
  });
  db = createSqliteDatabase(':memory:');
  auditLog = createAuditLog(db);
});
afterAll(async () => {
  db?.close();
  await sb?.close();
});

function request(): SkillRequest {
  const services: Partial<SkillServices> = {
    partnerCenter: client,
    auditLog,
    logger: silentLogger,
  };
  return {
    intent: 'customers.invite',
    entities: {},
    text: 'get me a reseller relationship link',
    user: { id: 'user-1', name: 'Megan Bowen' },
    conversationId: 'conversation-1',
    privateReply: false,
    context: {},
    correlationId: '5f1e8b9a-3c2d-4e6f-9a1b-2c3d4e5f6a7b',
    services: services as SkillServices,
  };
}

describe('customers.invite', () => {
  it('when the user asks for a reseller relationship link, then the card has the link and an e-mail to send, nothing is written, and the audit log says it succeeded', async () => {
    const counts = await writeCounts(sb.api);
    const reply = await customerInviteSkill(request());
    expect(reply.cards).toHaveLength(1);
    const card = reply.cards[0]!;
    expect(validateCard(card).errors).toEqual([]);

    const link = (await sb.api.get<{ url: string }>('/v1/customers/relationshiprequests')).body.url;
    const texts = textsOf(card);
    expect(texts[0]).toBe('Reseller relationship link');
    expect(texts).toContain(`Link: ${link}`);
    const message = texts[1]!;
    expect(message).toContain(
      'Subject: Invitation to work with Trey Research Inc as your Microsoft Cloud Solution Provider',
    );
    expect(message).toContain(link);
    expect(actionsOf(card).find((a) => a.title === 'Open the link')).toMatchObject({
      type: 'Action.OpenUrl',
      url: link,
    });
    // No confirmation: getting the link changes nothing.
    expect(actionsOf(card).map((a) => a.title)).not.toContain('Confirm');
    expect(await writesSince(sb.api, counts)).toEqual({});

    const { entries } = await auditLog.query({ intent: 'customers.invite' });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      intent: 'customers.invite',
      outcome: 'succeeded',
      userId: 'user-1',
      correlationId: '5f1e8b9a-3c2d-4e6f-9a1b-2c3d4e5f6a7b',
      after: { url: link },
    });
  });
});
