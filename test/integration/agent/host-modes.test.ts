import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { startAgentHost } from '../../../src/host.js';
import { silentLogger } from '../../../src/shared/logger.js';
import { cardsOf, startTestAgent, textsOf } from '../../helpers/agent.js';
import { startTestSandbox, TEST_NOW } from '../../helpers/sandbox.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('how the host finds its Partner Center and keeps its state', () => {
  it('when PARTNER_CENTER_ENDPOINT and PARTNER_CENTER_TOKEN are set, then the agent uses that server with that token and starts no sandbox of its own', async () => {
    const seen: string[] = [];
    const external = await startTestSandbox({
      now: TEST_NOW,
      validateToken: (token) => {
        seen.push(token);
        return token === 'static-test-token' ? { ok: true } : { ok: false, reason: 'wrong token' };
      },
    });
    const agent = await startTestAgent({
      PARTNER_CENTER_ENDPOINT: external.url,
      PARTNER_CENTER_TOKEN: 'static-test-token',
    });
    try {
      expect(agent.host.sandbox).toBeUndefined();
      expect(agent.host.connection).toEqual({
        mode: 'sandbox',
        description: `the Partner Center at ${external.url}`,
      });
      const [card] = cardsOf(await agent.conversation().say('show customer Fabrikam Inc'));
      expect(textsOf(card)[0]).toBe('Fabrikam Inc');
      expect(seen.length).toBeGreaterThan(0);
      expect(new Set(seen)).toEqual(new Set(['static-test-token']));
      expect(external.sandbox.stats.snapshot().requests).toHaveProperty(['GET /v1/customers']);
    } finally {
      await agent.close();
      await external.close();
    }
  });

  it('when the agent restarts on the same SQLite state file, then the conversation context carries over', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-agent-state-'));
    dirs.push(dir);
    const env = {
      PORT: '0',
      LOG_LEVEL: 'silent',
      SANDBOX_CUSTOMERS: '0',
      STATE_DB_PATH: join(dir, 'state.db'),
    };
    const first = await startTestAgent(env, { storage: undefined });
    const conversationId = 'restart-conversation';
    const before = cardsOf(
      await first.conversation({ conversationId }).say('show customer Contoso Ltd'),
    );
    expect(textsOf(before[0])[0]).toBe('Contoso Ltd');
    await first.close();

    const second = await startTestAgent(env, { storage: undefined });
    try {
      const after = cardsOf(
        await second.conversation({ conversationId }).say('and its subscriptions?'),
      );
      expect(textsOf(after[0])[0]).toBe('Subscriptions of Contoso Ltd');
    } finally {
      await second.close();
    }
  });

  it('when the state directory does not exist yet, then it is created', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-agent-state-'));
    dirs.push(dir);
    const config = loadConfig({
      PORT: '0',
      SANDBOX_CUSTOMERS: '0',
      STATE_DB_PATH: join(dir, 'nested', 'deeper', 'state.db'),
    });
    const host = await startAgentHost(config, { logger: silentLogger });
    try {
      expect((await fetch(`${host.url}/readyz`)).status).toBe(200);
    } finally {
      await host.close();
    }
  });
});
