import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import {
  confirmationCard,
  createCustomerFormCard,
  customerDetailsCard,
  customerListCard,
} from '../../unit/cli/chat/cards.js';

/**
 * A stand-in for the agent on 127.0.0.1, answering the way the Agents SDK does: expectReplies
 * messages get `{ activities }` (with the SDK's `_channelId` quirk and no reply ids), invokes get
 * the invoke response body. It records every activity it receives.
 */
export interface FakeAgent {
  url: string;
  received: Array<Record<string, unknown>>;
  close(): Promise<void>;
}

const card = (content: unknown) => ({
  contentType: 'application/vnd.microsoft.card.adaptive',
  content,
});

const reply = (activity: Record<string, unknown>, extra: Record<string, unknown>) => ({
  type: 'message',
  _channelId: 'emulator',
  conversation: activity.conversation,
  from: activity.recipient,
  recipient: activity.from,
  replyToId: activity.id,
  inputHint: 'acceptingInput',
  ...extra,
});

const welcomeCard = {
  type: 'AdaptiveCard',
  version: '1.5',
  body: [{ type: 'TextBlock', text: 'Welcome to Partner Center', size: 'Large', weight: 'Bolder' }],
  actions: [
    {
      type: 'Action.Execute',
      title: 'List my customers',
      verb: 'say',
      data: { text: 'list my customers' },
    },
  ],
};

const nextPageCard = {
  type: 'AdaptiveCard',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: 'Customers (page 2)', weight: 'Bolder' },
    {
      type: 'FactSet',
      facts: [{ title: 'Tailspin Toys', value: 'tailspin.onmicrosoft.com' }],
    },
  ],
  actions: [{ type: 'Action.Execute', title: 'Show more', verb: 'more', data: { page: 3 } }],
};

function answerMessage(activity: Record<string, unknown>): unknown[] {
  const typing = { type: 'typing', _channelId: 'emulator', conversation: activity.conversation };
  if (activity.type === 'conversationUpdate') {
    return [reply(activity, { attachments: [card(welcomeCard)] })];
  }
  if (activity.value !== undefined) {
    return [reply(activity, { text: `Submitted ${JSON.stringify(activity.value)}` })];
  }
  const text = String(activity.text ?? '').toLowerCase();
  if (text.includes('customers')) {
    return [
      typing,
      reply(activity, { text: 'Here are your customers.', attachments: [card(customerListCard)] }),
    ];
  }
  if (text.includes('contoso'))
    return [reply(activity, { attachments: [card(customerDetailsCard)] })];
  if (text.includes('seats')) return [reply(activity, { attachments: [card(confirmationCard)] })];
  if (text.includes('new customer')) {
    return [reply(activity, { attachments: [card(createCustomerFormCard)] })];
  }
  if (text === 'boom') return [];
  return [
    typing,
    { type: 'trace', _channelId: 'emulator', name: 'debug', value: 'ignored' },
    reply(activity, { text: `Sorry, I did not understand "${String(activity.text)}".` }),
  ];
}

function answerInvoke(activity: Record<string, unknown>): { status: number; body: unknown } {
  const action = (activity.value as { action?: { verb?: string; data?: Record<string, unknown> } })
    .action;
  switch (action?.verb) {
    case 'more':
      return {
        status: 200,
        body: {
          statusCode: 200,
          type: 'application/vnd.microsoft.card.adaptive',
          value: nextPageCard,
        },
      };
    case 'confirm':
      return {
        status: 200,
        body: {
          statusCode: 200,
          type: 'application/vnd.microsoft.card.adaptive',
          value: {
            type: 'AdaptiveCard',
            version: '1.5',
            body: [
              { type: 'TextBlock', text: 'Seats changed', weight: 'Bolder', color: 'Good' },
              { type: 'FactSet', facts: [{ title: 'Seats', value: '30' }] },
            ],
          },
        },
      };
    case 'submit':
      return {
        status: 200,
        body: {
          statusCode: 200,
          type: 'application/vnd.microsoft.activity.message',
          value: `Created ${String(action.data?.companyName)} in ${String(action.data?.country)}`,
        },
      };
    default:
      return {
        status: 200,
        body: {
          statusCode: 400,
          type: 'application/vnd.microsoft.error',
          value: { code: 'BadRequest', message: `Unknown verb ${String(action?.verb)}` },
        },
      };
  }
}

export async function startFakeAgent(): Promise<FakeAgent> {
  const received: Array<Record<string, unknown>> = [];
  const app = express();
  app.use(express.json());
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.post('/api/messages', (req, res) => {
    const activity = req.body as Record<string, unknown>;
    received.push(activity);
    if (activity.type === 'invoke') {
      const { status, body } = answerInvoke(activity);
      res.status(status).json(body);
      return;
    }
    if (activity.text === 'crash') {
      res.status(500).json({ code: 'Internal', message: 'Something went wrong on our side.' });
      return;
    }
    res.json({ activities: answerMessage(activity) });
  });
  const server: Server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
