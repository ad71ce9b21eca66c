import { describe, expect, it } from 'vitest';
import { AgentClient } from '../../../../src/cli/chat/agent-client.js';
import { ChatSession, type ChatIO } from '../../../../src/cli/chat/chat-session.js';
import { confirmationCard, createCustomerFormCard, customerListCard } from './cards.js';

type Json = Record<string, unknown>;
type Responder = (activity: Json) => { status?: number; body?: unknown };

const CARD = 'application/vnd.microsoft.card.adaptive';
const message = (extra: Json) => ({ type: 'message', _channelId: 'emulator', ...extra });
const withCards = (...cards: unknown[]) =>
  message({ attachments: cards.map((content) => ({ contentType: CARD, content })) });

/** A session against a scripted agent: `respond` answers each POST; lines are the user's input. */
function harness(respond: Responder, options: { json?: boolean; fetchFails?: boolean } = {}) {
  const sent: Json[] = [];
  const fakeFetch = (async (_url: string, init: { body: string }) => {
    if (options.fetchFails)
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    const activity = JSON.parse(init.body) as Json;
    sent.push(activity);
    const { status = 200, body } = respond(activity);
    return new Response(body === undefined ? '' : JSON.stringify(body), { status });
  }) as unknown as typeof fetch;
  const out: string[] = [];
  const notes: string[] = [];
  const input: string[] = [];
  const io: ChatIO = {
    print: (t) => void out.push(t),
    note: (t) => void notes.push(t),
    read: async () => input.shift(),
  };
  let n = 0;
  const client = new AgentClient({
    url: 'http://agent.test/',
    identity: { userId: 'u1', userName: 'Ada' },
    fetch: fakeFetch,
    newId: () => `a${++n}`,
  });
  const session = new ChatSession(client, io, {
    json: options.json ?? false,
    interactive: false,
    color: false,
    width: 80,
  });
  return {
    sent,
    notes,
    session,
    text: () => out.join('\n'),
    run: async (...lines: string[]) => {
      input.push(...lines);
      await session.run();
    },
  };
}

const replies = (...activities: unknown[]) => ({ body: { activities } });

