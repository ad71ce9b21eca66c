import { createAuditRepo } from './audit-repo.js';
import { createCommerceRepo } from './commerce-repo.js';
import { createCustomersRepo } from './customers-repo.js';
import {
  createIndexes,
  dropIndexes,
  openDatabase,
  wipeDatabase,
  type SqliteDatabase,
} from './database.js';
import { createDirectoryRepo } from './directory-repo.js';
import { createDocumentsRepo } from './documents-repo.js';
import { createUsersRepo } from './users-repo.js';

/** Everything the sandbox keeps, behind one object handed to the route handlers. */
export interface SandboxStore {
  readonly db: SqliteDatabase;
  readonly customers: ReturnType<typeof createCustomersRepo>;
  readonly users: ReturnType<typeof createUsersRepo>;
  readonly directory: ReturnType<typeof createDirectoryRepo>;
  readonly commerce: ReturnType<typeof createCommerceRepo>;
  readonly audit: ReturnType<typeof createAuditRepo>;
  readonly documents: ReturnType<typeof createDocumentsRepo>;
  /** Runs `fn` in one SQLite transaction (all or nothing). */
  transaction<T>(fn: () => T): T;
  /** Runs a bulk load with secondary indexes dropped, then rebuilds them. */
  bulkLoad(fn: () => void): void;
  counts(): { customers: number; users: number; subscriptions: number };
  wipe(): void;
  close(): void;
}

export function createStore(path: string): SandboxStore {
  const db = openDatabase(path);
  const customers = createCustomersRepo(db);
  const users = createUsersRepo(db);
  const commerce = createCommerceRepo(db);
  return {
    db,
    customers,
    users,
    directory: createDirectoryRepo(db),
    commerce,
    audit: createAuditRepo(db),
    documents: createDocumentsRepo(db),
    transaction: <T>(fn: () => T): T => db.transaction(fn)(),
    bulkLoad(fn) {
      db.transaction(() => {
        dropIndexes(db);
        fn();
        createIndexes(db);
      })();
    },
    counts: () => ({
      customers: customers.count(),
      users: users.count(),
      subscriptions: commerce.countSubscriptions(),
    }),
    wipe: () => wipeDatabase(db),
    close: () => db.close(),
  };
}
