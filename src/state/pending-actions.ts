import { randomUUID } from 'node:crypto';
import { AppError } from '../shared/errors.js';
import { redact } from '../shared/redact.js';
import { STATE_ERRORS } from './errors.js';
import type {
  CancelResult,
  ClaimResult,
  CompleteInput,
  PendingAction,
  PendingActionActor,
  PendingActionInput,
  PendingActionReplacement,
  PendingActionStore,
  PendingActionStoreOptions,
} from './pending-action.js';
import {
  PENDING_ACTIONS_SCHEMA,
  fromRow,
  iso,
  toRow,
  type PendingActionRow,
} from './pending-action-rows.js';
import type { SqliteDatabase } from './sqlite-database.js';

export type { PendingActionStore, PendingActionStoreOptions } from './pending-action.js';

const DEFAULTS = {
  ttlInMs: 15 * 60_000,
  leaseInMs: 2 * 60_000,
  now: () => Date.now(),
} satisfies Required<PendingActionStoreOptions>;

type Patch = Partial<Omit<PendingAction, 'id' | 'createdAt' | 'updatedAt'>>;

/** See `PendingActionStore`; all state changes are `BEGIN IMMEDIATE` transactions on `db`. */
export function createPendingActionStore(
  db: SqliteDatabase,
  options: PendingActionStoreOptions = {},
): PendingActionStore {
  const opts = { ...DEFAULTS, ...options };
  db.exec(PENDING_ACTIONS_SCHEMA);
  const columns =
    'id, request_id, intent, user_id, conversation_id, customer_id, status, attempts, lease_until, created_at, updated_at, expires_at, data';
  const selectById = db.prepare<[string], PendingActionRow>(
    'SELECT * FROM pending_actions WHERE id = ?',
  );
  const insert = db.prepare<[PendingActionRow]>(
    `INSERT INTO pending_actions (${columns}) VALUES (${columns
      .split(', ')
      .map((c) => '@' + c)
      .join(', ')})`,
  );
  const update = db.prepare<[PendingActionRow & { guard_status: string; guard_attempts: number }]>(
    `UPDATE pending_actions SET request_id = @request_id, intent = @intent, customer_id = @customer_id,
       status = @status, attempts = @attempts, lease_until = @lease_until, updated_at = @updated_at,
       expires_at = @expires_at, data = @data
     WHERE id = @id AND status = @guard_status AND attempts = @guard_attempts`,
  );
  const selectPendingFor = db.prepare<[string, string, number], PendingActionRow>(
    `SELECT * FROM pending_actions
     WHERE conversation_id = ? AND user_id = ? AND status = 'pending' AND expires_at > ?
     ORDER BY created_at DESC, rowid DESC`,
  );
  const expireDue = db.prepare<[number, number], PendingActionRow>(
    `UPDATE pending_actions SET status = 'expired', updated_at = ?
     WHERE status = 'pending' AND expires_at <= ? RETURNING *`,
  );

  const build = (input: PendingActionInput, now: number, extra: Patch = {}): PendingAction =>
    fromRow(
      toRow({
        ...dropUndefined({
          userName: input.userName,
          role: input.role,
          customerId: input.customerId,
          customerName: input.customerName,
          target: input.target,
          etag: input.etag,
          cardActivityId: input.cardActivityId,
        }),
        id: input.id ?? randomUUID(),
        requestId: input.requestId ?? randomUUID(),
        intent: input.intent,
        userId: input.userId,
        conversationId: input.conversationId,
        summary: redact(input.summary ?? {}),
        payload: input.payload ?? null,
        status: 'pending',
        attempts: 0,
        createdAt: iso(now),
        updatedAt: iso(now),
        expiresAt: iso(now + opts.ttlInMs),
        ...extra,
      }),
    );

  /** Applies `patch` if the row is still as read; `undefined` if someone changed it meanwhile. */
  const transition = (row: PendingActionRow, patch: Patch, now: number) => {
    const next = toRow({ ...fromRow(row), ...patch, updatedAt: iso(now) });
    const info = update.run({ ...next, guard_status: row.status, guard_attempts: row.attempts });
    return info.changes === 1 ? fromRow(next) : undefined;
  };

  const owns = (row: PendingActionRow, actor: PendingActionActor) =>
    row.user_id === actor.userId && row.conversation_id === actor.conversationId;

  const claimTx = db.transaction((id: string, actor: PendingActionActor): ClaimResult => {
    const now = opts.now();
    const row = selectById.get(id);
    if (!row) return { outcome: 'not-found' };
    if (!owns(row, actor)) return { outcome: 'forbidden' };
    const action = fromRow(row);
    const take = (): ClaimResult => {
      const claimed = transition(
        row,
        { status: 'executing', attempts: row.attempts + 1, leaseUntil: iso(now + opts.leaseInMs) },
        now,
      );
      return claimed ? { outcome: 'claimed', action: claimed } : { outcome: 'in-progress', action };
    };
    switch (row.status) {
      case 'pending':
        if (row.expires_at <= now)
          return {
            outcome: 'expired',
            action: transition(row, { status: 'expired' }, now) ?? action,
          };
        return take();
      case 'executing':
        // A live lease means another Confirm is running the call right now.
        if (row.lease_until !== null && row.lease_until > now)
          return { outcome: 'in-progress', action };
        return take();
      case 'succeeded':
        return { outcome: 'already-succeeded', action };
      case 'failed':
        return { outcome: 'already-failed', action };
      case 'cancelled':
        return { outcome: 'cancelled', action };
      case 'expired':
        return { outcome: 'expired', action };
    }
  });

  const completeTx = db.transaction((id: string, input: CompleteInput) => {
    const row = selectById.get(id);
    if (!row || row.status !== 'executing') return undefined;
    return transition(
      row,
      {
        status: input.status,
        leaseUntil: undefined,
        ...(input.result === undefined ? {} : { result: redact(input.result) }),
        ...(input.error === undefined ? {} : { error: redact(input.error) }),
      },
      opts.now(),
    );
  });

  const releaseTx = db.transaction((id: string) => {
    const row = selectById.get(id);
    if (!row || row.status !== 'executing') return undefined;
    const now = opts.now();
    return transition(row, { leaseUntil: iso(now) }, now);
  });

  const cancelTx = db.transaction((id: string, actor: PendingActionActor): CancelResult => {
    const now = opts.now();
    const row = selectById.get(id);
    if (!row) return { outcome: 'not-found' };
    if (!owns(row, actor)) return { outcome: 'forbidden' };
    const action = fromRow(row);
    if (row.status === 'expired') return { outcome: 'expired', action };
    if (row.status !== 'pending') return { outcome: 'not-pending', action };
    if (row.expires_at <= now)
      return { outcome: 'expired', action: transition(row, { status: 'expired' }, now) ?? action };
    const cancelled = transition(row, { status: 'cancelled' }, now);
    return cancelled
      ? { outcome: 'cancelled', action: cancelled }
      : { outcome: 'not-pending', action };
  });

  const replaceTx = db.transaction((id: string, changes: PendingActionReplacement) => {
    const now = opts.now();
    const row = selectById.get(id);
    if (!row) throw new AppError(STATE_ERRORS.PENDING_ACTION_NOT_FOUND, [id]);
    if (row.status !== 'pending' && row.status !== 'executing')
      throw new AppError(STATE_ERRORS.PENDING_ACTION_NOT_REPLACEABLE, [row.status]);
    const old = fromRow(row);
    const next = build(
      {
        ...dropUndefined({
          userName: old.userName,
          role: old.role,
          customerId: old.customerId,
          customerName: old.customerName,
          target: old.target,
          etag: old.etag,
        }),
        intent: old.intent,
        userId: old.userId,
        conversationId: old.conversationId,
        summary: old.summary,
        payload: old.payload,
        ...dropUndefined(changes),
      },
      now,
      { replaces: old.id },
    );
    insert.run(toRow(next));
    const superseded = transition(
      row,
      { status: 'cancelled', supersededBy: next.id, leaseUntil: undefined },
      now,
    );
    if (!superseded) throw new AppError(STATE_ERRORS.PENDING_ACTION_NOT_REPLACEABLE, [row.status]);
    return next;
  });

  const attachCardTx = db.transaction((id: string, cardActivityId: string) => {
    const row = selectById.get(id);
    return row ? transition(row, { cardActivityId }, opts.now()) : undefined;
  });

  return {
    ttlInMs: opts.ttlInMs,
    async create(input) {
      const action = build(input, opts.now());
      insert.run(toRow(action));
      return action;
    },
    async get(id) {
      const row = selectById.get(id);
      return row ? fromRow(row) : undefined;
    },
    async claim(id, actor) {
      return claimTx.immediate(id, actor);
    },
    async complete(id, input) {
      return completeTx.immediate(id, input);
    },
    async release(id) {
      return releaseTx.immediate(id);
    },
    async cancel(id, actor) {
      return cancelTx.immediate(id, actor);
    },
    async expire(now = opts.now()) {
      return expireDue.all(now, now).map(fromRow);
    },
    async listPendingFor(conversationId, userId) {
      return selectPendingFor.all(conversationId, userId, opts.now()).map(fromRow);
    },
    async replace(id, changes) {
      return replaceTx.immediate(id, changes);
    },
    async attachCard(id, cardActivityId) {
      return attachCardTx.immediate(id, cardActivityId);
    },
  };
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
