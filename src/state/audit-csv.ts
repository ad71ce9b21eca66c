import { csvField } from '../shared/csv.js';
import type { AuditEntry } from './audit-entry.js';

/** Export columns, in order; `before` and `after` are JSON text. */
export const AUDIT_CSV_COLUMNS = [
  'timestamp',
  'id',
  'outcome',
  'userId',
  'userName',
  'role',
  'intent',
  'customerId',
  'customerName',
  'target',
  'targetName',
  'before',
  'after',
  'requestId',
  'correlationId',
  'pendingActionId',
  'conversationId',
  'detail',
] as const satisfies ReadonlyArray<keyof AuditEntry>;

/** The header row, CRLF-terminated (RFC 4180 §2). */
export function csvHeader(): string {
  return AUDIT_CSV_COLUMNS.join(',') + '\r\n';
}

/** One entry as a CRLF-terminated CSV record. */
export function csvRecord(entry: AuditEntry): string {
  return AUDIT_CSV_COLUMNS.map((column) => csvField(cellText(entry[column]))).join(',') + '\r\n';
}

function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
