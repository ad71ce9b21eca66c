import type { SqliteDatabase } from './database.js';

/**
 * Small collections with no query needs beyond "all, sorted" and "by id": partner profiles,
 * benefits, referrals, and the meta and idempotency key-value tables.
 */
export function createDocumentsRepo(db: SqliteDatabase) {
  const put = db.prepare(
    `INSERT INTO documents (kind, id, sort_key, json) VALUES (?, ?, ?, ?)
     ON CONFLICT (kind, id) DO UPDATE SET sort_key = excluded.sort_key, json = excluded.json`,
  );
  const get = db.prepare<[string, string], { json: string }>(
    'SELECT json FROM documents WHERE kind = ? AND id = ?',
  );
  const list = db.prepare<[string], { json: string }>(
    'SELECT json FROM documents WHERE kind = ? ORDER BY sort_key, id',
  );
  const getMeta = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
  const putMeta = db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const getReply = db.prepare<[string], { reply: string }>(
    'SELECT reply FROM idempotency WHERE key = ?',
  );
  const putReply = db.prepare(
    'INSERT OR REPLACE INTO idempotency (key, created_at, reply) VALUES (?, ?, ?)',
  );

  return {
    put<T>(kind: string, id: string, sortKey: string, value: T): void {
      put.run(kind, id, sortKey, JSON.stringify(value));
    },
    get<T>(kind: string, id: string): T | undefined {
      const row = get.get(kind, id);
      return row ? (JSON.parse(row.json) as T) : undefined;
    },
    list<T>(kind: string): T[] {
      return list.all(kind).map((r) => JSON.parse(r.json) as T);
    },
    getMeta(key: string): string | undefined {
      return getMeta.get(key)?.value;
    },
    putMeta(key: string, value: string): void {
      putMeta.run(key, value);
    },
    getReply<T>(key: string): T | undefined {
      const row = getReply.get(key);
      return row ? (JSON.parse(row.reply) as T) : undefined;
    },
    putReply<T>(key: string, createdAt: string, reply: T): void {
      putReply.run(key, createdAt, JSON.stringify(reply));
    },
  };
}

export type DocumentsRepo = ReturnType<typeof createDocumentsRepo>;
