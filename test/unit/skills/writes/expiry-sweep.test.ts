import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../src/shared/logger.js';
import { sweepExpiredConfirmations } from '../../../../src/skills/writes/expiry-sweep.js';
import {
  createAuditLog,
  createPendingActionStore,
  createSqliteDatabase,
} from '../../../../src/state/index.js';

describe('sweepExpiredConfirmations', () => {
  it('when a confirmation is left unanswered past 15 minutes, then the sweep marks it expired and audits it once', async () => {
    let now = Date.parse('2026-11-02T10:00:00Z');
    const db = createSqliteDatabase(':memory:');
    const pendingActions = createPendingActionStore(db, { now: () => now });
    const auditLog = createAuditLog(db, { now: () => now });
    const services = { pendingActions, auditLog, logger: silentLogger };
    const action = await pendingActions.create({
      intent: 'subscriptions.setQuantity',
      userId: 'user-1',
      userName: 'Megan Bowen',
      role: 'AdminAgent',
      conversationId: 'conversation-1',
      customerId: 'customer-1',
      customerName: 'Contoso Ltd',
      target: 'subscription-1',
      summary: { before: { Seats: '25' }, after: { Seats: '30' }, targetName: 'Microsoft 365 E3' },
    });
    const answered = await pendingActions.create({
      intent: 'subscriptions.rename',
      userId: 'user-1',
      conversationId: 'conversation-1',
    });
    await pendingActions.cancel(answered.id, {
      userId: 'user-1',
      conversationId: 'conversation-1',
    });

    now += 14 * 60_000;
    expect(await sweepExpiredConfirmations(services)).toBe(0);
    now += 2 * 60_000;
    expect(await sweepExpiredConfirmations(services)).toBe(1);
    expect(await sweepExpiredConfirmations(services)).toBe(0);

    expect((await pendingActions.get(action.id))?.status).toBe('expired');
    const { entries } = await auditLog.query({ outcome: 'expired' });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      intent: 'subscriptions.setQuantity',
      userName: 'Megan Bowen',
      role: 'AdminAgent',
      customerName: 'Contoso Ltd',
      target: 'subscription-1',
      targetName: 'Microsoft 365 E3',
      before: { Seats: '25' },
      after: { Seats: '30' },
      requestId: action.requestId,
      pendingActionId: action.id,
    });
    db.close();
  });
});
