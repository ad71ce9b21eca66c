import { subscriptionName } from '../cards/views/subscriptions.js';
import {
  chooseSubscriptionCard,
  noSubscriptionCard,
  subscriptionDetailsCard,
} from '../cards/views/subscription-details.js';
import { collectAll } from '../partner-center/index.js';
import { withCustomer } from './customers/with-customer.js';
import type { AreaSkills, Skill } from './skill.js';
import { sortSubscriptions } from './subscriptions.js';
import { findSubscription } from './subscription-details/find-subscription.js';

/** Buttons on a "which subscription?" card at most (one stacked button each). */
const MAX_CHOICES = 10;

/**
 * subscriptions.show: every field of one subscription (`develop/get-a-subscription-by-id.md`),
 * named by id or by name among the customer's subscriptions ("E3" → Microsoft 365 E3), or the
 * one in context ("and its details?"). The one shown becomes the context's subscription.
 */
export const showSubscription: Skill = (request) =>
  withCustomer(
    request,
    'details of the Microsoft 365 E3 subscription for Contoso Ltd',
    async ({ customer, note }) => {
      const context = request.context;
      const named = request.entities.subscription?.trim();
      const text =
        named ||
        (context.subscription?.customerId === customer.id ? context.subscription.id : undefined);
      const all = sortSubscriptions(
        await collectAll(
          request.services.partnerCenter.subscriptions.list(customer.id, {
            correlationId: request.correlationId,
          }),
        ),
      );
      const match = text
        ? findSubscription(all, text)
        : ({ kind: 'choose', choices: all } as const);
      if (match.kind === 'none' || (match.kind === 'choose' && match.choices.length === 0)) {
        return { cards: [noSubscriptionCard(customer, text)] };
      }
      if (match.kind === 'choose') {
        const shown = match.choices.slice(0, MAX_CHOICES);
        return {
          cards: [
            chooseSubscriptionCard(customer, named, shown, match.choices.length - shown.length),
          ],
        };
      }
      const s = match.subscription;
      context.subscription = { id: s.id, name: subscriptionName(s), customerId: customer.id };
      return {
        cards: [subscriptionDetailsCard({ customer, subscription: s, ...(note ? { note } : {}) })],
      };
    },
  );

/** subscriptions.show. Intents without a skill here answer "not available yet". */
export const subscriptionDetailsSkills: AreaSkills = { 'subscriptions.show': showSubscription };
