import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Activity } from '@microsoft/agents-activity';
import {
  AgentApplication,
  CloudAdapter,
  MemoryStorage,
  type AdaptiveCard,
} from '@microsoft/agents-hosting';
import { createAgentRequestHandler } from '@microsoft/agents-hosting-express';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentClient } from '../../../src/cli/chat/agent-client.js';
import { ChatSession } from '../../../src/cli/chat/chat-session.js';

// The chat against a real Agents SDK 1.8.1 agent (anonymous, expectReplies): the activities it
// builds pass the SDK's parsing, and the SDK's answers (invoke responses, `_channelId` bodies)
// print. The agent is a small echo agent so this test is about the wire, not the skills.
let server: Server;
let url: string;
const seen: Array<{ type: string; upn?: unknown; localTimezone?: string; value?: unknown }> = [];

const CARD = 'application/vnd.microsoft.card.adaptive';
const card = (title: string, actions: unknown[]): AdaptiveCard => ({
  type: 'AdaptiveCard',
  version: '1.5',
  body: [{ type: 'TextBlock', text: title, weight: 'Bolder' }],
  actions,
});

beforeAll(async () => {
  const agent = new AgentApplication({
    storage: new MemoryStorage(),
    adapter: new CloudAdapter({}),
  });
  agent.onTurn('beforeTurn', async (ctx) => {
    const from = ctx.activity.from as { properties?: { upn?: unknown } } | undefined;
    seen.push({
      type: ctx.activity.type,
      upn: from?.properties?.upn,
      ...(ctx.activity.localTimezone ? { localTimezone: ctx.activity.localTimezone } : {}),
      value: ctx.activity.value,
    });
    return true;
  });
  agent.onConversationUpdate('membersAdded', async (ctx) => {
    await ctx.sendActivity(
      Activity.fromObject({
        type: 'message',
        attachments: [
          {
            contentType: CARD,
            content: card('Welcome', [
              { type: 'Action.Execute', title: 'Refresh', verb: 'refresh', data: { n: 1 } },
              { type: 'Action.Submit', title: 'Submit', data: { verb: 'sub', n: 2 } },
            ]),
          },
        ],
      }),
    );
  });
  agent.adaptiveCards.actionExecute('refresh', async (_ctx, _state, action) =>
    card(`Refreshed ${JSON.stringify((action as unknown as { data: unknown }).data)}`, []),
  );
  agent.onActivity('message', async (ctx) => {
    await ctx.sendActivity(Activity.fromObject({ type: 'typing' }));
    await ctx.sendActivity(
      ctx.activity.text
        ? `Echo: ${ctx.activity.text}`
        : `Value: ${JSON.stringify(ctx.activity.value)}`,
    );
  });
  const handler = createAgentRequestHandler(agent, {});
  const app = express();
  app.use(express.json());
  app.post('/api/messages', (req, res, next) => {
    handler(req as never, res as never).catch(next);
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('terminal chat against an Agents SDK agent', () => {
  it('when the user chats, presses an Execute and a Submit button, then the SDK accepts every activity and each answer prints', async () => {
    const lines = ['hello', '1', '/restart', '2'];
    const out: string[] = [];
    const notes: string[] = [];
    const client = new AgentClient({
      url,
      identity: { userId: 'u1', userName: 'Ada', upn: 'ada@partner.example' },
    });
    const session = new ChatSession(
      client,
      {
        print: (t) => void out.push(t),
        note: (t) => void notes.push(t),
        read: async () => lines.shift(),
      },
      { json: false, interactive: false, color: false, width: 80 },
    );
    await session.run();
    const text = out.join('\n');

    expect(notes.filter((n) => /answered|Cannot reach/.test(n))).toEqual([]);
    expect(text).toContain('Welcome\n\n[1] Refresh   [2] Submit');
    expect(text).toContain('> hello\nEcho: hello');
    expect(text).toContain('→ Refresh\n(the card was updated)\nRefreshed {"n":1}');
    expect(text).toContain('→ Submit\nValue: {"verb":"sub","n":2}');
    expect(seen.map((s) => s.type)).toEqual([
      'conversationUpdate',
      'message',
      'invoke',
      'conversationUpdate',
      'message',
    ]);
    expect(seen.every((s) => s.upn === 'ada@partner.example')).toBe(true);
    expect(seen[1]?.localTimezone).toBeTruthy();
  });
});
