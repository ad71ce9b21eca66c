import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeAgent, type FakeAgent } from './fake-agent.js';

// `npm run chat` driven through a pipe, as a script would: stdin lines in, the transcript out.
let agent: FakeAgent;

beforeAll(async () => {
  agent = await startFakeAgent();
});
afterAll(() => agent.close());
beforeEach(() => {
  agent.received.length = 0;
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function chat(args: string[], lines: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('node_modules/.bin/tsx', ['src/cli/chat.ts', ...args], {
      cwd: new URL('../../../', import.meta.url),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(lines.map((l) => l + '\n').join(''));
  });
}

const types = () => agent.received.map((a) => a.type);

describe('npm run chat (piped stdin)', () => {
  it('when a user lists, pages, opens a customer, mistypes and confirms a seat change, then the transcript reads like the chat and the agent sees one conversation', async () => {
    const run = await chat(
      ['--url', agent.url, '--no-color'],
      ['list customers', '1', 'show contoso', '3', 'xyzzy', 'set seats', '1', '/quit'],
    );
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out).toContain('Welcome to Partner Center\n\n[1] List my customers');
    expect(out).toContain('> list customers\nHere are your customers.');
    expect(out).toContain('Contoso Ltd        contoso.onmicrosoft.com    US');
    expect(out).toContain('[1] Show more   [2] Search customers');
    expect(out).toContain('> 1\n→ Show more\n(the card was updated)\nCustomers (page 2)');
    expect(out).toContain('Customer ID      3a1f2b4c-0000-4000-8000-000000000001');
    expect(out).toContain('> 3\n→ Open in Partner Center\nOpen https://partner.example/c/1');
    expect(out).toContain('Sorry, I did not understand "xyzzy".');
    expect(out).toContain('[1] Confirm   [2] Cancel');
    expect(out).toContain('→ Confirm\n(the card was updated)\nSeats changed\n\nSeats  30');
    expect(out).not.toContain('\u001b[');
    expect(run.stderr).toContain(`Chatting with ${agent.url}`);

    expect(types()).toEqual([
      'conversationUpdate',
      'message',
      'invoke',
      'message',
      'message',
      'message',
      'invoke',
    ]);
    const conversations = new Set(agent.received.map((a) => (a.conversation as { id: string }).id));
    expect(conversations.size).toBe(1);
    const [welcome, list, more, , , seats, confirm] = agent.received;
    expect(welcome).toMatchObject({
      channelId: 'emulator',
      deliveryMode: 'expectReplies',
      membersAdded: [{ id: 'cli-user' }, { id: 'partner-center-agent' }],
    });
    expect(list).toMatchObject({
      type: 'message',
      text: 'list customers',
      channelId: 'emulator',
      deliveryMode: 'expectReplies',
      locale: 'en-US',
      from: { id: 'cli-user' },
      recipient: { id: 'partner-center-agent', name: 'Partner Center' },
      conversation: { conversationType: 'personal' },
    });
    // The fake's replies carry no id (as with the SDK), so the invoke names the message they answered.
    expect(more).toMatchObject({
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: list?.id,
      value: { action: { type: 'Action.Execute', verb: 'more', data: {} }, trigger: 'manual' },
    });
    expect(more).not.toHaveProperty('deliveryMode');
    expect(confirm).toMatchObject({
      replyToId: seats?.id,
      value: { action: { verb: 'confirm', data: { token: 'signed-token-1' } } },
    });
  });

  it('when a form card button is pressed, then the following lines fill its inputs and the agent gets them in the action data', async () => {
    const run = await chat(
      ['--url', agent.url, '--no-color', '--user-id', 'u-42', '--upn', 'Sales@Partner.example'],
      ['new customer', '1', 'Tailspin Toys', 'tailspin', '2', '', '', '', 'n'],
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Company name (required): Tailspin Toys');
    expect(run.stdout).toContain('Created Tailspin Toys in DE');
    const invoke = agent.received.find((a) => a.type === 'invoke');
    expect(invoke).toMatchObject({
      from: {
        id: 'u-42',
        name: 'Sales@Partner.example',
        properties: { upn: 'Sales@Partner.example' },
      },
      value: {
        action: {
          verb: 'submit',
          data: {
            token: 'form-token',
            companyName: 'Tailspin Toys',
            domain: 'tailspin',
            country: 'DE',
            seats: '10',
            notify: 'false',
          },
        },
      },
    });
  });

  it('when --json is given, then stdout is one raw activity per line, exactly as received', async () => {
    const run = await chat(['--url', agent.url, '--json'], ['hello']);
    expect(run.code).toBe(0);
    const docs = run.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(docs.map((d) => d.type)).toEqual(['message', 'typing', 'trace', 'message']);
    expect(docs[3]).toMatchObject({
      _channelId: 'emulator',
      text: 'Sorry, I did not understand "hello".',
    });
    expect(run.stderr).toContain('> hello');
  });

  it('when --url points where nothing listens, then the chat exits 1 and says how to start the agent', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const run = await chat(['--url', `http://127.0.0.1:${port}`], ['hello']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `No agent answers at http://127.0.0.1:${port}. Start it with \`npm start\``,
    );
  });
});
