import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../shared/errors.js';
import { STATE_ERRORS } from './errors.js';

/** A better-sqlite3 connection. State, pending actions, the audit log and the signing key share one. */
export type SqliteDatabase = Database.Database;

/** Where the agent keeps its state when nothing else is configured (relative to the working dir). */
export const DEFAULT_STATE_DB_PATH = '.data/state.db';

export interface SqliteDatabaseOptions {
  /** How long a writer waits for another connection's (or process's) write lock before failing. */
  busyTimeoutInMs?: number;
  /** Refuse to create a new file (the audit CLI must not create an empty database by mistake). */
  fileMustExist?: boolean;
  /**
   * `full` (default) fsyncs every commit (~2 ms on a plain disk); `normal` only at WAL
   * checkpoints (~0.05 ms), and may lose the last commits on a power loss, never on a process
   * crash. Exactly-once holds either way: a lost `executing` mark is re-claimed with the same
   * `MS-RequestId`; lost audit entries are the price.
   */
  synchronous?: 'full' | 'normal';
}

const DEFAULTS = {
  busyTimeoutInMs: 5_000,
  fileMustExist: false,
  synchronous: 'full',
} satisfies Required<SqliteDatabaseOptions>;

/**
 * Opens (and creates, with its directory) the state database with the pragmas every user of it
 * relies on, set in this one place:
 * - `journal_mode = WAL`: readers never block the writer, and two agent processes can share the
 *   file (https://sqlite.org/wal.html).
 * - `busy_timeout`: a second process waits for the write lock instead of failing at once.
 * - `synchronous = FULL` by default: a commit (pending action, audit entry) survives a power
 *   loss; at chat rates the fsync per write (~2 ms) does not matter. See the option.
 *
 * `':memory:'` gives a private in-memory database (unit tests).
 */
export function createSqliteDatabase(
  path: string = DEFAULT_STATE_DB_PATH,
  options: SqliteDatabaseOptions = {},
): SqliteDatabase {
  const opts = { ...DEFAULTS, ...options };
  const inMemory = path === ':memory:' || path === '';
  if (!inMemory) {
    if (opts.fileMustExist && !existsSync(path))
      throw new AppError(STATE_ERRORS.STATE_DB_MISSING, [path]);
    mkdirSync(dirname(path), { recursive: true });
  }
  let db: SqliteDatabase | undefined;
  try {
    db = new Database(path, { fileMustExist: opts.fileMustExist, timeout: opts.busyTimeoutInMs });
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(opts.busyTimeoutInMs))}`);
    if (!inMemory) db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${opts.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
  } catch (err) {
    db?.close();
    throw new AppError(
      STATE_ERRORS.STATE_DB_OPEN_FAILED,
      [path, err instanceof Error ? err.message : String(err)],
      { cause: err },
    );
  }
  return db;
}
