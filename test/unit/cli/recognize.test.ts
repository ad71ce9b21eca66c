import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs the command as `npx tsx src/cli/recognize.ts ARGS` with `input` on stdin. */
function run(
  args: string[],
  input = '',
): { status: number | null; lines: string[]; stderr: string } {
  const r = spawnSync('npx', ['tsx', 'src/cli/recognize.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return {
    status: r.status,
    lines: r.stdout.split('\n').filter((l) => l !== ''),
    stderr: r.stderr,
  };
}

describe('the recognize command', () => {
  it('when given TEXT and --now, then it prints one JSON object with keys in order', () => {
    const r = run(['--now', '2026-11-21', 'usage', 'for', 'Contoso', 'last', 'month']);
    expect(r.status).toBe(0);
    expect(r.lines).toHaveLength(1);
    const line = r.lines[0] ?? '';
    expect(Object.keys(JSON.parse(line) as object)).toEqual([
      'text',
      'intent',
      'score',
      'entities',
    ]);
    expect(JSON.parse(line)).toMatchObject({
      text: 'usage for Contoso last month',
      intent: 'usage.customer',
      entities: { customer: 'Contoso', period: { start: '2026-10-01', end: '2026-10-31' } },
    });
  }, 60_000);

  it('when reading stdin, then it answers every line in order, a blank one with "none"', () => {
    const input = 'show users at Contoso\n\nhi\r\nadd 5 seats of M365 E3 for Fabrikam';
    const r = run(['--now', '2026-11-21'], input);
    expect(r.status).toBe(0);
    const out = r.lines.map(
      (l) => JSON.parse(l) as { text: string; intent: string; entities: object },
    );
    expect(out.map((o) => [o.text, o.intent])).toEqual([
      ['show users at Contoso', 'users.list'],
      ['', 'none'],
      ['hi', 'greeting'],
      ['add 5 seats of M365 E3 for Fabrikam', 'subscriptions.setQuantity'],
    ]);
    expect(out[1]?.entities).toEqual({});
  }, 60_000);

  it('when asked for --help, then it prints the usage and exits 0', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.lines[0]).toContain('Usage: npm run --silent recognize');
  }, 60_000);

  it('when --now is not a date, then it says so on stderr and exits 2 without output', () => {
    const r = run(['--now', '2026-13-40', 'hi']);
    expect(r.status).toBe(2);
    expect(r.lines).toEqual([]);
    expect(r.stderr).toContain('--now needs a date as YYYY-MM-DD');
  }, 60_000);
});
