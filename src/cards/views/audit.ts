import type { Period } from '../../intents/index.js';
import type { AdaptiveCard } from '../render.js';
import type { CardAction, OpenUrlAction } from './actions.js';
import { plural } from './format.js';
import { listCard, type ListColumn } from './list.js';

/** One change, from the agent's own audit log or from Partner Center's activity log. */
export interface AuditRowView {
  /** ISO 8601 (UTC). */
  when: string;
  source: 'agent' | 'partnerCenter';
  who: string;
  what: string;
  customer?: string;
  outcome: string;
}

export interface AuditListView {
  /** Set when the list is one customer's: its column is then left out. */
  customer?: { id: string; name: string };
  period: Period;
  /** The page shown. */
  rows: AuditRowView[];
  /** All rows of the period (before paging), by source. */
  total: number;
  agentCount: number;
  partnerCenterCount: number;
  /** 1-based number of the first row shown. */
  from: number;
  notes?: string[];
  moreAction?: CardAction;
  downloadAction?: OpenUrlAction;
  /** Further buttons (a wider period, the customer). */
  actions?: CardAction[];
}

export const SOURCE_LABEL: Record<AuditRowView['source'], string> = {
  agent: 'Agent',
  partnerCenter: 'Partner Center',
};

/** `2026-03-13T08:06:19.000Z` → `2026-03-13 08:06` (UTC; the header says so); else as given. */
export function formatWhen(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]}` : iso;
}

/** audit.list: who changed what, newest first, from both logs in one table. */
export function auditListCard(view: AuditListView): AdaptiveCard {
  const span =
    view.period.start === view.period.end
      ? `on ${view.period.start}`
      : `from ${view.period.start} to ${view.period.end}`;
  const to = view.from + view.rows.length - 1;
  const columns: ListColumn[] = [
    { header: 'When (UTC)', width: 2 },
    { header: 'Who', width: 3 },
    { header: 'What', width: 4 },
    ...(view.customer ? [] : [{ header: 'Customer', width: 2 }]),
    { header: 'Outcome', width: 2 },
    { header: 'Source', width: 2 },
  ];
  return listCard({
    title: view.customer ? `Changes at ${view.customer.name}` : 'Recent changes',
    subtitle:
      view.total === 0
        ? `No changes ${span}`
        : `${plural(view.total, 'change')} ${span}: ${view.agentCount} through the agent, ` +
          `${view.partnerCenterCount} in Partner Center` +
          (view.total > view.rows.length ? ` · showing ${view.from}–${to}` : ''),
    ...(view.notes?.length ? { note: view.notes.join(' ') } : {}),
    columns,
    rows: view.rows.map((r) => [
      formatWhen(r.when),
      r.who,
      r.what,
      ...(view.customer ? [] : [r.customer ?? '']),
      r.outcome,
      SOURCE_LABEL[r.source],
    ]),
    empty: view.customer
      ? `Nothing changed at ${view.customer.name} ${span}, in the agent's log or in Partner Center.`
      : `Nothing changed ${span}, in the agent's log or in Partner Center.`,
    ...(view.total > 0
      ? {
          hint: 'Agent: what was asked through this agent, whatever its outcome. Partner Center: its activity log of every change, from any tool.',
        }
      : {}),
    actions: [
      ...(view.moreAction ? [view.moreAction] : []),
      ...(view.downloadAction ? [view.downloadAction] : []),
      ...(view.actions ?? []),
    ],
  });
}
