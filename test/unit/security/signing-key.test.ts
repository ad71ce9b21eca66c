import { afterEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/shared/errors.js';
import { createCardSigner } from '../../../src/security/card-signing.js';
import { loadOrCreateSigningKey } from '../../../src/security/signing-key.js';
import { tempStateDb } from '../state/temp-db.js';

describe('signing key', () => {
  let temp: ReturnType<typeof tempStateDb> | undefined;
  afterEach(() => temp?.cleanup());

  it('when no key is configured, then a random 32-byte key is created once and kept across restarts', () => {
    temp = tempStateDb();
    const first = temp.open();
    const key = loadOrCreateSigningKey(first);
    expect(key).toHaveLength(32);
    const token = createCardSigner({ key }).sign({
      pendingActionId: 'pa-1',
      verb: 'confirm',
      userId: 'u',
      conversationId: 'c',
    });
    first.close();
    const again = loadOrCreateSigningKey(temp.open());
    expect(again.equals(key)).toBe(true);
    expect(
      createCardSigner({ key: again }).verify(token, { userId: 'u', conversationId: 'c' }).ok,
    ).toBe(true);
  });

  it('when two instances start on one file, then both get the same key', () => {
    temp = tempStateDb();
    const a = temp.open();
    const b = temp.open();
    expect(loadOrCreateSigningKey(a).equals(loadOrCreateSigningKey(b))).toBe(true);
  });

  it('when a key is configured, then it is used as UTF-8 bytes and nothing is stored', () => {
    temp = tempStateDb();
    const db = temp.open();
    const configured = 'k'.repeat(40);
    expect(loadOrCreateSigningKey(db, configured).toString('utf8')).toBe(configured);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE name = 'agent_secrets'").all();
    expect(tables).toEqual([]);
  });

  it('when the configured key is too short, then it is refused without echoing it', () => {
    temp = tempStateDb();
    const db = temp.open();
    let error: unknown;
    try {
      loadOrCreateSigningKey(db, 'short-secret');
    } catch (err) {
      error = err;
    }
    expect(isAppError(error) && error.code).toBe('SIGNING_KEY_TOO_SHORT');
    expect(String(error)).not.toContain('short-secret');
  });
});
