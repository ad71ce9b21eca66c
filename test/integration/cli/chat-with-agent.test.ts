import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAgent, type TestAgent } from '../../helpers/agent.js';

// `npm run chat` piped against the REAL agent and its sandbox: the done-when walk of Step 2
// (list, find, show, follow-up, show more, a typo, gibberish), read as a user would read it.
let agent: TestAgent;

beforeAll(async () => {
  agent = await startTestAgent();
});
afterAll(() => agent?.close());

function chat(args: string[], lines: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
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
    child.stdin.end(lines.map((l) => `${l}\n`).join(''));
  });
}

describe('npm run chat against the agent on the sandbox', () => {
  it('when a new user walks through list, find, show, "and its subscriptions?", show more, a typo and gibberish, then every answer is the right card as text', async () => {
    const run = await chat(
      ['--url', agent.host.url, '--no-color', '--width', '100'],
      [
        'list my customers',
        'find fab',
        'show Contoso Ltd',
        'and its subscriptions?',
        'show more',
        'show subscriptons for contsoo ltd',
        '1',
        'blorp fnord qwx',
        '/quit',
      ],
    );
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(/> list my customers\nCustomers\n1–20, more available/);
    expect(out).toMatch(/Contoso Ltd\s+contoso\.onmicrosoft\.com/);
    expect(out).toMatch(
      /> find fab\nCustomers whose name starts with "fab"[\s\S]*Fabrikam Inc\s+fabrikam\.onmicrosoft\.com/,
    );
    expect(out).toMatch(/> show Contoso Ltd\nContoso Ltd\ncontoso\.onmicrosoft\.com/);
    expect(out).toMatch(
      /> and its subscriptions\?\nSubscriptions of Contoso Ltd\n7 subscriptions, 5 active/,
    );
    expect(out).toMatch(/Microsoft 365 E3\s+25\s+Active\s+Annual/);
    expect(out).toContain('> show more\nThat was everything');
    expect(out).toContain('> show subscriptons for contsoo ltd\nNo customer matches "contsoo ltd"');
    // Pressing [1] (Contoso Ltd) answers with Contoso Ltd's subscriptions in place.
    expect(out).toMatch(/> 1\n→ Contoso Ltd\n[\s\S]*Subscriptions of Contoso Ltd/);
    expect(out).toContain('> blorp fnord qwx\nI did not understand "blorp fnord qwx"');
    expect(out).not.toContain('\u001b[');
  });

  it('when --json is given, then every line of stdout is one raw activity from the agent', async () => {
    const run = await chat(
      ['--url', agent.host.url, '--json'],
      ['show customer Fabrikam Inc', '/quit'],
    );
    expect(run.code).toBe(0);
    const activities = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; attachments?: unknown[] });
    expect(activities.some((a) => a.type === 'message' && a.attachments?.length === 1)).toBe(true);
    expect(run.stdout).toContain('"text":"Fabrikam Inc"');
  });

  it('when a new user sets Microsoft 365 E3 for Contoso Ltd to 30 seats and presses Confirm, then the card shows 25 → 30 and the sandbox holds 30', async () => {
    const own = await startTestAgent();
    try {
      const run = await chat(
        ['--url', own.host.url, '--no-color', '--width', '100'],
        [
          'set Microsoft 365 E3 for Contoso Ltd to 30 seats',
          '1',
          'show subscriptions for Contoso Ltd',
          '/quit',
        ],
      );
      expect(run.code).toBe(0);
      const out = run.stdout;
      expect(out).toMatch(/Change the seats of Microsoft 365 E3\nContoso Ltd · Microsoft 365 E3/);
      expect(out).toMatch(/Seats\s+25\s+30/);
      expect(out).toMatch(/\[1\] Confirm\s+\[2\] Cancel/);
      expect(out).toMatch(
        /> 1\n→ Confirm\n[\s\S]*Seats changed: Microsoft 365 E3[\s\S]*Seats\s+25 → 30/,
      );
      expect(out).toMatch(/Microsoft 365 E3\s+30\s+Active\s+Annual/);
    } finally {
      await own.close();
    }
  });
});
