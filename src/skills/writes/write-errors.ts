import { intentAction } from '../../cards/views/actions.js';
import { facts } from '../../cards/views/facts.js';
import { writeResultCard } from '../../cards/views/writes.js';
import type { AdaptiveCard } from '../../cards/render.js';
import { isPartnerCenterError } from '../../partner-center/index.js';
import { isAppError } from '../../shared/errors.js';
import type { PendingAction, PendingActionError } from '../../state/index.js';
import type { StoredSummary } from './propose.js';

export type WriteErrorKind = 'stale' | 'unknown-outcome' | 'refused';

/** Client-side codes after which the change may or may not have been made. */
const UNKNOWN_OUTCOME_CODES = new Set(['PC_NETWORK_ERROR', 'PC_TIMEOUT', 'PC_POLLING_GAVE_UP']);

/**
 * - `stale`: 400 / 2055 "the resource was changed" or 412 (`develop/error-codes.md`): re-read and
 *   ask again;
 * - `unknown-outcome`: no answer, or a server error after the client's retries: the call may
 *   have landed, so the same MS-RequestId is kept for another try;
 * - `refused`: Partner Center said no (validation, rules, permissions): nothing changed.
 */
export function classifyWriteError(error: unknown): WriteErrorKind {
  if (!isPartnerCenterError(error)) return 'refused';
  if ((error.status === 400 && String(error.code) === '2055') || error.status === 412)
    return 'stale';
  if (error.status === 0 && typeof error.code === 'string' && UNKNOWN_OUTCOME_CODES.has(error.code))
    return 'unknown-outcome';
  if (error.status === 504 || (error.status >= 500 && error.status !== 501))
    return 'unknown-outcome';
  return 'refused';
}

/** What the user sees (and the action stores) when Partner Center refused a write. */
export function failureView(
  error: unknown,
  action: PendingAction,
  correlationId: string,
): { error: PendingActionError; card: (summary: StoredSummary) => AdaptiveCard } {
  const pc = isPartnerCenterError(error) ? error : undefined;
  const message = pc
    ? pc.description || pc.message
    : isAppError(error)
      ? error.message
      : 'The agent hit an unexpected problem; the change was not confirmed by Partner Center.';
  const stored: PendingActionError = {
    message,
    ...(pc?.code !== undefined ? { code: pc.code } : {}),
    ...(pc ? { status: pc.status } : {}),
    correlationId,
  };
  return {
    error: stored,
    card: (summary) =>
      writeResultCard({
        title: `Not changed: ${summary.title}`,
        subtitle: summary.subtitle,
        tone: 'attention',
        message: `${message} Nothing was changed.`,
        facts: facts([
          [
            'Partner Center',
            pc
              ? pc.code !== undefined
                ? `${pc.status} / ${pc.code}`
                : String(pc.status)
              : undefined,
          ],
          ['Request id', action.requestId],
          ['Correlation id', correlationId],
        ]),
        actions: [intentAction('Ask again', summary.request.intent, summary.request.entities)],
      }),
  };
}
