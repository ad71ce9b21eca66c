import { randomUUID } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import { AppError } from '../shared/errors.js';
import { csvHeader, csvRecord } from './audit-csv.js';
import { toEpochMs } from './audit-dates.js';
import {
  AUDIT_OUTCOMES,
  type AuditEntry,
  type AuditEntryInput,
  type AuditExportFormat,
  type AuditPage,
  type AuditQuery,
} from './audit-entry.js';
import { redactForAudit } from './audit-redact.js';
import { STATE_ERRORS } from './errors.js';
import type { SqliteDatabase } from './sqlite-database.js';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    ts INTEGER NOT NULL,
    user_id TEXT NOT NULL,
    intent TEXT NOT NULL,
    outcome TEXT NOT NULL,
    customer_id TEXT,
    data TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS audit_log_ts ON audit_log (ts, seq);
  CREATE INDEX IF NOT EXISTS audit_log_customer ON audit_log (customer_id, ts, seq);
  CREATE INDEX IF NOT EXISTS audit_log_user ON audit_log (user_id, ts, seq);
`;

export interface AuditLogOptions {
  /** The clock (epoch ms); tests fix it. */
  now?: () => number;
  /** Page size when a query gives none. */
  defaultLimit?: number;
  /** Largest page a query may ask for. */
  maxLimit?: number;
  /** Rows read per batch while exporting (memory stays flat for any size). */
  exportBatchSize?: number;
}

const DEFAULTS = {
  now: () => Date.now(),
  defaultLimit: 50,
  maxLimit: 500,
  exportBatchSize: 500,
} satisfies Required<AuditLogOptions>;

export type AuditExportFilter = Omit<AuditQuery, 'limit' | 'cursor'> & {
  since: NonNullable<AuditQuery['since']>;
};

export interface AuditLog {
  /** Stores an entry (redacted) and returns it with its `id` and `timestamp`. */
  append(input: AuditEntryInput): Promise<AuditEntry>;
  /** One page, newest first; pass `nextCursor` back for the next (older) page. */
  query(query?: AuditQuery): Promise<AuditPage>;
  /**
   * The entries of a period, OLDEST first (a log reads top to bottom), as text chunks:
   * - `csv`: a header row, then one RFC 4180 record per entry (CRLF line ends); `before` and
   *   `after` are JSON text;
   * - `json`: one JSON array of entries (pretty enough to diff: one entry per line).
   * Read in batches, so it streams any size.
   */
  exportEntries(filter: AuditExportFilter, format: AuditExportFormat): AsyncIterable<string>;
}

interface AuditRow {
  seq: number;
  ts: number;
  data: string;
}

export function createAuditLog(db: SqliteDatabase, options: AuditLogOptions = {}): AuditLog {
  const opts = { ...DEFAULTS, ...options };
  db.exec(SCHEMA);
  const insert = db.prepare<[string, number, string, string, string, string | null, string]>(
    'INSERT INTO audit_log (id, ts, user_id, intent, outcome, customer_id, data) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const statements = new Map<string, Statement<unknown[], AuditRow>>();
  const select = (sql: string, params: unknown[]): AuditRow[] => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare<unknown[], AuditRow>(sql);
      statements.set(sql, statement);
    }
    return statement.all(...params);
  };

  const page = (
    filter: AuditQuery,
    order: 'ASC' | 'DESC',
    after: [number, number] | undefined,
    limit: number,
  ) => {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.since !== undefined) {
      where.push('ts >= ?');
      params.push(toEpochMs(filter.since, 'since'));
    }
    if (filter.until !== undefined) {
      where.push('ts < ?');
      params.push(toEpochMs(filter.until, 'until'));
    }
    for (const [column, value] of [
      ['customer_id', filter.customerId],
      ['user_id', filter.userId],
      ['intent', filter.intent],
      ['outcome', filter.outcome],
    ] as const) {
      if (value === undefined) continue;
      where.push(`${column} = ?`);
      params.push(value);
    }
    if (after) {
      // Keyset paging on (ts, seq): stable while new entries arrive.
      const cmp = order === 'DESC' ? '<' : '>';
      where.push(`(ts ${cmp} ? OR (ts = ? AND seq ${cmp} ?))`);
      params.push(after[0], after[0], after[1]);
    }
    const sql = `SELECT seq, ts, data FROM audit_log ${
      where.length ? 'WHERE ' + where.join(' AND ') : ''
    } ORDER BY ts ${order}, seq ${order} LIMIT ?`;
    return select(sql, [...params, limit]);
  };

  return {
    async append(input) {
      if (!(AUDIT_OUTCOMES as readonly string[]).includes(input.outcome))
        throw new TypeError(`Unknown audit outcome "${String(input.outcome)}".`);
      const now = opts.now();
      // A caller cannot choose the id or the time (a spread after them would let it).
      const { id: _id, timestamp: _timestamp, ...safe } = redactForAudit(input) as AuditEntry;
      const entry: AuditEntry = {
        id: randomUUID(),
        timestamp: new Date(now).toISOString(),
        ...safe,
      };
      insert.run(
        entry.id,
        now,
        entry.userId,
        entry.intent,
        entry.outcome,
        entry.customerId ?? null,
        JSON.stringify(entry),
      );
      return entry;
    },

    async query(query = {}) {
      const limit = clampLimit(query.limit, opts.defaultLimit, opts.maxLimit);
      const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
      const rows = page(query, 'DESC', after, limit + 1);
      const entries = rows.slice(0, limit);
      const last = entries[entries.length - 1];
      return {
        entries: entries.map((row) => JSON.parse(row.data) as AuditEntry),
        ...(rows.length > limit && last ? { nextCursor: encodeCursor(last) } : {}),
      };
    },

    exportEntries(filter, format) {
      // Validate the dates now, so a bad --since fails before any output is written.
      toEpochMs(filter.since, 'since');
      if (filter.until !== undefined) toEpochMs(filter.until, 'until');
      return exportChunks((after) => page(filter, 'ASC', after, opts.exportBatchSize), format);
    },
  };
}

async function* exportChunks(
  next: (after: [number, number] | undefined) => AuditRow[],
  format: AuditExportFormat,
): AsyncGenerator<string> {
  yield format === 'csv' ? csvHeader() : '[';
  let count = 0;
  let after: [number, number] | undefined;
  for (;;) {
    const rows = next(after);
    // One chunk per batch: an async yield per entry would cost more than formatting it.
    let chunk = '';
    for (const row of rows) {
      const entry = JSON.parse(row.data) as AuditEntry;
      chunk +=
        format === 'csv'
          ? csvRecord(entry)
          : `${count === 0 ? '\n' : ',\n'}${JSON.stringify(entry)}`;
      count++;
    }
    if (chunk) yield chunk;
    const last = rows[rows.length - 1];
    if (!last) break;
    after = [last.ts, last.seq];
  }
  if (format === 'json') yield count === 0 ? ']\n' : '\n]\n';
}

function clampLimit(limit: number | undefined, fallback: number, max: number): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.min(max, Math.max(1, Math.floor(limit)));
}

function encodeCursor(row: AuditRow): string {
  return Buffer.from(`${row.ts}.${row.seq}`).toString('base64url');
}

function decodeCursor(cursor: string): [number, number] {
  const match = /^(\d+)\.(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new AppError(STATE_ERRORS.AUDIT_BAD_CURSOR);
  return [Number(match[1]), Number(match[2])];
}
