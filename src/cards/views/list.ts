import { renderCard, type AdaptiveCard } from '../render.js';
import type { CardAction, OpenUrlAction } from './actions.js';

export interface ListColumn {
  header: string;
  /** Relative width (Adaptive Card Table column width). */
  width?: number;
}

export interface ListView {
  title: string;
  subtitle: string;
  columns: ListColumn[];
  /** One string per column; views format numbers and dates first. */
  rows: string[][];
  /** Shown when there are no rows. */
  empty: string;
  /** A warning above the table (e.g. "closest match to …"). */
  note?: string;
  /** A subtle line under the table (what to ask next). */
  hint?: string;
  actions?: Array<CardAction | OpenUrlAction>;
}

/** Any list: a Table with a header row (cards/list.json). Views page it; it never grows unbounded. */
export function listCard(view: ListView): AdaptiveCard {
  return renderCard('list', {
    title: view.title,
    subtitle: view.subtitle,
    hasNote: Boolean(view.note),
    note: view.note ?? '',
    columns: view.columns.map((c) => ({ width: c.width ?? 1 })),
    headers: view.columns.map((c) => ({ text: c.header })),
    rows: view.rows.map((cells) => ({ cells: cells.map((text) => ({ text: text || '—' })) })),
    empty: view.empty,
    hasHint: Boolean(view.hint),
    hint: view.hint ?? '',
    actions: view.actions ?? [],
  });
}
