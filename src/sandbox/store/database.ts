import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors.js';
import { SANDBOX_ERRORS } from '../errors.js';
import { DATA_TABLES, INDEXES, SCHEMA, UNIQUE_INDEXES } from './schema.js';

export type SqliteDatabase = Database.Database;

/**
 * Opens (or creates) the sandbox database. In memory by default; a file path persists the state
 * across restarts (WAL, like the agent's own storage).
 */
export function openDatabase(path: string): SqliteDatabase {
  let db: SqliteDatabase;
  try {
    db = new Database(path);
    // Larger pages suit rows that carry ~1 KB of JSON; only takes effect on a new database.
    db.pragma('page_size = 8192');
    if (path !== ':memory:') {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.exec(SCHEMA);
    createIndexes(db);
  } catch (cause) {
    throw new AppError(SANDBOX_ERRORS.SANDBOX_DATABASE, [path, String(cause)], { cause });
  }
  return db;
}

export function createIndexes(db: SqliteDatabase): void {
  for (const [name, definition] of INDEXES) {
    const unique = UNIQUE_INDEXES.has(name) ? 'UNIQUE ' : '';
    db.exec(`CREATE ${unique}INDEX IF NOT EXISTS ${name} ${definition}`);
  }
}

export function dropIndexes(db: SqliteDatabase): void {
  for (const [name] of INDEXES) db.exec(`DROP INDEX IF EXISTS ${name}`);
}

/** Deletes every row (used by reset and before seeding). */
export function wipeDatabase(db: SqliteDatabase): void {
  db.transaction(() => {
    for (const table of DATA_TABLES) db.exec(`DELETE FROM ${table}`);
    db.exec(`DELETE FROM sqlite_sequence WHERE name = 'audit_records'`);
  })();
}
