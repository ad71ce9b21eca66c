import { defineErrorCatalog } from '../shared/errors.js';

/**
 * Failures raised by the state layer (storage, pending actions, audit log). The storage texts
 * mirror the Agents SDK's own (`StorageETagConflict` -120700, `StorageReadKeysRequired` -120701,
 * `StorageWriteChangesRequired` -120702 in agents-hosting `errorHelper.ts`), so code written
 * against `MemoryStorage` sees the same words from `SqliteStorage`.
 */
export const STATE_ERRORS = defineErrorCatalog({
  STORAGE_READ_KEYS_REQUIRED: { status: 500, message: 'Keys are required when reading.' },
  STORAGE_WRITE_CHANGES_REQUIRED: { status: 500, message: 'Changes are required when writing.' },
  STORAGE_ETAG_CONFLICT: {
    status: 412,
    message: 'Storage: error writing "{0}" due to eTag conflict.',
  },
  STATE_DB_MISSING: {
    status: 404,
    message:
      'There is no state database at {0}. Start the agent once, or pass --db with the right path.',
  },
  STATE_DB_OPEN_FAILED: { status: 500, message: 'The state database {0} could not be opened: {1}' },
  PENDING_ACTION_NOT_FOUND: {
    status: 404,
    message: 'This confirmation ({0}) no longer exists, so nothing was changed. Ask me again.',
  },
  PENDING_ACTION_NOT_REPLACEABLE: {
    status: 409,
    message: 'This confirmation is already {0}, so it cannot be replaced.',
  },
  PENDING_ACTION_EXPIRED: {
    status: 410,
    message:
      'This confirmation expired after {0} minutes, so nothing was changed. Ask me again for a fresh one.',
  },
  PENDING_ACTION_IN_PROGRESS: {
    status: 409,
    message: 'This change is already being applied. I will show the result when it is done.',
  },
  PENDING_ACTION_ALREADY_DONE: {
    status: 409,
    message: 'This change was already {0}; it was not applied a second time.',
  },
  PENDING_ACTION_CANCELLED: {
    status: 409,
    message: 'This confirmation was cancelled or replaced, so nothing was changed.',
  },
  PENDING_ACTION_FORBIDDEN: {
    status: 403,
    message:
      'This confirmation belongs to another user or conversation, so nothing was changed. Ask me yourself.',
  },
  AUDIT_BAD_DATE: {
    status: 400,
    message: 'The date "{0}" is not valid: use YYYY-MM-DD or an ISO 8601 timestamp.',
  },
  AUDIT_BAD_CURSOR: { status: 400, message: 'The audit page cursor is not valid.' },
});