describe('ChatSession', () => {
  it('when the chat starts, then it sends a conversationUpdate and prints the welcome card with a hint on stderr', async () => {
    const h = harness(() => replies(withCards(confirmationCard)));
    await h.run();
    expect(h.sent[0]).toMatchObject({ type: 'conversationUpdate', deliveryMode: 'expectReplies' });
    expect(h.text()).toContain('[1] Confirm   [2] Cancel');
    expect(h.notes[0]).toMatch(/^Chatting with http:\/\/agent\.test \(conversation cli-/);
  });

  it('when a number names an Action.Execute button, then an invoke goes out with the verb, data and the card message as replyToId', async () => {
    const h = harness((a) =>
      a.type === 'invoke'
        ? {
            body: {
              statusCode: 200,
              type: CARD,
              value: { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: 'Page 2' }] },
            },
          }
        : replies(message({ id: 'card-msg-7' }), withCards(customerListCard)),
    );
    await h.run('list customers', '1');
    const invoke = h.sent[2]!;
    expect(invoke).toMatchObject({
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'more', data: {} }, trigger: 'manual' },
      replyToId: 'a2',
    });
    expect(invoke).not.toHaveProperty('deliveryMode');
    expect(new Set(h.sent.map((a) => (a.conversation as Json).id)).size).toBe(1);
    expect(h.text()).toContain('→ Show more\n(the card was updated)\nPage 2');
  });

  it('when the card message has an id, then the invoke names that id', async () => {
    const h = harness((a) =>
      a.type === 'invoke'
        ? { body: { statusCode: 200 } }
        : replies({ ...withCards(confirmationCard), id: 'msg-42' }),
    );
    await h.run('2');
    expect(h.sent[1]).toMatchObject({
      type: 'invoke',
      replyToId: 'msg-42',
      value: { action: { verb: 'cancel' } },
    });
  });

  it('when a number names an Action.Submit button, then a message without text carries the submit data as value', async () => {
    const card = {
      type: 'AdaptiveCard',
      actions: [{ type: 'Action.Submit', title: 'Yes', data: { verb: 'confirm', t: 1 } }],
    };
    const h = harness(() => replies(withCards(card)));
    await h.run('1');
    expect(h.sent[1]).toMatchObject({
      type: 'message',
      deliveryMode: 'expectReplies',
      value: { verb: 'confirm', t: 1 },
    });
    expect(h.sent[1]).not.toHaveProperty('text');
  });

  it('when two cards arrive in one reply, then numbering runs across both and restarts with the next reply', async () => {
    const h = harness((a) =>
      a.text === 'two'
        ? replies(withCards(confirmationCard), withCards(customerListCard))
        : replies(withCards(confirmationCard)),
    );
    await h.run('two', '4', 'again');
    expect(h.text()).toContain('[3] Show more   [4] Search customers');
    expect(h.sent[2]).toMatchObject({
      type: 'invoke',
      value: { action: { verb: 'say', data: { text: 'search customers' } } },
    });
    expect(h.session.buttons.map((b) => b.action.title)).toEqual(['Confirm', 'Cancel']);
  });

  it('when a number has no button, then it is sent as a message and a note says so', async () => {
    const h = harness(() => replies(withCards(confirmationCard)));
    await h.run('30');
    expect(h.sent[1]).toMatchObject({ type: 'message', text: '30' });
    expect(h.notes).toContain('There is no button 30; sending it as a message.');
  });

  it('when a form button is pressed, then the next lines answer its inputs and the values are merged into the invoke data', async () => {
    const h = harness((a) =>
      a.type === 'invoke'
        ? {
            body: {
              statusCode: 200,
              type: 'application/vnd.microsoft.activity.message',
              value: 'Created.',
            },
          }
        : replies(withCards(createCustomerFormCard)),
    );
    await h.run('1', 'Tailspin Toys', 'tailspin', 'Germany', '', '', '', '');
    expect((h.sent[1]!.value as Json).action).toEqual({
      type: 'Action.Execute',
      verb: 'submit',
      data: {
        token: 'form-token',
        companyName: 'Tailspin Toys',
        domain: 'tailspin',
        country: 'DE',
        seats: '10',
        notify: 'true',
      },
    });
    expect(h.text()).toContain('Company name (required): Tailspin Toys');
    expect(h.text()).toContain('Created.');
  });

  it('when input ends in the middle of a form, then nothing is sent', async () => {
    const h = harness(() => replies(withCards(createCustomerFormCard)));
    await h.run('1', 'Tailspin Toys');
    expect(h.sent).toHaveLength(1);
    expect(h.text()).toContain('(not sent)');
  });

  it("when a ShowCard button is pressed, then its card prints with fresh numbers and its submit sends both cards' inputs", async () => {
    const card = {
      type: 'AdaptiveCard',
      body: [{ type: 'Input.Text', id: 'outer', value: 'o' }],
      actions: [
        {
          type: 'Action.ShowCard',
          title: 'Comment',
          card: {
            type: 'AdaptiveCard',
            body: [{ type: 'Input.Text', id: 'inner', label: 'Comment' }],
            actions: [{ type: 'Action.Submit', title: 'Send', data: { verb: 'comment' } }],
          },
        },
      ],
    };
    const h = harness(() => replies(withCards(card)));
    await h.run('1', '1', '', 'looks good');
    expect(h.text()).toContain('Comment: —\n\n[1] Send');
    expect(h.sent[1]).toMatchObject({
      type: 'message',
      value: { verb: 'comment', outer: 'o', inner: 'looks good' },
    });
  });

  it('when an invoke fails, then the error is printed and the old buttons stay', async () => {
    const h = harness((a) =>
      a.type === 'invoke'
        ? {
            body: {
              statusCode: 403,
              type: 'application/vnd.microsoft.error',
              value: { code: 'Forbidden', message: 'Not allowed.' },
            },
          }
        : replies(withCards(confirmationCard)),
    );
    await h.run('1');
    expect(h.text()).toContain('The agent answered 403: Not allowed. (Forbidden)');
    expect(h.session.buttons).toHaveLength(2);
  });

  it('when the agent has no handler for a button (501, empty body), then that is said plainly', async () => {
    const h = harness((a) =>
      a.type === 'invoke' ? { status: 501 } : replies(withCards(confirmationCard)),
    );
    await h.run('1');
    expect(h.text()).toContain('The agent answered 501: the agent has no handler for this button.');
  });

  it('when the agent answers an HTTP error or nothing, then that is printed', async () => {
    const h = harness((a) =>
      a.text === 'bad'
        ? { status: 400, body: { code: 'InvalidActivity', message: 'from.id is required' } }
        : replies(),
    );
    await h.run('bad');
    expect(h.text()).toContain('The agent answered 400: from.id is required');
    expect(h.text()).toContain('(no reply)');
  });

  it('when --json is on, then each received activity prints as one JSON line, typing and trace included', async () => {
    const typing = { type: 'typing', _channelId: 'emulator' };
    const h = harness(() => replies(typing, withCards(confirmationCard)), { json: true });
    await h.run('1x');
    const printed = h.text().split('\n').filter(Boolean);
    expect(printed.map((l) => (JSON.parse(l) as Json).type)).toEqual([
      'typing',
      'message',
      'typing',
      'message',
    ]);
    expect(h.notes).toContain('> 1x');
  });

  it('when /restart is typed, then a new conversation id is used and the welcome is asked for again; /quit ends', async () => {
    const h = harness(() => replies(message({ text: 'Hi' })));
    await h.run('/restart', '/quit', 'never sent');
    expect(h.sent.map((a) => a.type)).toEqual(['conversationUpdate', 'conversationUpdate']);
    expect((h.sent[0]!.conversation as Json).id).not.toBe((h.sent[1]!.conversation as Json).id);
  });

  it('when the agent cannot be reached, then a note says how to start it and the chat goes on', async () => {
    const h = harness(() => ({}), { fetchFails: true });
    await h.run('hello', '/help');
    expect(h.notes.join('\n')).toContain(
      'Cannot reach the agent at http://agent.test (ECONNREFUSED)',
    );
    expect(h.text()).toContain('/restart    start a new conversation');
  });
});
