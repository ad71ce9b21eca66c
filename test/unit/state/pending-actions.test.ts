import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/shared/errors.js';
import type { PendingActionInput } from '../../../src/state/pending-action.js';
import {
  createPendingActionStore,
  type PendingActionStore,
} from '../../../src/state/pending-actions.js';
import { createSqliteDatabase, type SqliteDatabase } from '../../../src/state/sqlite-database.js';
import { tempStateDb } from './temp-db.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const T0 = Date.parse('2026-11-02T09:00:00.000Z');
const MINUTE = 60_000;
const MEGAN = { userId: 'aad-megan', conversationId: 'conv-1' };

function setQuantity(overrides: Partial<PendingActionInput> = {}): PendingActionInput {
  return {
    intent: 'subscriptions.setQuantity',
    ...MEGAN,
    userName: 'Megan Bowen',
    role: 'AdminAgent',
    customerId: 'cust-contoso',
    customerName: 'Contoso',
    target: 'sub-e3',
    summary: { before: { quantity: 25 }, after: { quantity: 30 } },
    payload: { subscriptionId: 'sub-e3', quantity: 30 },
    etag: 'W/"5"',
    ...overrides,
  };
}

describe('pending actions', () => {
  let clock: number;
  let db: SqliteDatabase;
  let store: PendingActionStore;
  beforeEach(() => {
    clock = T0;
    db = createSqliteDatabase(':memory:');
    store = createPendingActionStore(db, { now: () => clock, leaseInMs: 2 * MINUTE });
  });
  afterEach(() => db.close());

  it('when an action is created, then it is pending with generated UUIDs and expires 15 minutes later', async () => {
    const action = await store.create(setQuantity());
    expect(action.id).toMatch(UUID);
    expect(action.requestId).toMatch(UUID);
    expect(action.requestId).not.toBe(action.id);
    expect(action).toMatchObject({ status: 'pending', attempts: 0, customerName: 'Contoso' });
    expect(Date.parse(action.expiresAt) - Date.parse(action.createdAt)).toBe(15 * MINUTE);
    expect(await store.get(action.id)).toEqual(action);
  });

  it('when ids are given, then create keeps them', async () => {
    const action = await store.create(setQuantity({ id: 'pa-1', requestId: 'req-1' }));
    expect([action.id, action.requestId]).toEqual(['pa-1', 'req-1']);
  });

  it('when the owner confirms, then the first claim gets it with status executing and a second gets in-progress', async () => {
    const { id, requestId } = await store.create(setQuantity());
    const first = await store.claim(id, MEGAN);
    expect(first.outcome).toBe('claimed');
    expect(first.action).toMatchObject({ status: 'executing', attempts: 1, requestId });
    expect((await store.claim(id, MEGAN)).outcome).toBe('in-progress');
  });

  it('when ten claims race with Promise.all, then exactly one is claimed', async () => {
    const { id } = await store.create(setQuantity());
    const results = await Promise.all(Array.from({ length: 10 }, () => store.claim(id, MEGAN)));
    expect(results.filter((r) => r.outcome === 'claimed')).toHaveLength(1);
    expect(results.filter((r) => r.outcome === 'in-progress')).toHaveLength(9);
  });

  it('when another user or another conversation claims, then it is forbidden and reveals nothing', async () => {
    const { id } = await store.create(setQuantity());
    expect(await store.claim(id, { ...MEGAN, userId: 'aad-adele' })).toEqual({
      outcome: 'forbidden',
    });
    expect(await store.claim(id, { ...MEGAN, conversationId: 'conv-2' })).toEqual({
      outcome: 'forbidden',
    });
    expect((await store.get(id))?.status).toBe('pending');
  });

  it('when the id is unknown, then claim says not-found', async () => {
    expect(await store.claim('nope', MEGAN)).toEqual({ outcome: 'not-found' });
  });

  it('when the call succeeded, then a second Confirm gets already-succeeded with the stored result', async () => {
    const { id } = await store.create(setQuantity());
    await store.claim(id, MEGAN);
    const done = await store.complete(id, { status: 'succeeded', result: { quantity: 30 } });
    expect(done).toMatchObject({ status: 'succeeded', result: { quantity: 30 } });
    expect(done?.leaseUntil).toBeUndefined();
    const again = await store.claim(id, MEGAN);
    expect(again.outcome).toBe('already-succeeded');
    expect(again.action?.result).toEqual({ quantity: 30 });
  });

  it('when the call failed, then a second Confirm gets already-failed with the error', async () => {
    const { id } = await store.create(setQuantity());
    await store.claim(id, MEGAN);
    await store.complete(id, {
      status: 'failed',
      error: { message: 'License quota exceeded', code: 800002, status: 400 },
    });
    const again = await store.claim(id, MEGAN);
    expect(again.outcome).toBe('already-failed');
    expect(again.action?.error?.code).toBe(800002);
  });

  it('when complete is called for an action that is not executing, then nothing changes', async () => {
    const { id } = await store.create(setQuantity());
    expect(await store.complete(id, { status: 'succeeded' })).toBeUndefined();
    expect((await store.get(id))?.status).toBe('pending');
  });

  it('when a result carries a generated password, then the stored result has it redacted', async () => {
    const { id } = await store.create(setQuantity());
    await store.claim(id, MEGAN);
    await store.complete(id, {
      status: 'succeeded',
      result: { userName: 'jane', password: 'Xy!9' },
    });
    expect(JSON.stringify(await store.get(id))).not.toContain('Xy!9');
  });

  it('when nobody answers for 15 minutes, then claim says expired and the action is marked expired', async () => {
    const { id } = await store.create(setQuantity());
    clock += 15 * MINUTE;
    const result = await store.claim(id, MEGAN);
    expect(result.outcome).toBe('expired');
    expect(result.action?.status).toBe('expired');
    expect((await store.claim(id, MEGAN)).outcome).toBe('expired');
  });

  it('when the TTL is configured, then actions expire after it', async () => {
    const short = createPendingActionStore(db, { now: () => clock, ttlInMs: MINUTE });
    const { id } = await short.create(setQuantity());
    clock += MINUTE - 1;
    expect((await short.claim(id, MEGAN)).outcome).toBe('claimed');
  });

  it('when expire runs, then only pending actions past their expiry become expired', async () => {
    const old = await store.create(setQuantity());
    clock += 10 * MINUTE;
    const recent = await store.create(setQuantity());
    const executing = await store.create(setQuantity());
    await store.claim(executing.id, MEGAN);
    clock += 6 * MINUTE;
    const expired = await store.expire();
    expect(expired.map((a) => a.id)).toEqual([old.id]);
    expect((await store.get(recent.id))?.status).toBe('pending');
    expect((await store.get(executing.id))?.status).toBe('executing');
  });

  it('when the claimer crashed and its lease ran out, then the action can be claimed again with the same requestId', async () => {
    const { id, requestId } = await store.create(setQuantity());
    await store.claim(id, MEGAN);
    clock += 2 * MINUTE - 1;
    expect((await store.claim(id, MEGAN)).outcome).toBe('in-progress');
    clock += 1;
    const retaken = await store.claim(id, MEGAN);
    expect(retaken.outcome).toBe('claimed');
    expect(retaken.action).toMatchObject({ requestId, attempts: 2, status: 'executing' });
  });

  it('when an executing action is released after a timeout, then the next Confirm claims it at once with the same requestId', async () => {
    const { id, requestId } = await store.create(setQuantity());
    await store.claim(id, MEGAN);
    await store.release(id);
    const retry = await store.claim(id, MEGAN);
    expect(retry.outcome).toBe('claimed');
    expect(retry.action?.requestId).toBe(requestId);
  });

  it('when the owner cancels a pending action, then it is cancelled and a later Confirm gets cancelled', async () => {
    const { id } = await store.create(setQuantity());
    expect((await store.cancel(id, { ...MEGAN, userId: 'aad-adele' })).outcome).toBe('forbidden');
    const result = await store.cancel(id, MEGAN);
    expect(result.outcome).toBe('cancelled');
    expect((await store.claim(id, MEGAN)).outcome).toBe('cancelled');
  });

  it('when cancel comes after the action started or expired, then it reports that instead', async () => {
    const running = await store.create(setQuantity());
    await store.claim(running.id, MEGAN);
    expect((await store.cancel(running.id, MEGAN)).outcome).toBe('not-pending');
    const late = await store.create(setQuantity());
    clock += 15 * MINUTE;
    expect((await store.cancel(late.id, MEGAN)).outcome).toBe('expired');
    expect((await store.cancel('nope', MEGAN)).outcome).toBe('not-found');
  });

  it('when the user types yes, then listPendingFor gives their unexpired pending actions in this conversation, newest first', async () => {
    const older = await store.create(setQuantity());
    clock += MINUTE;
    const newer = await store.create(setQuantity());
    await store.create(setQuantity({ userId: 'aad-adele' }));
    await store.create(setQuantity({ conversationId: 'conv-2' }));
    const done = await store.create(setQuantity());
    await store.claim(done.id, MEGAN);
    expect((await store.listPendingFor('conv-1', 'aad-megan')).map((a) => a.id)).toEqual([
      newer.id,
      older.id,
    ]);
    clock += 14 * MINUTE;
    expect((await store.listPendingFor('conv-1', 'aad-megan')).map((a) => a.id)).toEqual([
      newer.id,
    ]);
  });

  it('when an action is replaced after a stale ETag, then the old one is cancelled and points to a new one with a new requestId', async () => {
    const old = await store.create(setQuantity());
    await store.claim(old.id, MEGAN);
    clock += MINUTE;
    const next = await store.replace(old.id, {
      etag: 'W/"6"',
      summary: { before: { quantity: 26 }, after: { quantity: 30 } },
    });
    expect(next).toMatchObject({
      status: 'pending',
      attempts: 0,
      replaces: old.id,
      etag: 'W/"6"',
      userId: old.userId,
      conversationId: old.conversationId,
      customerId: 'cust-contoso',
      payload: old.payload,
    });
    expect(next.id).not.toBe(old.id);
    expect(next.requestId).not.toBe(old.requestId);
    expect(Date.parse(next.expiresAt)).toBe(clock + 15 * MINUTE);
    const again = await store.claim(old.id, MEGAN);
    expect(again.outcome).toBe('cancelled');
    expect(again.action?.supersededBy).toBe(next.id);
    expect((await store.claim(next.id, MEGAN)).outcome).toBe('claimed');
  });

  it('when a finished or unknown action is replaced, then replace throws a catalogued error', async () => {
    const { id } = await store.create(setQuantity());
    await store.claim(id, MEGAN);
    await store.complete(id, { status: 'succeeded' });
    const codes = await Promise.all(
      [id, 'nope'].map((x) =>
        store.replace(x, {}).then(
          () => 'none',
          (e: unknown) => isAppError(e) && e.code,
        ),
      ),
    );
    expect(codes).toEqual(['PENDING_ACTION_NOT_REPLACEABLE', 'PENDING_ACTION_NOT_FOUND']);
  });

  it('when the card is sent, then attachCard remembers its activity id', async () => {
    const { id } = await store.create(setQuantity());
    await store.attachCard(id, 'activity-42');
    expect((await store.get(id))?.cardActivityId).toBe('activity-42');
    expect(await store.attachCard('nope', 'x')).toBeUndefined();
  });
});

