import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteDatabase, type SqliteDatabase } from '../../../src/state/sqlite-database.js';

/** A scratch directory with a state.db path; `open()` adds a connection, `cleanup()` closes all. */
export function tempStateDb(): {
  dir: string;
  path: string;
  open: () => SqliteDatabase;
  cleanup: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'pc-agent-state-'));
  const path = join(dir, 'nested', 'state.db');
  const opened: SqliteDatabase[] = [];
  return {
    dir,
    path,
    open: () => {
      const db = createSqliteDatabase(path);
      opened.push(db);
      return db;
    },
    cleanup: () => {
      for (const db of opened) if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
