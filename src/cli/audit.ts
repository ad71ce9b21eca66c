import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { isAppError } from '../shared/errors.js';
import { createAuditLog } from '../state/audit-log.js';
import type { AuditExportFormat } from '../state/audit-entry.js';
import { DEFAULT_STATE_DB_PATH, createSqliteDatabase } from '../state/sqlite-database.js';

const USAGE = `Export the audit log (every write: who, when, what, request id, outcome).

Usage: npm run --silent audit -- --since YYYY-MM-DD [--until YYYY-MM-DD] [--format csv|json] [--db PATH]

  --since   first day (UTC), or an ISO 8601 timestamp (required)
  --until   last day, included (UTC), or an ISO 8601 timestamp (excluded)
  --format  csv (default: header row, RFC 4180) or json (one array)
  --db      the agent's state database (default ${DEFAULT_STATE_DB_PATH})

Entries are printed oldest first on stdout.
`;

/** Where the CLI writes: process streams in production, buffers in tests. */
export interface AuditCliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** The database when --db is not given (the composition root may pass STATE_DB_PATH). */
  defaultDbPath?: string;
}

/** Runs `npm run audit`; returns the exit code (0 ok, 1 failure, 2 usage). */
export async function runAuditCli(
  argv: readonly string[],
  io: AuditCliIo = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        since: { type: 'string' },
        until: { type: 'string' },
        format: { type: 'string', default: 'csv' },
        db: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    io.stderr.write(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (!values.since || (values.format !== 'csv' && values.format !== 'json')) {
    io.stderr.write(
      `${values.since ? `Unknown --format "${values.format}".` : '--since is required.'}\n\n${USAGE}`,
    );
    return 2;
  }
  const format: AuditExportFormat = values.format;
  const path = values.db ?? io.defaultDbPath ?? DEFAULT_STATE_DB_PATH;
  try {
    const db = createSqliteDatabase(path, { fileMustExist: true });
    try {
      const log = createAuditLog(db);
      const filter = { since: values.since, ...(values.until ? { until: values.until } : {}) };
      for await (const chunk of log.exportEntries(filter, format)) {
        if (!io.stdout.write(chunk)) await once(io.stdout, 'drain');
      }
    } finally {
      db.close();
    }
  } catch (err) {
    io.stderr.write(`${isAppError(err) ? err.message : String(err)}\n`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // The agent's own database (STATE_DB_PATH), read by the one reader of the environment.
  process.exitCode = await runAuditCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    defaultDbPath: loadConfig().state.dbPath,
  });
}
