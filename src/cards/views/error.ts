import { renderCard, type AdaptiveCard } from '../render.js';
import { intentAction, type CardAction } from './actions.js';
import { facts } from './facts.js';

export interface ErrorView {
  title: string;
  message: string;
  /** What the user can do next. */
  next: string;
  correlationId: string;
  requestId?: string;
  /** Partner Center status and code, e.g. "429" or "400 / 2055". */
  serviceCode?: string;
  retry?: CardAction;
}

/** The one error card: what happened, what to do next, and the ids support will ask for. */
export function errorCard(view: ErrorView): AdaptiveCard {
  return renderCard('error', {
    title: view.title,
    message: view.message,
    next: view.next,
    facts: facts([
      ['Correlation id', view.correlationId],
      ['Request id', view.requestId],
      ['Partner Center', view.serviceCode],
    ]),
    actions: [...(view.retry ? [view.retry] : []), intentAction('Help', 'help')],
  });
}
