import { renderCard, type AdaptiveCard } from '../render.js';
import { executeAction, VERBS, type CardAction, type OpenUrlAction } from './actions.js';
import type { Fact } from './facts.js';

export interface ChangeRow {
  field: string;
  before: string;
  after: string;
}

export interface ConfirmView {
  title: string;
  /** Customer and target, in words. */
  subtitle: string;
  changes: ChangeRow[];
  facts: Fact[];
  notes: string[];
  /** "Since this card was drawn, seats went from 25 to 27." (a re-confirmation). */
  changedSince?: string;
  /** Signed button data (see security/card-signing.ts). */
  confirmData: Record<string, unknown>;
  cancelData: Record<string, unknown>;
  /** "Confirm within 15 minutes (until 12:45 UTC)." */
  expiresText: string;
  confirmTitle?: string;
}

/**
 * The confirmation card of every write: before → after, the facts that cost money, the rules
 * that apply, and Confirm / Cancel as Action.Execute (cards/confirm.json).
 */
export function confirmCard(view: ConfirmView): AdaptiveCard {
  return renderCard('confirm', {
    title: view.title,
    subtitle: view.subtitle,
    hasChangedSince: Boolean(view.changedSince),
    changedSince: view.changedSince ?? '',
    changes: view.changes,
    facts: view.facts,
    notes: view.notes.map((text) => ({ text })),
    footer: `${view.expiresText} You can also type "yes" or "no".`,
    actions: [
      executeAction(view.confirmTitle ?? 'Confirm', VERBS.confirm, view.confirmData, 'positive'),
      executeAction('Cancel', VERBS.cancel, view.cancelData),
    ],
  });
}

export type ResultTone = 'good' | 'attention' | 'warning' | 'info';

export interface WriteResultView {
  title: string;
  subtitle: string;
  tone: ResultTone;
  message?: string;
  changes?: ChangeRow[];
  facts?: Fact[];
  secret?: { label: string; value: string; note: string };
  actions?: Array<CardAction | OpenUrlAction>;
}

const COLOR: Record<ResultTone, string> = {
  good: 'Good',
  attention: 'Attention',
  warning: 'Warning',
  info: 'Default',
};

/** The card that replaces a confirmation: what was done (or why not). */
export function writeResultCard(view: WriteResultView): AdaptiveCard {
  return renderCard(
    'write-result',
    {
      title: view.title,
      subtitle: view.subtitle,
      color: COLOR[view.tone],
      hasMessage: Boolean(view.message),
      message: view.message ?? '',
      changes: (view.changes ?? []).map((c) => ({
        field: c.field,
        text: c.before === '' ? c.after : `${c.before} → ${c.after}`,
      })),
      hasSecret: Boolean(view.secret),
      secretLabel: view.secret?.label ?? '',
      secretValue: view.secret?.value ?? '',
      secretNote: view.secret?.note ?? '',
      facts: view.facts ?? [],
      actions: view.actions ?? [],
    },
    // A card with a one-time password must not linger in the rendered-card cache.
    view.secret ? { noCache: true } : {},
  );
}
