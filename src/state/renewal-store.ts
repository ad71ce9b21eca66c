import type { SqliteDatabase } from './sqlite-database.js';

/**
 * The renewal index's copy on disk (skills/renewals/renewal-index.ts): one row per customer
 * with its renewing subscriptions as JSON, and the sync marks, per `scope` (which Partner Center
 * the index describes), so a restart answers at once and only syncs from the activity log.
 */
export interface StoredRenewals<T> {
  customers: Map<string, { name: string; entries: T[] }>;
  builtAt?: number;
  lastSyncAt?: number;
}

export interface RenewalStore<T> {
  load(): StoredRenewals<T> | undefined;
  saveCustomers(rows: Array<{ customerId: string; name: string; entries: T[] }>): void;
  saveMarks(marks: { builtAt?: number; lastSyncAt?: number }): void;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS renewal_index (
    scope TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    name TEXT NOT NULL,
    entries TEXT NOT NULL,
    PRIMARY KEY (scope, customer_id)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS renewal_index_marks (
    scope TEXT PRIMARY KEY,
    built_at INTEGER,
    last_sync_at INTEGER
  );
`;

export function createRenewalStore<T>(db: SqliteDatabase, scope: string): RenewalStore<T> {
  db.exec(SCHEMA);
  const upsert = db.prepare<[string, string, string, string]>(
    `INSERT INTO renewal_index (scope, customer_id, name, entries) VALUES (?, ?, ?, ?)
     ON CONFLICT(scope, customer_id) DO UPDATE SET name = excluded.name, entries = excluded.entries`,
  );
  const saveMany = db.transaction(
    (rows: Array<{ customerId: string; name: string; entries: T[] }>) => {
      for (const r of rows) upsert.run(scope, r.customerId, r.name, JSON.stringify(r.entries));
    },
  );
  const marks = db.prepare<[string, number | null, number | null]>(
    `INSERT INTO renewal_index_marks (scope, built_at, last_sync_at) VALUES (?, ?, ?)
     ON CONFLICT(scope) DO UPDATE SET built_at = COALESCE(excluded.built_at, built_at),
       last_sync_at = COALESCE(excluded.last_sync_at, last_sync_at)`,
  );
  return {
    load() {
      const mark = db
        .prepare<[string], { built_at: number | null; last_sync_at: number | null }>(
          'SELECT built_at, last_sync_at FROM renewal_index_marks WHERE scope = ?',
        )
        .get(scope);
      // Only a completed build is worth loading: a half-built index would hide customers.
      if (!mark?.built_at) return undefined;
      const customers = new Map<string, { name: string; entries: T[] }>();
      const rows = db
        .prepare<[string], { customer_id: string; name: string; entries: string }>(
          'SELECT customer_id, name, entries FROM renewal_index WHERE scope = ?',
        )
        .all(scope);
      for (const r of rows)
        customers.set(r.customer_id, { name: r.name, entries: JSON.parse(r.entries) as T[] });
      return {
        customers,
        builtAt: mark.built_at,
        ...(mark.last_sync_at ? { lastSyncAt: mark.last_sync_at } : {}),
      };
    },
    saveCustomers: (rows) => saveMany(rows),
    saveMarks: (m) => {
      marks.run(scope, m.builtAt ?? null, m.lastSyncAt ?? null);
    },
  };
}
