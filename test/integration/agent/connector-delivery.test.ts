import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAgent, textsOf, type Card, type TestAgent } from '../../helpers/agent.js';

// Bot Framework Emulator and the Agents Playground do not use expectReplies: they send a
// serviceUrl, and the agent POSTs each reply to {serviceUrl}/v3/conversations/{id}/activities/
// {replyToId} (agents-sdk.md §2, "Network calls"). A local connector records what arrives.
let agent: TestAgent;
let connector: Server;
let serviceUrl: string;
const received: Array<{ path: string; auth?: string; body: Record<string, unknown> }> = [];

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

beforeAll(async () => {
  connector = createServer((req, res) => {
    void readJson(req).then((body) => {
      received.push({
        path: req.url ?? '',
        ...(req.headers.authorization ? { auth: req.headers.authorization } : {}),
        body,
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `sent-${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', resolve));
  serviceUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}`;
  agent = await startTestAgent();
});
afterAll(async () => {
  await agent?.close();
  await new Promise<void>((resolve) => connector.close(() => resolve()));
});

describe('replies through a connector, as Emulator and Playground receive them', () => {
  it('when the Emulator sends a message with a serviceUrl, then typing and the card are POSTed back to its conversation, without a token', async () => {
    received.length = 0;
    const res = await agent.post({
      type: 'message',
      id: 'm-1',
      text: 'show customer Fabrikam Inc',
      channelId: 'emulator',
      serviceUrl,
      from: { id: 'emulator-user', name: 'User' },
      recipient: { id: 'agent', name: 'Bot' },
      conversation: { id: 'emu-conv-1' },
    });
    expect(res.status).toBeLessThan(300);
    expect(received.map((r) => r.path)).toEqual([
      '/v3/conversations/emu-conv-1/activities/m-1',
      '/v3/conversations/emu-conv-1/activities/m-1',
    ]);
    expect(received[0]?.body.type).toBe('typing');
    const attachments = received[1]?.body.attachments as Array<{ content: Card }>;
    expect(textsOf(attachments[0]?.content)[0]).toBe('Fabrikam Inc');
    expect(received.every((r) => r.auth === undefined)).toBe(true);
  });

  it('when the Playground presses an Action.Execute button, then the new card is the invoke response body', async () => {
    received.length = 0;
    const res = await agent.post({
      type: 'invoke',
      name: 'adaptiveCard/action',
      id: 'inv-1',
      channelId: 'msteams',
      serviceUrl,
      from: {
        id: 'user-id-0',
        name: 'Alex Wilber',
        aadObjectId: '00000000-0000-0000-0000-0000000000aa',
      },
      recipient: { id: 'agent', name: 'Test Bot' },
      conversation: { id: 'pg-conv-1', conversationType: 'personal', tenantId: 't-1' },
      value: {
        action: {
          type: 'Action.Execute',
          verb: 'intent',
          data: { intent: 'customers.search', entities: { query: 'north' } },
        },
      },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { type: string; value: Card };
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(textsOf(body.value)).toContain('Northwind Traders');
  });
});
