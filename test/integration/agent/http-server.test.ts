import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { AgentApplication, CloudAdapter, MemoryStorage } from '@microsoft/agents-hosting';
import { createAgentRequestHandler } from '@microsoft/agents-hosting-express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from '../../../src/agent/http-server.js';
import { silentLogger } from '../../../src/shared/logger.js';

// The HTTP surface with a minimal echo agent: these tests are about transport rules, not skills.
let server: Server;
let base: string;
let ready = true;

beforeAll(async () => {
  const agent = new AgentApplication({
    storage: new MemoryStorage(),
    adapter: new CloudAdapter({}),
  });
  agent.onActivity('message', async (ctx) => {
    await ctx.sendActivity(`echo ${ctx.activity.text?.length ?? 0}`);
  });
  const handler = createAgentRequestHandler(agent, {});
  const app = createHttpApp({
    handleActivity: (req, res) => handler(req as never, res as never),
    maxBodyBytes: 64 * 1024,
    readiness: () => ({ ready, checks: { partnerCenter: ready ? 'ok' : 'starting' } }),
    logger: silentLogger,
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

const activity = (over: Record<string, unknown> = {}) => ({
  type: 'message',
  id: 'a1',
  text: 'hello',
  channelId: 'test',
  deliveryMode: 'expectReplies',
  from: { id: 'user1', name: 'User' },
  recipient: { id: 'bot1', name: 'Bot' },
  conversation: { id: 'conv1' },
  ...over,
});

const post = (body: string, contentType = 'application/json') =>
  fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });

describe('agent HTTP surface', () => {
  it('when a valid activity arrives with expectReplies, then the replies come back in the body', async () => {
    const res = await post(JSON.stringify(activity()));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities: Array<{ text?: string }> };
    expect(body.activities.map((a) => a.text)).toContain('echo 5');
  });

  it('when the body is malformed JSON, then it answers 400 with a Partner Center-style error body', async () => {
    const res = await post('{"type": "message", ');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { code: string; description: string; source: string };
    expect(body.code).toBe('InvalidJson');
    expect(body.source).toBe('partner-center-agent');
  });

  it('when the content type is not JSON, then it answers 415', async () => {
    const res = await post(JSON.stringify(activity()), 'text/plain');
    expect(res.status).toBe(415);
    expect(((await res.json()) as { code: string }).code).toBe('UnsupportedMediaType');
  });

  it('when the body is over the limit, then it answers 413', async () => {
    const res = await post(JSON.stringify(activity({ text: 'x'.repeat(70 * 1024) })));
    expect(res.status).toBe(413);
  });

  it.each([
    ['conversation', { conversation: undefined }],
    ['from', { from: undefined }],
    ['from.id', { from: { name: 'no id' } }],
    ['type', { type: '' }],
  ])(
    'when the activity has no %s, then it answers 400 naming the field (not 500)',
    async (field, over) => {
      const res = await post(JSON.stringify(activity(over)));
      expect(res.status).toBe(400);
      const body = (await res.json()) as { code: string; description: string };
      expect(body.code).toBe('InvalidActivity');
      expect(body.description).toContain(field.split('.')[0]);
    },
  );

  it('when the body is a JSON array, then it answers 400', async () => {
    const res = await post('[1,2]');
    expect(res.status).toBe(400);
  });

  it('when an unknown activity type arrives, then it is ignored with 200 and no replies', async () => {
    const res = await post(JSON.stringify(activity({ type: 'somethingNew', text: undefined })));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { activities: unknown[] }).activities).toEqual([]);
  });

  it('when a 10,000-character message arrives, then it gets a normal answer', async () => {
    const res = await post(JSON.stringify(activity({ text: 'y'.repeat(10_000) })));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities: Array<{ text?: string }> };
    expect(body.activities.map((a) => a.text)).toContain('echo 10000');
  });

  it('when /healthz and /readyz are asked, then they report liveness and readiness', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    ready = false;
    const res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'not-ready', partnerCenter: 'starting' });
    ready = true;
  });

  it('when an unknown path is asked, then it answers 404 with an error body', async () => {
    const res = await fetch(`${base}/nope`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { code: string }).code).toBe('NotFound');
  });
});
