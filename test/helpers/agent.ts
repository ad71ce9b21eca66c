import { randomUUID } from 'node:crypto';
import { MemoryStorage } from '@microsoft/agents-hosting';
import { expect } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startAgentHost, type AgentHost, type HostOverrides } from '../../src/host.js';
import { silentLogger } from '../../src/shared/logger.js';
import { TEST_NOW } from './sandbox.js';
import { validateCard } from './validate-card.js';

/**
 * The real agent for integration tests: `startAgentHost` on port 0 with its embedded sandbox on
 * port 0 (fixed clock, TEST_NOW, for both), memory storage, no logs.
 *
 * @example
 *   const agent = await startTestAgent();
 *   afterAll(() => agent.close());
 *   const chat = agent.conversation();
 *   const [card] = cardsOf(await chat.say('show subscriptions for Contoso Ltd'));
 */
export interface TestAgent {
  host: AgentHost;
  /** Messaging endpoint: `${host.url}/api/messages`. */
  endpoint: string;
  conversation(options?: ConversationOptions): TestConversation;
  /** POST any body to the messaging endpoint (for bad-input tests). */
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export interface ConversationOptions {
  conversationId?: string;
  userId?: string;
  userName?: string;
  aadObjectId?: string;
  channelId?: string;
}

export interface TestActivity {
  type: string;
  text?: string;
  attachments?: Array<{ contentType: string; content: Card }>;
  [key: string]: unknown;
}

export type Card = { type: 'AdaptiveCard'; body: unknown[]; actions?: CardActionJson[] } & Record<
  string,
  unknown
>;

export interface CardActionJson {
  type: string;
  title: string;
  verb?: string;
  data?: Record<string, unknown>;
}

export interface TestConversation {
  id: string;
  /** A message with `deliveryMode: expectReplies`; resolves to the reply activities. */
  say(text: string): Promise<TestActivity[]>;
  /** The `adaptiveCard/action` invoke Teams sends for an Action.Execute; resolves to the HTTP body. */
  press(action: CardActionJson): Promise<{ status: number; body: InvokeBody }>;
  /** Any activity of this conversation with expectReplies. */
  send(activity: Record<string, unknown>): Promise<TestActivity[]>;
}

export interface InvokeBody {
  statusCode?: number;
  type?: string;
  value?: Card;
}

export async function startTestAgent(
  env: Record<string, string> = {},
  overrides: HostOverrides = {},
): Promise<TestAgent> {
  const config = loadConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    SANDBOX_CUSTOMERS: '20',
    ...env,
  });
  const host = await startAgentHost(config, {
    logger: silentLogger,
    storage: new MemoryStorage(),
    sandbox: { now: TEST_NOW },
    // The agent's clock is the sandbox's, so "this month" and renewal windows meet seeded dates.
    now: () => TEST_NOW,
    // No background reads: tests compare the sandbox's request counts around a turn.
    warmRenewals: false,
    ...overrides,
  });
  const endpoint = `${host.url}/api/messages`;
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  return {
    host,
    endpoint,
    post,
    close: () => host.close(),
    conversation(options = {}) {
      const id = options.conversationId ?? `test-${randomUUID()}`;
      const envelope = () => ({
        id: randomUUID(),
        channelId: options.channelId ?? 'test',
        from: {
          id: options.userId ?? 'user-1',
          name: options.userName ?? 'Megan Bowen',
          ...(options.aadObjectId ? { aadObjectId: options.aadObjectId } : {}),
        },
        recipient: { id: 'agent', name: 'Partner Center agent' },
        conversation: { id },
        timestamp: new Date().toISOString(),
      });
      const send = async (activity: Record<string, unknown>) => {
        const res = await post({ ...envelope(), deliveryMode: 'expectReplies', ...activity });
        if (res.status !== 200)
          throw new Error(`agent answered ${res.status}: ${await res.text()}`);
        const body = (await res.json()) as { activities?: TestActivity[] };
        return body.activities ?? [];
      };
      return {
        id,
        send,
        say: (text) => send({ type: 'message', text }),
        async press(action) {
          // Invoke + expectReplies drops the invoke body (agents-sdk.md §2), so invokes go without.
          const res = await post({
            ...envelope(),
            type: 'invoke',
            name: 'adaptiveCard/action',
            value: { action: { type: 'Action.Execute', verb: action.verb, data: action.data } },
          });
          return { status: res.status, body: (await res.json()) as InvokeBody };
        },
      };
    },
  };
}

/** The Adaptive Cards of reply activities, in order. */
export function cardsOf(activities: TestActivity[]): Card[] {
  return activities.flatMap((a) =>
    (a.attachments ?? [])
      .filter((x) => x.contentType === 'application/vnd.microsoft.card.adaptive')
      .map((x) => x.content),
  );
}

/** Every TextBlock / fact / cell text of a card, in document order (for content checks). */
export function textsOf(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.type === 'TextBlock' && typeof o.text === 'string') out.push(o.text);
    if (typeof o.title === 'string' && typeof o.value === 'string')
      out.push(`${o.title}: ${o.value}`);
    for (const [k, v] of Object.entries(o)) if (k !== 'fallback') walk(v);
  };
  walk(card);
  return out;
}

/** Table rows of a card as arrays of cell texts (header row first). */
export function tableRowsOf(card: unknown): string[][] {
  const rows: string[][] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.type === 'TableRow' && Array.isArray(o.cells)) {
      rows.push(o.cells.map((cell) => textsOf(cell).join(' ')));
      return;
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'fallback') walk(v);
  };
  walk(card);
  return rows;
}

/** The card's buttons (body ActionSets and card actions), without their fallbacks. */
export function actionsOf(card: unknown): CardActionJson[] {
  const out: CardActionJson[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.type === 'string' && o.type.startsWith('Action.') && typeof o.title === 'string') {
      out.push(o as unknown as CardActionJson);
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'fallback') walk(v);
  };
  walk(card);
  return out;
}

/** Teams' message limit, which every card must stay under. */
export const MAX_CARD_BYTES = 28 * 1024;

/**
 * The one card a reply must carry: exactly one, valid for the adaptivecards library, version 1.5,
 * under 28 KB, with no template binding left unexpanded.
 */
export function onlyCard(activities: TestActivity[]): Card {
  const cards = cardsOf(activities);
  expect(cards).toHaveLength(1);
  const card = cards[0] as Card;
  const check = validateCard(card);
  expect(check.errors).toEqual([]);
  expect(check.bytes).toBeLessThan(MAX_CARD_BYTES);
  expect(card.version).toBe('1.5');
  expect(JSON.stringify(card)).not.toContain('${');
  return card;
}

/** The card's button with this title; fails listing the titles it has. */
export function button(card: unknown, title: string): CardActionJson {
  const found = actionsOf(card).find((a) => a.title === title);
  if (!found) {
    throw new Error(
      `no button "${title}" in ${JSON.stringify(actionsOf(card).map((a) => a.title))}`,
    );
  }
  return found;
}
