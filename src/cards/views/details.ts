import { renderCard, type AdaptiveCard } from '../render.js';
import type { CardAction, OpenUrlAction } from './actions.js';
import type { Fact } from './facts.js';

export interface DetailsView {
  title: string;
  subtitle: string;
  facts: Fact[];
  note?: string;
  actions?: Array<CardAction | OpenUrlAction>;
}

/** One thing's details as facts, with the next useful actions (cards/details.json). */
export function detailsCard(view: DetailsView): AdaptiveCard {
  return renderCard('details', {
    title: view.title,
    subtitle: view.subtitle,
    hasNote: Boolean(view.note),
    note: view.note ?? '',
    facts: view.facts,
    actions: view.actions ?? [],
  });
}
