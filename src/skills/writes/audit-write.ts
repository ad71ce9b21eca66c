import type { AuditOutcome, PendingAction } from '../../state/index.js';
import type { SkillRequest } from '../skill.js';

/**
 * One audit entry about a pending action: who (from the request), what (from the action), the
 * MS-RequestId and the turn's correlation id. Never fails the turn: a write that happened must be
 * reported to the user even if the log could not be written (the failure is logged).
 */
export async function auditWrite(
  request: SkillRequest,
  action: PendingAction,
  outcome: AuditOutcome,
  extra: { detail?: string; after?: unknown } = {},
): Promise<void> {
  const summary = action.summary as { before?: unknown; after?: unknown; targetName?: string };
  try {
    await request.services.auditLog.append({
      userId: request.user.id,
      ...(request.user.name ? { userName: request.user.name } : {}),
      ...(request.role ? { role: request.role } : {}),
      intent: action.intent,
      outcome,
      ...(action.customerId ? { customerId: action.customerId } : {}),
      ...(action.customerName ? { customerName: action.customerName } : {}),
      ...(action.target ? { target: action.target } : {}),
      ...(summary.targetName ? { targetName: summary.targetName } : {}),
      before: summary.before,
      after: extra.after ?? summary.after,
      requestId: action.requestId,
      correlationId: request.correlationId,
      pendingActionId: action.id,
      conversationId: action.conversationId,
      ...(extra.detail ? { detail: extra.detail } : {}),
    });
  } catch (error) {
    request.services.logger.error('audit entry not written', {
      correlationId: request.correlationId,
      pendingActionId: action.id,
      outcome,
      error,
    });
  }
}

/** An audit entry without a pending action: a denied or refused write. */
export async function auditAttempt(
  request: SkillRequest,
  intent: string,
  outcome: 'denied' | 'refused',
  detail: string,
  extra: { pendingActionId?: string; customer?: { id: string; name: string } } = {},
): Promise<void> {
  try {
    await request.services.auditLog.append({
      userId: request.user.id,
      ...(request.user.name ? { userName: request.user.name } : {}),
      ...(request.role ? { role: request.role } : {}),
      intent,
      outcome,
      ...(extra.customer
        ? { customerId: extra.customer.id, customerName: extra.customer.name }
        : {}),
      correlationId: request.correlationId,
      conversationId: request.conversationId,
      ...(extra.pendingActionId ? { pendingActionId: extra.pendingActionId } : {}),
      detail,
    });
  } catch (error) {
    request.services.logger.error('audit entry not written', {
      correlationId: request.correlationId,
      outcome,
      error,
    });
  }
}
