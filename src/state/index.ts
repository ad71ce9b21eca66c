/** The state layer: SDK storage, pending writes and the audit log, in one SQLite file. */
export {
  createSqliteDatabase,
  DEFAULT_STATE_DB_PATH,
  type SqliteDatabase,
  type SqliteDatabaseOptions,
} from './sqlite-database.js';
export { SqliteStorage } from './sqlite-storage.js';
export { createRenewalStore, type RenewalStore, type StoredRenewals } from './renewal-store.js';
export {
  createPendingActionStore,
  type PendingActionStore,
  type PendingActionStoreOptions,
} from './pending-actions.js';
export type * from './pending-action.js';
export {
  createAuditLog,
  type AuditLog,
  type AuditLogOptions,
  type AuditExportFilter,
} from './audit-log.js';
export { AUDIT_OUTCOMES } from './audit-entry.js';
export type * from './audit-entry.js';
export { AUDIT_CSV_COLUMNS } from './audit-csv.js';
export { STATE_ERRORS } from './errors.js';
