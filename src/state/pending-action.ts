/**
 * The shape of a pending write: what the confirmation card shows, what the skill runs on Confirm,
 * and where it is in its life. Types only; the store is `pending-actions.ts`.
 *
 * Life of an action:
 * `pending` → (Confirm) `executing` → `succeeded` | `failed`;
 * `pending` → (Cancel / No, or replaced) `cancelled`; `pending` → (TTL passed) `expired`.
 * An `executing` action whose lease ran out (the process died mid-call) can be claimed again and
 * keeps its `requestId`, so Partner Center's idempotency turns the repeat into a no-op
 * (partner-center-api.md, `MS-RequestId`: "If there's a timeout, the retry call should include
 * the same value").
 */
export type PendingActionStatus =
  'pending' | 'executing' | 'succeeded' | 'failed' | 'cancelled' | 'expired';

/** Before → after, as the confirmation card and the audit log show it. */
export interface PendingActionSummary {
  title?: string;
  before?: unknown;
  after?: unknown;
  [key: string]: unknown;
}

/** Why an executed action failed (no stack, no secrets). */
export interface PendingActionError {
  message: string;
  code?: string | number;
  status?: number;
  correlationId?: string;
}

export interface PendingAction {
  id: string;
  /** The `MS-RequestId` the Partner Center call uses, kept across re-claims. */
  requestId: string;
  intent: string;
  userId: string;
  userName?: string;
  /** The role id (`AdminAgent` ...) when the action was proposed. */
  role?: string;
  conversationId: string;
  customerId?: string;
  customerName?: string;
  /** What is changed: a subscription id, a UPN ... */
  target?: string;
  summary: PendingActionSummary;
  /** Opaque JSON the skill needs to execute; never put secrets here (they would rest in the db). */
  payload: unknown;
  /** The Partner Center resource ETag read when the card was built (stale → re-confirmation). */
  etag?: string;
  status: PendingActionStatus;
  /** How many times the action was claimed (1 normally; more after a lease takeover). */
  attempts: number;
  /** ISO time until which the current claimer owns an `executing` action. */
  leaseUntil?: string;
  /** Result of the call, redacted before it is stored. */
  result?: unknown;
  error?: PendingActionError;
  createdAt: string;
  updatedAt: string;
  expiresAt: string;
  /** The activity id of the confirmation card, to replace it in place. */
  cardActivityId?: string;
  /** The action that replaced this one (re-confirmation after a stale ETag). */
  supersededBy?: string;
  /** The action this one replaced. */
  replaces?: string;
}

/** What `create` needs; ids are generated unless given. */
export interface PendingActionInput {
  id?: string;
  requestId?: string;
  intent: string;
  userId: string;
  userName?: string;
  role?: string;
  conversationId: string;
  customerId?: string;
  customerName?: string;
  target?: string;
  summary?: PendingActionSummary;
  payload?: unknown;
  etag?: string;
  cardActivityId?: string;
}

/** What `replace` may change; everything else is copied from the replaced action. */
export type PendingActionReplacement = Partial<
  Omit<PendingActionInput, 'id' | 'requestId' | 'userId' | 'conversationId'>
>;

/** The user and conversation answering a card or typing "yes" / "no". */
export interface PendingActionActor {
  userId: string;
  conversationId: string;
}

export type ClaimResult =
  | { outcome: 'claimed'; action: PendingAction }
  | {
      outcome:
        | 'in-progress'
        | 'already-succeeded'
        | 'already-failed'
        | 'cancelled'
        | 'expired'
        | 'not-found'
        | 'forbidden';
      action?: PendingAction;
    };

export type CancelResult =
  | { outcome: 'cancelled'; action: PendingAction }
  | { outcome: 'not-pending' | 'expired'; action: PendingAction }
  | { outcome: 'not-found' | 'forbidden' };

export interface CompleteInput {
  status: 'succeeded' | 'failed';
  result?: unknown;
  error?: PendingActionError;
}

export interface PendingActionStoreOptions {
  /** How long a confirmation card can be answered (the issue: "default 15 minutes"). */
  ttlInMs?: number;
  /**
   * How long a claimer owns an `executing` action. Longer than the slowest Partner Center call
   * with its retries; after it, the action may be claimed again with the same `MS-RequestId`.
   */
  leaseInMs?: number;
  /** The clock (epoch ms); tests fix it. */
  now?: () => number;
}

/**
 * Pending writes, stored before Partner Center is called, so a second Confirm, a retried invoke,
 * two instances or a restart never apply a write twice. Every state change runs in one
 * `BEGIN IMMEDIATE` transaction on the shared state database and its UPDATE is guarded by the
 * status it read, so across connections and processes exactly one caller wins a claim.
 */
export interface PendingActionStore {
  readonly ttlInMs: number;
  /** Stores a new `pending` action; `id` and `requestId` are random UUIDs unless given. */
  create(input: PendingActionInput): Promise<PendingAction>;
  get(id: string): Promise<PendingAction | undefined>;
  /**
   * Takes the action for execution: `claimed` exactly once per action (or again after the lease
   * of a crashed claimer ran out, with the same `requestId`). Any other outcome means: do not
   * call Partner Center; tell the user why (`already-succeeded` carries the stored result).
   */
  claim(id: string, actor: PendingActionActor): Promise<ClaimResult>;
  /** Records the outcome of an `executing` action; `undefined` when it is not executing. */
  complete(id: string, input: CompleteInput): Promise<PendingAction | undefined>;
  /**
   * Ends the lease of an `executing` action whose outcome is unknown (a timeout), so the user can
   * confirm again at once; the retry keeps the `requestId`.
   */
  release(id: string): Promise<PendingAction | undefined>;
  /** Cancels a `pending` action of this user in this conversation. */
  cancel(id: string, actor: PendingActionActor): Promise<CancelResult>;
  /** Marks every `pending` action past its expiry as `expired` and returns them. */
  expire(now?: number): Promise<PendingAction[]>;
  /** The unexpired `pending` actions of a user in a conversation, newest first ("yes" / "no"). */
  listPendingFor(conversationId: string, userId: string): Promise<PendingAction[]>;
  /**
   * Re-confirmation (a stale ETag): cancels `id` (it gets `supersededBy`) and stores a new
   * `pending` action with the same owner, a new id, a new `requestId` and a fresh expiry.
   * Throws `PENDING_ACTION_NOT_FOUND` / `PENDING_ACTION_NOT_REPLACEABLE`.
   */
  replace(id: string, changes: PendingActionReplacement): Promise<PendingAction>;
  /** Remembers the activity id of the confirmation card so it can be replaced in place. */
  attachCard(id: string, cardActivityId: string): Promise<PendingAction | undefined>;
}
