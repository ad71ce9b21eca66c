import { renderCard, type AdaptiveCard } from '../render.js';
import type { CardAction, OpenUrlAction } from './actions.js';

export interface ChooseView {
  title: string;
  message: string;
  /** One button per choice, stacked (one ActionSet each), so no client hides any in an overflow menu. */
  choices: CardAction[];
  hint?: string;
  actions?: Array<CardAction | OpenUrlAction>;
}

/** "Which one did you mean?" (cards/choose.json). */
export function chooseCard(view: ChooseView): AdaptiveCard {
  return renderCard('choose', {
    title: view.title,
    message: view.message,
    choices: view.choices.map((action) => ({ actions: [action] })),
    hasHint: Boolean(view.hint),
    hint: view.hint ?? '',
    actions: view.actions ?? [],
  });
}
