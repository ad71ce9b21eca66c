import { deniedCard } from '../../cards/views/denied.js';
import { facts } from '../../cards/views/facts.js';
import { noticeCard } from '../../cards/views/notice.js';
import { writeResultCard } from '../../cards/views/writes.js';
import { cardRejection, type CardRejectReason } from '../../security/card-signing.js';
import { can } from '../../security/permissions.js';
import { roleDisplayName } from '../../security/roles.js';
import type { PendingAction } from '../../state/index.js';
import type { SkillReply, SkillRequest } from '../skill.js';
import { auditAttempt, auditWrite } from './audit-write.js';
import { classifyWriteError, failureView } from './write-errors.js';
import { changedSinceText, refreshProposal } from './refresh.js';
import { notice, resultCard, type StoredResult } from './answer-cards.js';
import { confirmationCard, proposeChange, storedSummary } from './propose.js';
import type { WriteDefinition, WriteResult } from './write-definition.js';

export interface WriteAnswers {
  /** Confirm / Cancel pressed on a confirmation card (`data` from the signed button). */
  answerCard(
    request: SkillRequest,
    verb: 'confirm' | 'cancel',
    data: Record<string, unknown>,
  ): Promise<SkillReply>;
  /** "yes": confirms the newest pending action of this user in this conversation. */
  confirmTyped(request: SkillRequest): Promise<SkillReply | undefined>;
  /** "no" / "cancel": cancels it. */
  rejectTyped(request: SkillRequest): Promise<SkillReply | undefined>;
}

/**
 * Answers to confirmation cards. Confirm claims the stored pending action (exactly one caller
 * wins, across clicks, instances and restarts), re-checks the role, calls Partner Center with
 * the action's own MS-RequestId, stores the outcome and audits every step.
 */
