import { renderCard, type AdaptiveCard } from '../render.js';
import { sayAction } from './actions.js';
import { facts } from './facts.js';

export interface WelcomeView {
  connection: string;
  roleName?: string;
  /** Example sentences the user may try (already filtered by role). */
  examples: string[];
}

/** The first card of a conversation: where the agent is connected and what to try. */
export function welcomeCard(view: WelcomeView): AdaptiveCard {
  return renderCard('welcome', {
    title: 'Partner Center agent',
    subtitle: 'Run Partner Center by conversation.',
    intro:
      'Ask about customers, subscriptions, licenses, users, orders, usage, offers, benefits and referrals. Changes are always confirmed before anything is applied.',
    facts: facts([
      ['Connected to', view.connection],
      ['Your role', view.roleName],
    ]),
    actions: view.examples.slice(0, 5).map((text) => sayAction(text, text)),
  });
}
