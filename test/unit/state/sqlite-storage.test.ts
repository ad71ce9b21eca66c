import { afterEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/shared/errors.js';
import { createSqliteDatabase } from '../../../src/state/sqlite-database.js';
import { SqliteStorage } from '../../../src/state/sqlite-storage.js';
import { tempStateDb } from './temp-db.js';

describe('SqliteStorage', () => {
  let temp: ReturnType<typeof tempStateDb> | undefined;
  afterEach(() => temp?.cleanup());

  it('when a batch has one conflicting key, then none of the batch is written', async () => {
    const db = createSqliteDatabase(':memory:');
    const storage = new SqliteStorage(db);
    await storage.write({ a: { n: 1 }, b: { n: 1 } });
    const error = await storage.write({ a: { n: 2 }, b: { n: 2, eTag: 'stale' } }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(isAppError(error) && error.code).toBe('STORAGE_ETAG_CONFLICT');
    const items = await storage.read(['a', 'b']);
    expect([items.a.n, items.b.n]).toEqual([1, 1]);
    db.close();
  });

  it('when the database is closed and opened again (a restart), then the items and their eTags are still there', async () => {
    temp = tempStateDb();
    const first = temp.open();
    await new SqliteStorage(first).write({ 'msteams/bot/users/u1': { name: 'Megan' } });
    const before = await new SqliteStorage(first).read(['msteams/bot/users/u1']);
    first.close();
    const after = await new SqliteStorage(temp.open()).read(['msteams/bot/users/u1']);
    expect(after).toEqual(before);
  });

  it('when a key is "__proto__", then it is stored and read back as a plain entry', async () => {
    const storage = new SqliteStorage(createSqliteDatabase(':memory:'));
    await storage.write(JSON.parse('{"__proto__": {"n": 1}}') as Record<string, unknown>);
    const items = await storage.read(['__proto__']);
    expect(Object.keys(items)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(items)).toBe(Object.prototype);
  });

  it('when an item is not an object, then write rejects with a TypeError', async () => {
    const storage = new SqliteStorage(createSqliteDatabase(':memory:'));
    await expect(storage.write({ k: null })).rejects.toBeInstanceOf(TypeError);
  });

  it('when read is asked for many keys, then it returns all of those that exist', async () => {
    const storage = new SqliteStorage(createSqliteDatabase(':memory:'));
    const changes = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, { i }]));
    await storage.write(changes);
    const keys = Array.from({ length: 400 }, (_, i) => `k${i}`);
    const items = await storage.read(keys);
    expect(Object.keys(items)).toHaveLength(300);
    expect(items.k299.i).toBe(299);
  });
});

describe('createSqliteDatabase', () => {
  let temp: ReturnType<typeof tempStateDb> | undefined;
  afterEach(() => temp?.cleanup());

  it('when the directory does not exist, then it is created and the file opens in WAL mode with a busy timeout', () => {
    temp = tempStateDb();
    const db = temp.open();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('when synchronous normal is asked for, then commits are not fsynced one by one', () => {
    temp = tempStateDb();
    const db = createSqliteDatabase(temp.path, { synchronous: 'normal' });
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    db.close();
  });

  it('when fileMustExist is set and there is no file, then it fails with STATE_DB_MISSING naming the path', () => {
    temp = tempStateDb();
    let error: unknown;
    try {
      createSqliteDatabase(temp.path, { fileMustExist: true });
    } catch (err) {
      error = err;
    }
    expect(isAppError(error) && error.code).toBe('STATE_DB_MISSING');
    expect(String(error)).toContain(temp.path);
  });

  it('when the path is a directory, then it fails with STATE_DB_OPEN_FAILED', () => {
    temp = tempStateDb();
    expect(() => createSqliteDatabase(temp!.dir)).toThrow(/could not be opened/);
  });
});
