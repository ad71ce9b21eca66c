import { MemoryStorage } from '@microsoft/agents-hosting';
import { createSqliteDatabase } from '../../../src/state/sqlite-database.js';
import { SqliteStorage } from '../../../src/state/sqlite-storage.js';
import { describeStorageContract } from './storage-contract.js';
import { tempStateDb } from './temp-db.js';

describeStorageContract('MemoryStorage (the SDK reference)', () => {
  const storage = new MemoryStorage();
  return { storage, second: storage };
});

describeStorageContract('SqliteStorage in memory', () => {
  const db = createSqliteDatabase(':memory:');
  const storage = new SqliteStorage(db);
  return { storage, second: storage, cleanup: () => db.close() };
});

describeStorageContract('SqliteStorage, two connections to one file', () => {
  const temp = tempStateDb();
  return {
    storage: new SqliteStorage(temp.open()),
    second: new SqliteStorage(temp.open()),
    cleanup: temp.cleanup,
  };
});
