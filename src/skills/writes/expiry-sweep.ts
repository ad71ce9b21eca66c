import type { SkillServices } from '../services.js';

/** How often unanswered confirmations are looked for (they expire after 15 minutes by default). */
export const EXPIRY_SWEEP_INTERVAL_MS = 60_000;

/**
 * Marks the confirmations nobody answered in time as expired and audits each one (DESIGN.md:
 * every write lands in the audit log, including those that were never answered). A late Confirm
 * still gets its own "this confirmation expired" answer from the store.
 */
export async function sweepExpiredConfirmations(
  services: Pick<SkillServices, 'pendingActions' | 'auditLog' | 'logger'>,
): Promise<number> {
  const expired = await services.pendingActions.expire();
  for (const action of expired) {
    const summary = action.summary as { before?: unknown; after?: unknown; targetName?: string };
    try {
      await services.auditLog.append({
        userId: action.userId,
        ...(action.userName ? { userName: action.userName } : {}),
        ...(action.role ? { role: action.role } : {}),
        intent: action.intent,
        outcome: 'expired',
        ...(action.customerId ? { customerId: action.customerId } : {}),
        ...(action.customerName ? { customerName: action.customerName } : {}),
        ...(action.target ? { target: action.target } : {}),
        ...(summary.targetName ? { targetName: summary.targetName } : {}),
        before: summary.before,
        after: summary.after,
        requestId: action.requestId,
        pendingActionId: action.id,
        conversationId: action.conversationId,
        detail: 'nobody confirmed in time; nothing was changed',
      });
    } catch (error) {
      services.logger.error('audit entry not written', { pendingActionId: action.id, error });
    }
  }
  return expired.length;
}
