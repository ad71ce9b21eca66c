import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAuditCli } from '../../../src/cli/audit.js';
import { createAuditLog } from '../../../src/state/audit-log.js';
import { tempStateDb } from '../../unit/state/temp-db.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { stream, text: () => text };
}

async function run(argv: string[], defaultDbPath?: string) {
  const stdout = capture();
  const stderr = capture();
  const code = await runAuditCli(argv, {
    stdout: stdout.stream,
    stderr: stderr.stream,
    ...(defaultDbPath ? { defaultDbPath } : {}),
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('npm run audit', () => {
  let temp: ReturnType<typeof tempStateDb>;
  beforeEach(async () => {
    temp = tempStateDb();
    let clock = Date.parse('2026-10-31T12:00:00Z');
    const db = temp.open();
    const log = createAuditLog(db, { now: () => clock });
    for (const [target, outcome] of [
      ['october', 'succeeded'],
      ['november-1', 'proposed'],
      ['november-2', 'failed'],
    ] as const) {
      await log.append({
        userId: 'aad-megan',
        intent: 'users.delete',
        outcome,
        target,
        after: { password: 'P@ss-w0rd!' },
      });
      clock += 24 * 3_600_000;
    }
    db.close();
  });
  afterEach(() => temp.cleanup());

  it('when asked for CSV since a date, then it prints the header and the entries from that day on, oldest first', async () => {
    const { code, stdout, stderr } = await run(['--since', '2026-11-01', '--db', temp.path]);
    expect([code, stderr]).toEqual([0, '']);
    const lines = stdout.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^timestamp,id,outcome,/);
    expect(lines.slice(1).map((l) => l.split(',')[9])).toEqual(['november-1', 'november-2']);
    expect(stdout).not.toContain('P@ss-w0rd!');
  });

  it('when asked for JSON with --until, then it prints one array of the entries up to and including that day', async () => {
    const { code, stdout } = await run(
      ['--since', '2026-10-01', '--until', '2026-11-01', '--format', 'json'],
      temp.path,
    );
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Array<{ target: string }>).map((e) => e.target)).toEqual([
      'october',
      'november-1',
    ]);
  });

  it('when --since is missing or the format is unknown, then it prints the usage and exits with 2', async () => {
    const missing = await run(['--db', temp.path]);
    expect([missing.code, missing.stdout]).toEqual([2, '']);
    expect(missing.stderr).toContain('--since is required');
    expect(missing.stderr).toContain('Usage: npm run --silent audit');
    const format = await run(['--since', '2026-11-01', '--format', 'xml', '--db', temp.path]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('Unknown --format "xml"');
    expect((await run(['--since', '2026-11-01', '--bogus'])).code).toBe(2);
  });

  it('when the database does not exist or the date is wrong, then it says so and exits with 1 without creating a file', async () => {
    const missingDb = await run(['--since', '2026-11-01', '--db', `${temp.dir}/none/state.db`]);
    expect(missingDb.code).toBe(1);
    expect(missingDb.stderr).toContain('There is no state database at');
    expect(existsSync(`${temp.dir}/none`)).toBe(false);
    const badDate = await run(['--since', '1/11/2026', '--db', temp.path]);
    expect([badDate.code, badDate.stdout]).toEqual([1, '']);
    expect(badDate.stderr).toContain('is not valid: use YYYY-MM-DD');
  });

  it('when --help is given, then it prints the usage on stdout', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--format  csv');
  });

  it('when run as a real process, then it writes the export to stdout', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/audit.ts',
        '--since',
        '2026-11-02',
        '--format',
        'json',
        '--db',
        temp.path,
      ],
      { cwd: ROOT },
    );
    expect((JSON.parse(stdout) as Array<{ target: string }>).map((e) => e.target)).toEqual([
      'november-2',
    ]);
  });
});
