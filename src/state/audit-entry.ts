/**
 * One audit record: every write, allowed or denied, confirmed, cancelled or failed. Types only;
 * the log is `audit-log.ts`.
 */

/**
 * - `denied`: the role lacked the permission (nothing was proposed);
 * - `refused`: card data was tampered with, replayed elsewhere or too old (nothing was called);
 * - `proposed`: the confirmation card was shown;
 * - `confirmed`: the user confirmed and the call is about to be made;
 * - `succeeded` / `failed`: Partner Center's answer;
 * - `cancelled`: the user said no, or the confirmation was replaced;
 * - `expired`: nobody answered in time.
 */
export const AUDIT_OUTCOMES = [
  'denied',
  'refused',
  'proposed',
  'confirmed',
  'succeeded',
  'failed',
  'cancelled',
  'expired',
] as const;

export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** What the caller records; `id` and `timestamp` are assigned by the log. */
export interface AuditEntryInput {
  userId: string;
  userName?: string;
  /** Role id (`AdminAgent` ...) or undefined when the user has none. */
  role?: string;
  intent: string;
  outcome: AuditOutcome;
  customerId?: string;
  customerName?: string;
  /** What is changed: subscription id, UPN, referral id ... */
  target?: string;
  /** Its name as the user knows it ("Microsoft 365 E3"). */
  targetName?: string;
  before?: unknown;
  after?: unknown;
  /** The `MS-RequestId` of the Partner Center call. */
  requestId?: string;
  /** The `MS-CorrelationId` of the turn. */
  correlationId?: string;
  pendingActionId?: string;
  conversationId?: string;
  /** Why: the missing permission, the error message ... (redacted). */
  detail?: string;
}

export interface AuditEntry extends AuditEntryInput {
  id: string;
  /** ISO 8601, UTC, millisecond precision. */
  timestamp: string;
}

/** Filters for `query`; all optional, combined with AND. */
export interface AuditQuery {
  /** Inclusive. `YYYY-MM-DD` (UTC midnight), an ISO timestamp, a Date or epoch ms. */
  since?: AuditDate;
  /** `YYYY-MM-DD` includes that whole day (UTC); a timestamp, Date or epoch ms is exclusive. */
  until?: AuditDate;
  customerId?: string;
  userId?: string;
  intent?: string;
  outcome?: AuditOutcome;
  /** Page size, 1..500 (default 50). */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
}

export type AuditDate = string | Date | number;

export interface AuditPage {
  /** Newest first. */
  entries: AuditEntry[];
  /** Present when there are more (older) entries. */
  nextCursor?: string;
}

export type AuditExportFormat = 'csv' | 'json';
