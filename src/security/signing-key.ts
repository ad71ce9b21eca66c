import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../shared/errors.js';
import { SECURITY_ERRORS } from './errors.js';

const MIN_KEY_BYTES = 32;
const KEY_NAME = 'card-signing-key';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS agent_secrets (
    name TEXT PRIMARY KEY,
    value BLOB NOT NULL,
    created_at INTEGER NOT NULL
  );
`;

/**
 * The HMAC key for card actions. A configured key (`CARD_SIGNING_KEY`, 32+ characters, used as
 * UTF-8 bytes) wins; otherwise a random 32-byte key is created once and kept in the state
 * database, so a restart keeps verifying cards signed before it. `INSERT OR IGNORE` then read
 * back: two instances starting together on one file end up with the same key.
 */
export function loadOrCreateSigningKey(db: Database.Database, configured?: string): Buffer {
  if (configured !== undefined) {
    const key = Buffer.from(configured, 'utf8');
    if (key.length < MIN_KEY_BYTES)
      throw new AppError(SECURITY_ERRORS.SIGNING_KEY_TOO_SHORT, [String(MIN_KEY_BYTES)]);
    return key;
  }
  db.exec(SCHEMA);
  db.prepare('INSERT OR IGNORE INTO agent_secrets (name, value, created_at) VALUES (?, ?, ?)').run(
    KEY_NAME,
    randomBytes(MIN_KEY_BYTES),
    Date.now(),
  );
  const row = db
    .prepare<[string], { value: Buffer }>('SELECT value FROM agent_secrets WHERE name = ?')
    .get(KEY_NAME);
  // The row was inserted just above unless it already existed, so it is always there.
  return Buffer.from(row?.value ?? []);
}
