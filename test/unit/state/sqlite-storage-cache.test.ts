import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteDatabase } from '../../../src/state/sqlite-database.js';
import { SqliteStorage } from '../../../src/state/sqlite-storage.js';
import { tempStateDb } from './temp-db.js';

const KEY = 'msteams/bot/conversations/c1';

/** Counts the statements a connection runs that read agent_state rows. */
function countRowReads(db: ReturnType<typeof createSqliteDatabase>): () => number {
  let reads = 0;
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const statement = prepare(sql);
    if (!/FROM agent_state/.test(sql) || /^\s*(DELETE|INSERT)/.test(sql)) return statement;
    const get = statement.get.bind(statement);
    const all = statement.all.bind(statement);
    statement.get = ((...args: unknown[]) => (reads++, get(...args))) as typeof statement.get;
    statement.all = ((...args: unknown[]) => (reads++, all(...args))) as typeof statement.all;
    return statement;
  }) as typeof db.prepare;
  return () => reads;
}

describe('SqliteStorage read cache', () => {
  let temp: ReturnType<typeof tempStateDb> | undefined;
  afterEach(() => temp?.cleanup());

  it('when the same keys are read again and nobody wrote, then the file is not queried again', async () => {
    const db = createSqliteDatabase(':memory:');
    const reads = countRowReads(db);
    const storage = new SqliteStorage(db);
    await storage.write({ [KEY]: { n: 1 } });
    const first = await storage.read([KEY, 'msteams/bot/users/u1']);
    const afterFirst = reads();
    const second = await storage.read([KEY, 'msteams/bot/users/u1']);
    expect(reads()).toBe(afterFirst);
    expect(second).toEqual(first);
    expect(Object.keys(second)).toEqual([KEY]);
    db.close();
  });

  it('when a returned item is changed by the caller, then the next read still gives the stored value', async () => {
    const storage = new SqliteStorage(createSqliteDatabase(':memory:'));
    await storage.write({ [KEY]: { context: { customer: 'Contoso' } } });
    const first = await storage.read([KEY]);
    (first[KEY] as { context: { customer: string } }).context.customer = 'changed';
    const second = await storage.read([KEY]);
    expect(second[KEY].context).toEqual({ customer: 'Contoso' });
  });

  it('when another connection writes a key this one has read, then the next read gives the new value and eTag', async () => {
    temp = tempStateDb();
    const one = new SqliteStorage(temp.open());
    const two = new SqliteStorage(temp.open());
    await one.write({ [KEY]: { n: 1 } });
    const before = await one.read([KEY]);
    await two.write({ [KEY]: { n: 2, eTag: before[KEY].eTag } });
    const after = await one.read([KEY]);
    expect(after[KEY].n).toBe(2);
    expect(after[KEY].eTag).not.toBe(before[KEY].eTag);
    // And the stale eTag this connection held is refused, as without the cache.
    await expect(one.write({ [KEY]: { n: 3, eTag: before[KEY].eTag } })).rejects.toThrow();
  });

  it('when a key was missing and another connection then writes it, then the next read finds it', async () => {
    temp = tempStateDb();
    const one = new SqliteStorage(temp.open());
    const two = new SqliteStorage(temp.open());
    expect(await one.read([KEY])).toEqual({});
    await two.write({ [KEY]: { n: 1 } });
    expect((await one.read([KEY]))[KEY]?.n).toBe(1);
  });

  it('when another connection deletes a key, then the next read omits it', async () => {
    temp = tempStateDb();
    const one = new SqliteStorage(temp.open());
    const two = new SqliteStorage(temp.open());
    await one.write({ [KEY]: { n: 1 } });
    expect(Object.keys(await one.read([KEY]))).toEqual([KEY]);
    await two.delete([KEY]);
    expect(await one.read([KEY])).toEqual({});
  });

  it('when two storages share one connection, then a write through one is read by the other', async () => {
    const db = createSqliteDatabase(':memory:');
    const one = new SqliteStorage(db);
    const two = new SqliteStorage(db);
    await one.write({ [KEY]: { n: 1 } });
    expect((await two.read([KEY]))[KEY]?.n).toBe(1);
    const read = await two.read([KEY]);
    await one.write({ [KEY]: { n: 2, eTag: read[KEY].eTag } });
    expect((await two.read([KEY]))[KEY]?.n).toBe(2);
    await one.delete([KEY]);
    expect(await two.read([KEY])).toEqual({});
  });

  it('when a batch is refused for a conflict, then a cached key of it still reads as stored', async () => {
    const storage = new SqliteStorage(createSqliteDatabase(':memory:'));
    await storage.write({ a: { n: 1 }, b: { n: 1 } });
    const before = await storage.read(['a', 'b']);
    await expect(storage.write({ a: { n: 2 }, b: { n: 2, eTag: 'stale' } })).rejects.toThrow();
    expect(await storage.read(['a', 'b'])).toEqual(before);
  });
});
