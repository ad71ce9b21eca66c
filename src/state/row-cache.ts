import type { SqliteDatabase } from './sqlite-database.js';

/** A stored state row as read: its eTag and its JSON text. `null` caches "no such key". */
export interface CachedRow {
  etag: string;
  value: string;
}

/** Rows kept per connection: two per active conversation (its state and its user's). */
const MAX_CACHED_ROWS = 2_000;

/**
 * The `agent_state` rows this connection has read or written, valid until another connection
 * commits. SQLite's `PRAGMA data_version` changes exactly when a change is committed by any
 * other connection, in this process or another (https://sqlite.org/pragma.html#pragma_data_version),
 * so one pragma per read tells whether every cached row is still what the file holds. A turn's
 * state read then costs that pragma instead of a lookup per key, and a second agent instance on
 * the same file still sees each other's writes on its next read.
 *
 * The connection's own commits do not change `data_version`: whoever writes through this
 * connection must `set` the rows it committed, which is why the cache is one per connection
 * (shared by every SqliteStorage on it) and not one per storage.
 */
export class RowCache {
  readonly #dataVersion;
  readonly #rows = new Map<string, CachedRow | null>();
  #version: unknown;

  constructor(db: SqliteDatabase) {
    this.#dataVersion = db.prepare('PRAGMA data_version').pluck();
  }

  /** Drops every row if another connection has committed since the last call. */
  validate(): void {
    const version: unknown = this.#dataVersion.get();
    if (version !== this.#version) {
      this.#rows.clear();
      this.#version = version;
    }
  }

  /** The row (or `null`: known missing), or `undefined` when it has to be read from the file. */
  get(key: string): CachedRow | null | undefined {
    return this.#rows.get(key);
  }

  set(key: string, row: CachedRow | null): void {
    if (!this.#rows.has(key) && this.#rows.size >= MAX_CACHED_ROWS) {
      this.#rows.delete(this.#rows.keys().next().value as string);
    }
    this.#rows.set(key, row);
  }
}

const CACHES = new WeakMap<SqliteDatabase, RowCache>();

/** The one row cache of this connection. */
export function rowCacheOf(db: SqliteDatabase): RowCache {
  let cache = CACHES.get(db);
  if (!cache) {
    cache = new RowCache(db);
    CACHES.set(db, cache);
  }
  return cache;
}