describe('pending actions shared by two instances', () => {
  let temp: ReturnType<typeof tempStateDb>;
  beforeEach(() => {
    temp = tempStateDb();
  });
  afterEach(() => temp.cleanup());

  it('when two store instances on one file claim at once, then exactly one is claimed', async () => {
    const a = createPendingActionStore(temp.open());
    const b = createPendingActionStore(temp.open());
    const { id } = await a.create(setQuantity());
    const results = await Promise.all([
      a.claim(id, MEGAN),
      b.claim(id, MEGAN),
      a.claim(id, MEGAN),
      b.claim(id, MEGAN),
    ]);
    expect(results.filter((r) => r.outcome === 'claimed')).toHaveLength(1);
  });

  it('when the agent restarts between storing and answering, then the action is claimed once by the new instance', async () => {
    const before = temp.open();
    const { id, requestId } = await createPendingActionStore(before).create(setQuantity());
    before.close();
    const after = createPendingActionStore(temp.open());
    const first = await after.claim(id, MEGAN);
    expect(first.outcome).toBe('claimed');
    expect(first.action?.requestId).toBe(requestId);
    expect((await after.claim(id, MEGAN)).outcome).toBe('in-progress');
  });

  it('when one instance completes, then the other sees already-succeeded', async () => {
    const a = createPendingActionStore(temp.open());
    const b = createPendingActionStore(temp.open());
    const { id } = await a.create(setQuantity());
    await a.claim(id, MEGAN);
    await a.complete(id, { status: 'succeeded', result: { ok: true } });
    expect((await b.claim(id, MEGAN)).outcome).toBe('already-succeeded');
  });
});
