import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cardsOf,
  startTestAgent,
  textsOf,
  type TestActivity,
  type TestAgent,
} from '../../helpers/agent.js';
import { TEST_NOW } from '../../helpers/sandbox.js';

// The REAL agent (skills, sandbox, SDK adapter) behind its HTTP surface, fed bad and odd input.
// http-server.test.ts covers the same transport rules with a stub handler; this file checks that
// the wiring in host.ts keeps them when the Agents SDK and the skills are behind them.

interface ErrorBody {
  code: string;
  description: string;
  data: unknown[];
  source: string;
}

const activity = (over: Record<string, unknown> = {}) => ({
  type: 'message',
  id: randomUUID(),
  text: 'help',
  channelId: 'test',
  deliveryMode: 'expectReplies',
  from: { id: 'user-1', name: 'Megan Bowen' },
  recipient: { id: 'agent', name: 'Partner Center agent' },
  conversation: { id: `http-${randomUUID()}` },
  ...over,
});

const expectPartnerCenterError = (body: unknown, code: string): ErrorBody => {
  expect(body).toEqual({
    code,
    description: expect.any(String),
    data: [],
    source: 'partner-center-agent',
  });
  return body as ErrorBody;
};

/** Resolves once the embedded sandbox has received at least one Partner Center call. */
async function sandboxCalled(agent: TestAgent, timeoutInMs = 5000): Promise<void> {
  const stats = agent.host.sandbox!.sandbox.stats;
  const deadline = Date.now() + timeoutInMs;
  while (Object.keys(stats.snapshot().requests).length === 0) {
    if (Date.now() > deadline) throw new Error('the sandbox was never called');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('the real agent over HTTP, with bad or unusual input', () => {
  let agent: TestAgent;

  beforeAll(async () => {
    agent = await startTestAgent();
  });
  afterAll(() => agent?.close());

  it('when the body is malformed JSON, then it answers 400 with a Partner Center-style error body', async () => {
    const res = await agent.post('{"type": "message", "text": ');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = expectPartnerCenterError(await res.json(), 'InvalidJson');
    expect(body.description).toMatch(/not valid JSON/);
  });

  it('when the content type is text/plain, then it answers 415 and does not run a turn', async () => {
    const res = await agent.post(JSON.stringify(activity()), { 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
    const body = expectPartnerCenterError(await res.json(), 'UnsupportedMediaType');
    expect(body.description).toContain('text/plain');
  });

  it('when the body is bigger than the default limit (262144 bytes), then it answers 413', async () => {
    const res = await agent.post(activity({ text: 'x'.repeat(300 * 1024) }));
    expect(res.status).toBe(413);
    const body = expectPartnerCenterError(await res.json(), 'PayloadTooLarge');
    expect(body.description).toContain('262144');
  });

  it('when the activity has no conversation, then it answers 400, not 500', async () => {
    const res = await agent.post(activity({ conversation: undefined }));
    expect(res.status).toBe(400);
    const body = expectPartnerCenterError(await res.json(), 'InvalidActivity');
    expect(body.description).toContain('conversation');
  });

  it('when the activity has no from, then it answers 400, not 500', async () => {
    const res = await agent.post(activity({ from: undefined }));
    expect(res.status).toBe(400);
    const body = expectPartnerCenterError(await res.json(), 'InvalidActivity');
    expect(body.description).toContain('from');
  });

  it('when the sender has an empty id, then it answers 400, not 500', async () => {
    const res = await agent.post(activity({ from: { id: '  ', name: 'Nobody' } }));
    expect(res.status).toBe(400);
    expectPartnerCenterError(await res.json(), 'InvalidActivity');
  });

  it('when the timestamp is not a date, then it answers 400 instead of failing the turn', async () => {
    const res = await agent.post(activity({ timestamp: 'not-a-date' }));
    expect(res.status).toBe(400);
    const body = expectPartnerCenterError(await res.json(), 'InvalidActivity');
    expect(body.description).toContain('timestamp');
  });

  it('when a field has the wrong type, then the 400 says so rather than calling it missing', async () => {
    const res = await agent.post(activity({ text: 42 }));
    expect(res.status).toBe(400);
    const body = expectPartnerCenterError(await res.json(), 'InvalidActivity');
    expect(body.description).toMatch(/text .*expected string, received number/);
    expect(body.description).not.toContain('required');
  });

  it('when the body is a JSON array, then it answers 400', async () => {
    const res = await agent.post([activity()]);
    expect(res.status).toBe(400);
    expectPartnerCenterError(await res.json(), 'InvalidActivity');
  });

  it('when the activity type is one the agent does not know, then it answers 200 and ignores it', async () => {
    const res = await agent.post(
      activity({ type: 'somethingNew', text: undefined, value: { a: 1 } }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities?: TestActivity[] };
    expect(body.activities ?? []).toEqual([]);
  });

  it('when a message is 10,000 characters long, then the agent still answers with a card', async () => {
    const text = `list my customers ${'please '.repeat(1430)}`.slice(0, 10_000);
    expect(text).toHaveLength(10_000);
    const replies = await agent.conversation().say(text);
    const cards = cardsOf(replies);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards[0]!.type).toBe('AdaptiveCard');
    // Not the turn-error card: the long text was answered normally.
    expect(textsOf(cards[0]).join(' ')).not.toMatch(/Something went wrong|Correlation id/);
  });

  it('when /healthz is asked, then it answers 200 {status: ok}', async () => {
    const res = await fetch(`${agent.host.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('when /readyz is asked while the agent runs, then it answers 200 and ready', async () => {
    const res = await fetch(`${agent.host.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ready', partnerCenter: 'sandbox' });
  });

  it('when a path is unknown, then it answers 404 with a Partner Center-style error body', async () => {
    const res = await fetch(`${agent.host.url}/api/nothing-here`);
    expect(res.status).toBe(404);
    expectPartnerCenterError(await res.json(), 'NotFound');
  });

  it('when a user is added to the conversation, then the welcome card names the sandbox connection', async () => {
    const chat = agent.conversation();
    const replies = await chat.send({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'user-1', name: 'Megan Bowen' }],
    });
    const cards = cardsOf(replies);
    expect(cards).toHaveLength(1);
    const texts = textsOf(cards[0]);
    expect(texts).toContain('Partner Center agent');
    expect(agent.host.connection.mode).toBe('sandbox');
    expect(texts).toContain(`Connected to: ${agent.host.connection.description}`);
    expect(agent.host.connection.description).toContain('sandbox');
    expect(agent.host.connection.description).toContain(agent.host.sandbox!.url);
  });

  it('when the same conversation gets a second membersAdded, then it is not welcomed twice', async () => {
    const chat = agent.conversation();
    const update = { type: 'conversationUpdate', membersAdded: [{ id: 'user-1' }] };
    expect(cardsOf(await chat.send(update))).toHaveLength(1);
    expect(cardsOf(await chat.send(update))).toHaveLength(0);
  });

  it('when an Action.Execute arrives with an unknown verb, then the invoke response is an error card, not a 500', async () => {
    const { status, body } = await agent
      .conversation()
      .press({ type: 'Action.Execute', title: 'Do it', verb: 'no.such.verb', data: {} });
    expect(status).toBe(200);
    expect(body.statusCode).toBe(200);
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(body.value?.type).toBe('AdaptiveCard');
    const texts = textsOf(body.value).join('\n');
    expect(texts).toContain('no.such.verb');
    expect(texts).toMatch(/not one this agent knows/);
    expect(texts).toMatch(/Correlation id/);
  });
});

describe('the real agent with a small MAX_BODY_BYTES', () => {
  let agent: TestAgent;

  beforeAll(async () => {
    agent = await startTestAgent({ MAX_BODY_BYTES: '2048' });
  });
  afterAll(() => agent?.close());

  it('when the body is over MAX_BODY_BYTES, then it answers 413 naming the limit', async () => {
    const res = await agent.post(activity({ text: 'x'.repeat(4096) }));
    expect(res.status).toBe(413);
    const body = expectPartnerCenterError(await res.json(), 'PayloadTooLarge');
    expect(body.description).toContain('2048');
  });

  it('when the body is under MAX_BODY_BYTES, then the turn runs normally', async () => {
    const replies = await agent.conversation().say('help');
    expect(cardsOf(replies).length).toBeGreaterThan(0);
  });
});

describe('graceful shutdown of the real agent', () => {
  it('when close() is called during a turn, then that turn still completes and new requests are refused', async () => {
    const agent = await startTestAgent({}, { sandbox: { now: TEST_NOW, latencyInMs: 500 } });
    let closed: Promise<void> | undefined;
    try {
      const readyBefore = await fetch(`${agent.host.url}/readyz`);
      expect(readyBefore.status).toBe(200);

      const started = Date.now();
      const inFlight = agent.conversation().say('list my customers');
      // The turn has reached Partner Center (and sleeps in the sandbox's latency) before close.
      await sandboxCalled(agent);
      closed = agent.close();

      const replies = await inFlight;
      expect(Date.now() - started).toBeGreaterThanOrEqual(450);
      const cards = cardsOf(replies);
      expect(cards.length).toBeGreaterThan(0);
      expect(textsOf(cards[0]).join(' ')).not.toMatch(/Something went wrong|not answering/);

      await closed;
      await expect(fetch(`${agent.host.url}/healthz`)).rejects.toThrow();
      await expect(agent.conversation().say('help')).rejects.toThrow();
    } finally {
      await (closed ?? agent.close());
    }
  });

  it('when close() is called twice, then both resolve', async () => {
    const agent = await startTestAgent();
    await Promise.all([agent.close(), agent.close()]);
    await expect(fetch(`${agent.host.url}/healthz`)).rejects.toThrow();
  });
});
