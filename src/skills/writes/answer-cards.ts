import { intentAction } from '../../cards/views/actions.js';
import { facts } from '../../cards/views/facts.js';
import { writeResultCard } from '../../cards/views/writes.js';
import type { PendingAction } from '../../state/index.js';
import type { SkillReply } from '../skill.js';
import { storedSummary } from './propose.js';
import type { WriteResult } from './write-definition.js';

/** The cards that answer a Confirm or Cancel: outcomes in words, and the result of a write. */

/** What is kept of a result with the succeeded action (a secret never is). */
export interface StoredResult extends Omit<WriteResult, 'secret' | 'after'> {
  secretShown?: { label: string; note: string };
  completedAt: string;
}

export function notice(
  action: PendingAction,
  title: string,
  message: string,
  tone: 'info' | 'warning' | 'attention',
  askAgain = false,
): SkillReply {
  const summary = storedSummary(action);
  return {
    cards: [
      writeResultCard({
        title,
        subtitle: `${summary.title} · ${summary.subtitle}`,
        tone,
        message,
        ...(askAgain
          ? {
              actions: [
                intentAction('Ask again', summary.request.intent, summary.request.entities),
              ],
            }
          : {}),
      }),
    ],
  };
}

export function resultCard(
  action: PendingAction,
  result: StoredResult,
  secret: WriteResult['secret'],
  message?: string,
) {
  const summary = storedSummary(action);
  const withheld = result.secretShown && !secret;
  return writeResultCard({
    title: result.title,
    subtitle: summary.subtitle,
    tone: 'good',
    message: [
      message,
      result.message,
      withheld
        ? `${result.secretShown?.label}: shown once, to the requester only, when it was made. Reset the password to get a new one.`
        : undefined,
    ]
      .filter(Boolean)
      .join(' '),
    changes: result.changes ?? summary.changes,
    facts: [
      ...(result.facts ?? []),
      ...facts([
        ['Request id', action.requestId],
        ['Done at', result.completedAt.replace('T', ' ').slice(0, 16) + ' UTC'],
      ]),
    ],
    ...(secret ? { secret } : {}),
    ...(result.actions ? { actions: result.actions } : {}),
  });
}
