import type { PendingAction, PendingActionStatus } from './pending-action.js';

/**
 * The `pending_actions` table and the mapping between a row and a `PendingAction`. Columns hold
 * what is queried or guarded (status, owner, times); `data` holds the rest as JSON. Times are
 * epoch milliseconds in the table and ISO strings in the object.
 */
export const PENDING_ACTIONS_SCHEMA = `
  CREATE TABLE IF NOT EXISTS pending_actions (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL,
    intent TEXT NOT NULL,
    user_id TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    customer_id TEXT,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    lease_until INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    data TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS pending_actions_owner
    ON pending_actions (conversation_id, user_id, status, created_at);
  CREATE INDEX IF NOT EXISTS pending_actions_expiry ON pending_actions (status, expires_at);
`;

export interface PendingActionRow {
  id: string;
  request_id: string;
  intent: string;
  user_id: string;
  conversation_id: string;
  customer_id: string | null;
  status: PendingActionStatus;
  attempts: number;
  lease_until: number | null;
  created_at: number;
  updated_at: number;
  expires_at: number;
  data: string;
}

type DataFields = Omit<
  PendingAction,
  | 'id'
  | 'requestId'
  | 'intent'
  | 'userId'
  | 'conversationId'
  | 'customerId'
  | 'status'
  | 'attempts'
  | 'leaseUntil'
  | 'createdAt'
  | 'updatedAt'
  | 'expiresAt'
>;

export function toRow(action: PendingAction): PendingActionRow {
  const {
    id,
    requestId,
    intent,
    userId,
    conversationId,
    customerId,
    status,
    attempts,
    leaseUntil,
    createdAt,
    updatedAt,
    expiresAt,
    ...data
  } = action;
  return {
    id,
    request_id: requestId,
    intent,
    user_id: userId,
    conversation_id: conversationId,
    customer_id: customerId ?? null,
    status,
    attempts,
    lease_until: leaseUntil === undefined ? null : Date.parse(leaseUntil),
    created_at: Date.parse(createdAt),
    updated_at: Date.parse(updatedAt),
    expires_at: Date.parse(expiresAt),
    data: JSON.stringify(data satisfies DataFields),
  };
}

export function fromRow(row: PendingActionRow): PendingAction {
  const data = JSON.parse(row.data) as DataFields;
  return {
    id: row.id,
    requestId: row.request_id,
    intent: row.intent,
    userId: row.user_id,
    conversationId: row.conversation_id,
    ...(row.customer_id === null ? {} : { customerId: row.customer_id }),
    ...data,
    status: row.status,
    attempts: row.attempts,
    ...(row.lease_until === null ? {} : { leaseUntil: iso(row.lease_until) }),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    expiresAt: iso(row.expires_at),
  };
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
