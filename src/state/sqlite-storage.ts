import { randomUUID } from 'node:crypto';
import type { Storage, StoreItem, StoreItems } from '@microsoft/agents-hosting';
import { AppError } from '../shared/errors.js';
import { STATE_ERRORS } from './errors.js';
import { rowCacheOf, type CachedRow, type RowCache } from './row-cache.js';
import type { SqliteDatabase } from './sqlite-database.js';

interface StateRow {
  key: string;
  etag: string;
  value: string;
}

/** Up to this many keys are read one by one (see the constructor). */
const FEW_KEYS = 4;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS agent_state (
    key TEXT PRIMARY KEY,
    etag TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  ) WITHOUT ROWID;
`;

/**
 * The Agents SDK `Storage` interface over SQLite, with the semantics of the SDK's `MemoryStorage`
 * (agents-hosting `src/storage/memoryStorage.ts`):
 * - `read` omits missing keys and rejects an empty key list;
 * - `write` stores a copy of each item with a new `eTag`; an item whose `eTag` is set and is not
 *   `'*'` must match the stored one, or the write fails with `STORAGE_ETAG_CONFLICT`; an item
 *   with no `eTag`, `'*'`, or no stored row is always written;
 * - `delete` ignores missing keys and eTags.
 *
 * One deliberate difference: a batch is one transaction, so a conflict on one key writes none of
 * them (MemoryStorage keeps the keys it wrote before the conflicting one).
 *
 * Each check-and-write runs in a `BEGIN IMMEDIATE` transaction, so two processes sharing the file
 * (two agent instances) serialize on SQLite's write lock and never both win an eTag race.
 *
 * Reads go through the connection's RowCache, valid until another connection commits: a turn
 * reads the same two rows every time, and a warm read costs one `PRAGMA data_version` instead.
 * The eTag check of a write always reads the file.
 */
export class SqliteStorage implements Storage {
  readonly #selectOne;
  readonly #selectMany;
  readonly #selectEtag;
  readonly #upsert;
  readonly #deleteMany;
  readonly #writeAll;
  readonly #cache: RowCache;

  constructor(db: SqliteDatabase) {
    db.exec(SCHEMA);
    this.#cache = rowCacheOf(db);
    // A turn reads two keys (conversation and user state): a primary-key lookup each is cheaper
    // than the json_each join, which serves larger batches.
    this.#selectOne = db.prepare<[string], StateRow>(
      'SELECT key, etag, value FROM agent_state WHERE key = ?',
    );
    this.#selectMany = db.prepare<[string], StateRow>(
      'SELECT key, etag, value FROM agent_state WHERE key IN (SELECT value FROM json_each(?))',
    );
    this.#selectEtag = db.prepare<[string], Pick<StateRow, 'etag'>>(
      'SELECT etag FROM agent_state WHERE key = ?',
    );
    this.#upsert = db.prepare<[string, string, string, number]>(
      `INSERT INTO agent_state (key, etag, value, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET etag = excluded.etag, value = excluded.value,
         updated_at = excluded.updated_at`,
    );
    this.#deleteMany = db.prepare<[string]>(
      'DELETE FROM agent_state WHERE key IN (SELECT value FROM json_each(?))',
    );
    this.#writeAll = db.transaction((entries: Array<[string, StoreItem]>) => {
      const now = Date.now();
      const written: Array<[string, CachedRow]> = [];
      for (const [key, item] of entries) {
        const wanted = item.eTag;
        if (wanted && wanted !== '*') {
          const stored = this.#selectEtag.get(key);
          if (stored && stored.etag !== wanted)
            throw new AppError(STATE_ERRORS.STORAGE_ETAG_CONFLICT, [key]);
        }
        const { eTag: _previous, ...value } = Object.assign({}, item);
        const row = { etag: randomUUID(), value: JSON.stringify(value) };
        this.#upsert.run(key, row.etag, row.value, now);
        written.push([key, row]);
      }
      return written;
    });
  }

  /** Reads the items that exist; missing keys are absent from the result. */
  async read(keys: string[]): Promise<StoreItems> {
    if (!keys || keys.length === 0) throw new AppError(STATE_ERRORS.STORAGE_READ_KEYS_REQUIRED);
    this.#cache.validate();
    const rows = new Map<string, CachedRow | null>();
    const unknown: string[] = [];
    for (const key of keys) {
      const cached = this.#cache.get(key);
      if (cached === undefined) unknown.push(key);
      else rows.set(key, cached);
    }
    if (unknown.length > 0) {
      const found =
        unknown.length <= FEW_KEYS
          ? unknown.flatMap((key) => this.#selectOne.get(key) ?? [])
          : this.#selectMany.all(JSON.stringify(unknown));
      for (const { key, etag, value } of found) rows.set(key, { etag, value });
      for (const key of unknown) {
        const row = rows.get(key) ?? null;
        rows.set(key, row);
        this.#cache.set(key, row);
      }
    }
    const out: StoreItems = {};
    for (const [key, row] of rows) {
      if (!row) continue;
      // Parsed on every read: the SDK changes the objects it is given.
      const item = { ...(JSON.parse(row.value) as object), eTag: row.etag };
      // defineProperty, not assignment, so a key such as "__proto__" is stored as data.
      Object.defineProperty(out, key, {
        value: item,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }

  /** Writes every item with a new eTag, all or nothing (see the class comment for eTag rules). */
  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new AppError(STATE_ERRORS.STORAGE_WRITE_CHANGES_REQUIRED);
    const entries = Object.entries(changes) as Array<[string, unknown]>;
    for (const [key, item] of entries) {
      if (item === null || typeof item !== 'object')
        throw new TypeError(`The item for "${key}" must be an object.`);
    }
    if (entries.length === 0) return;
    const written = this.#writeAll.immediate(entries as Array<[string, StoreItem]>);
    for (const [key, row] of written) this.#cache.set(key, row);
  }

  /** Deletes the given keys; missing keys are ignored. */
  async delete(keys: string[]): Promise<void> {
    if (!keys || keys.length === 0) return;
    this.#deleteMany.run(JSON.stringify(keys));
    for (const key of keys) this.#cache.set(key, null);
  }
}
