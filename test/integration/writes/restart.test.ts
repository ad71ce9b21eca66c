import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAgent } from '../../helpers/agent.js';
import { startTestSandbox, type TestSandbox } from '../../helpers/sandbox.js';
import {
  confirmButton,
  customerNamed,
  findSubscription,
  invokeCard,
  onlyCard,
  tableRowsOf,
  textsOf,
  writeCounts,
  writesSince,
} from '../../helpers/writes.js';

// A pending action lives in the state database: an agent restarted between the confirmation
// card and Confirm still applies it, once, and the audit log (exported by `npm run audit`)
// tells the whole story.
let sandbox: TestSandbox;
let dir: string;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  dir = mkdtempSync(join(tmpdir(), 'pc-agent-restart-'));
});
afterAll(async () => {
  await sandbox?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a restart between the confirmation card and Confirm', () => {
  it('when the agent restarts after storing the pending action, then Confirm still sets 25 → 30 once, and the audit export shows proposed, confirmed and succeeded with one request id', async () => {
    const env = {
      PARTNER_CENTER_ENDPOINT: sandbox.url,
      PARTNER_CENTER_TOKEN: 'sandbox-test-token',
      STATE_DB_PATH: join(dir, 'state.db'),
    };
    const contoso = await customerNamed(sandbox.api, 'Contoso Ltd');
    const conversation = { conversationId: 'restart-conversation', userId: 'user-1' };

    const first = await startTestAgent(env, { storage: undefined });
    const card = onlyCard(
      await first
        .conversation(conversation)
        .say('set Microsoft 365 E3 for Contoso Ltd to 30 seats'),
    );
    expect(tableRowsOf(card)[1]).toEqual(['Seats', '25', '30']);
    await first.close();

    const counts = await writeCounts(sandbox.admin);
    const second = await startTestAgent(env, { storage: undefined });
    try {
      const chat = second.conversation(conversation);
      const done = invokeCard(await chat.press(confirmButton(card)));
      expect(textsOf(done)).toContain('Seats: 25 → 30');
      const twice = invokeCard(await chat.press(confirmButton(card)));
      expect(textsOf(twice).join(' ')).toContain('already done');
    } finally {
      await second.close();
    }
    expect(await writesSince(sandbox.admin, counts)).toEqual({ 'subscription.update': 1 });
    expect((await findSubscription(sandbox.api, contoso.id, 'Microsoft 365 E3')).quantity).toBe(30);

    const { stdout } = await promisify(execFile)(
      'npm',
      ['run', '--silent', 'audit', '--', '--since', '2026-03-01', '--format', 'json'],
      { env: { ...process.env, ...env }, cwd: process.cwd() },
    );
    const entries = JSON.parse(stdout) as Array<Record<string, unknown>>;
    const mine = entries.filter((e) => e.intent === 'subscriptions.setQuantity');
    expect(mine.map((e) => e.outcome)).toEqual(['proposed', 'confirmed', 'succeeded']);
    expect(new Set(mine.map((e) => e.requestId)).size).toBe(1);
    expect(mine[2]).toMatchObject({
      userId: 'user-1',
      userName: 'Megan Bowen',
      role: 'GlobalAdmin',
      customerId: contoso.id,
      customerName: 'Contoso Ltd',
      before: { Seats: '25' },
      after: { Seats: '30' },
      target: expect.any(String),
      targetName: 'Microsoft 365 E3',
    });
  }, 60_000);

  it('when two agent instances share the state database and both get the Confirm at once, then the seats change once', async () => {
    const env = {
      PARTNER_CENTER_ENDPOINT: sandbox.url,
      PARTNER_CENTER_TOKEN: 'sandbox-test-token',
      STATE_DB_PATH: join(dir, 'shared.db'),
    };
    const contoso = await customerNamed(sandbox.api, 'Contoso Ltd');
    const start = (await findSubscription(sandbox.api, contoso.id, 'Office 365 E1')).quantity;
    const conversation = { conversationId: 'two-instances', userId: 'user-1' };
    const [a, b] = await Promise.all([
      startTestAgent(env, { storage: undefined }),
      startTestAgent(env, { storage: undefined }),
    ]);
    try {
      const card = onlyCard(
        await a.conversation(conversation).say('add 2 seats of Office 365 E1 for Contoso Ltd'),
      );
      const counts = await writeCounts(sandbox.admin);
      const answers = await Promise.all([
        a.conversation(conversation).press(confirmButton(card)),
        b.conversation(conversation).press(confirmButton(card)),
      ]);
      expect(answers.map((x) => x.status)).toEqual([200, 200]);
      expect(await writesSince(sandbox.admin, counts)).toEqual({ 'subscription.update': 1 });
      expect((await findSubscription(sandbox.api, contoso.id, 'Office 365 E1')).quantity).toBe(
        start + 2,
      );
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }, 60_000);
});