export function createWriteAnswers(definitions: readonly WriteDefinition<never>[]): WriteAnswers {
  const byIntent = new Map<string, WriteDefinition<unknown>>(
    definitions.map((d) => [d.intent, d as unknown as WriteDefinition<unknown>]),
  );

  const refuse = async (
    request: SkillRequest,
    reason: CardRejectReason | 'tampered' | 'unknown-action',
    pendingActionId?: string,
  ): Promise<SkillReply> => {
    const message =
      reason === 'tampered'
        ? 'This card’s data does not match what I sent (another customer or action), so nothing was done. Ask me again.'
        : reason === 'unknown-action'
          ? 'I have no record of this confirmation, so nothing was done. Ask me again.'
          : cardRejection(reason).message;
    await auditAttempt(request, 'confirm', 'refused', `card refused: ${reason}`, {
      ...(pendingActionId ? { pendingActionId } : {}),
    });
    return {
      cards: [
        noticeCard({
          title: 'Refused: nothing was changed',
          message,
          tone: 'attention',
          facts: facts([['Correlation id', request.correlationId]]),
        }),
      ],
    };
  };

  const confirm = async (request: SkillRequest, action: PendingAction): Promise<SkillReply> => {
    const definition = byIntent.get(action.intent);
    if (!definition) return refuse(request, 'unknown-action', action.id);
    // The role is checked again: it may have been taken away since the card was drawn.
    const check = can(request.role, action.intent);
    if (!check.allowed) {
      await request.services.pendingActions.cancel(action.id, actorOf(request));
      await auditWrite(request, action, 'denied', { detail: `missing ${check.missing}` });
      return {
        cards: [
          deniedCard({
            what: `"${action.intent}"`,
            missingPermission: check.missing,
            rolesWithIt: check.rolesWithIt,
            ...(request.role ? { roleName: roleDisplayName(request.role) } : {}),
          }),
        ],
      };
    }
    if (definition.showsSecret && !request.privateReply)
      return notice(
        action,
        'Press Confirm on the card',
        'This change makes a password that is shown once. Here everyone in the conversation would see it, so it runs only from the card’s Confirm button, whose answer only you see.',
        'info',
      );
    const claim = await request.services.pendingActions.claim(action.id, actorOf(request));
    const current = claim.action ?? action;
    switch (claim.outcome) {
      case 'claimed':
        return execute(request, definition, claim.action);
      case 'in-progress':
        return notice(
          current,
          'Already in progress',
          'This change is being made right now (another click or another window confirmed it). It runs once; nothing will be done twice.',
          'info',
        );
      case 'already-succeeded':
        return {
          cards: [
            resultCard(
              current,
              current.result as StoredResult,
              undefined,
              'This was already done; nothing was done again.',
            ),
          ],
        };
      case 'already-failed':
        return notice(
          current,
          'This change failed earlier',
          `${current.error?.message ?? 'Partner Center refused it.'} Nothing was changed. Ask again to try once more.`,
          'attention',
          true,
        );
      case 'cancelled':
        return current.supersededBy
          ? notice(
              current,
              'This card was replaced',
              'A newer confirmation card replaced this one. Use that card, or ask again.',
              'warning',
            )
          : notice(
              current,
              'This change was cancelled',
              'Nothing was changed. Ask again if you still want it.',
              'info',
              true,
            );
      case 'expired':
        await auditWrite(request, current, 'expired', {
          detail: 'answered after the confirmation expired',
        });
        return notice(
          current,
          'This confirmation expired',
          `Confirmations last ${Math.round(request.services.pendingActions.ttlInMs / 60_000)} minutes, so nothing was changed. Ask again to get a fresh card with the current values.`,
          'warning',
          true,
        );
      case 'not-found':
        return refuse(request, 'unknown-action', action.id);
      case 'forbidden':
        return refuse(request, 'wrong-user', action.id);
    }
  };

  const execute = async (
    request: SkillRequest,
    definition: WriteDefinition<unknown>,
    action: PendingAction,
  ): Promise<SkillReply> => {
    const { pendingActions } = request.services;
    await auditWrite(
      request,
      action,
      'confirmed',
      action.attempts > 1 ? { detail: `attempt ${action.attempts}, same MS-RequestId` } : {},
    );
    const input = {
      payload: action.payload,
      action,
      request,
      options: { requestId: action.requestId, correlationId: request.correlationId },
    };
    let result: WriteResult;
    try {
      result = await definition.execute(input);
    } catch (error) {
      const kind = classifyWriteError(error);
      if (kind === 'stale') {
        await auditWrite(request, action, 'failed', {
          detail: 'Partner Center: the data changed since the card was drawn (2055); asked again',
        });
        const refreshed = await refreshProposal(definition, input);
        if (!('payload' in refreshed)) {
          await pendingActions.complete(action.id, {
            status: 'failed',
            error: { message: 'stale data', code: 2055 },
          });
          return refreshed;
        }
        return proposeChange(request, definition, refreshed, {
          action,
          changedSince: changedSinceText(storedSummary(action), refreshed),
        });
      }
      if (kind === 'unknown-outcome') {
        // The call may or may not have landed: keep the action and its MS-RequestId, so
        // confirming again is safe (Partner Center applies one request id once).
        await pendingActions.release(action.id);
        await auditWrite(request, action, 'failed', {
          detail: `outcome unknown: ${describe(error)}`,
        });
        const summary = storedSummary(action);
        return {
          cards: [
            writeResultCard({
              title: 'Partner Center did not answer in time',
              subtitle: summary.subtitle,
              tone: 'warning',
              message: `${describe(error)} The change may or may not have been made. Press Confirm below to try again: it uses the same request id, so Partner Center applies it at most once.`,
              facts: facts([
                ['Request id', action.requestId],
                ['Correlation id', request.correlationId],
              ]),
            }),
            confirmationCard(request, action, summary),
          ],
        };
      }
      const view = failureView(error, action, request.correlationId);
      await pendingActions.complete(action.id, { status: 'failed', error: view.error });
      await auditWrite(request, action, 'failed', { detail: view.error.message });
      return { cards: [view.card(storedSummary(action))] };
    }
    const { secret, after, ...kept } = result;
    const stored: StoredResult = {
      ...kept,
      ...(secret ? { secretShown: { label: secret.label, note: secret.note } } : {}),
      completedAt: request.services.now().toISOString(),
    };
    await pendingActions.complete(action.id, { status: 'succeeded', result: stored });
    // Audited in the card's own terms (Seats: 25 → 30), as Partner Center answered.
    const changed = kept.changes ?? storedSummary(action).changes;
    await auditWrite(request, action, 'succeeded', {
      after: after ?? Object.fromEntries(changed.map((c) => [c.field, c.after])),
    });
    const done = (await pendingActions.get(action.id)) ?? action;
    return { cards: [resultCard(done, stored, request.privateReply ? secret : undefined)] };
  };

  const cancel = async (request: SkillRequest, action: PendingAction): Promise<SkillReply> => {
    const outcome = await request.services.pendingActions.cancel(action.id, actorOf(request));
    switch (outcome.outcome) {
      case 'cancelled':
        await auditWrite(request, outcome.action, 'cancelled');
        return notice(
          outcome.action,
          'Cancelled: nothing was changed',
          'The change was not made.',
          'info',
          true,
        );
      case 'expired':
        return notice(
          outcome.action,
          'This confirmation had expired',
          'Nothing was changed.',
          'info',
          true,
        );
      case 'not-pending':
        return confirm(request, outcome.action);
      case 'forbidden':
        return refuse(request, 'wrong-user', action.id);
      case 'not-found':
        return refuse(request, 'unknown-action', action.id);
    }
  };

  return {
    async answerCard(request, verb, data) {
      const verified = request.services.cardSigner.verify(data.token, {
        userId: request.user.id,
        conversationId: request.conversationId,
        verb,
      });
      if (!verified.ok) return refuse(request, verified.reason);
      const signed = verified.payload;
      // The plain copies next to the token must say what the token says.
      if (
        (data.pendingActionId !== undefined && data.pendingActionId !== signed.pendingActionId) ||
        (data.customerId ?? undefined) !== signed.customerId
      )
        return refuse(request, 'tampered', signed.pendingActionId);
      const action = await request.services.pendingActions.get(signed.pendingActionId);
      if (!action) return refuse(request, 'unknown-action', signed.pendingActionId);
      if (action.customerId !== signed.customerId) return refuse(request, 'tampered', action.id);
      return verb === 'confirm' ? confirm(request, action) : cancel(request, action);
    },
    async confirmTyped(request) {
      const [newest] = await request.services.pendingActions.listPendingFor(
        request.conversationId,
        request.user.id,
      );
      return newest ? confirm(request, newest) : undefined;
    },
    async rejectTyped(request) {
      const [newest] = await request.services.pendingActions.listPendingFor(
        request.conversationId,
        request.user.id,
      );
      return newest ? cancel(request, newest) : undefined;
    },
  };
}

function actorOf(request: SkillRequest) {
  return { userId: request.user.id, conversationId: request.conversationId };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
