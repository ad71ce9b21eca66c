import { subscriptionName } from '../../cards/views/subscriptions.js';
import {
  chooseSubscriptionCard,
  noSubscriptionCard,
} from '../../cards/views/subscription-details.js';
import { collectAll, type Subscription } from '../../partner-center/index.js';
import type { CustomerSummary } from '../customers/customer-directory.js';
import { withCustomer } from '../customers/with-customer.js';
import type { SkillReply, SkillRequest } from '../skill.js';
import { findSubscription } from '../subscription-details/find-subscription.js';
import { sortSubscriptions } from '../subscriptions.js';

const MAX_CHOICES = 10;

export interface ResolvedSubscription {
  customer: CustomerSummary;
  /** Read fresh with GET (its etag is the one the write will send). */
  subscription: Subscription;
}

/**
 * The customer and the one subscription a write names (by id, by name, or the one in context),
 * read again with GET so the confirmation card and the PATCH use its current state and etag.
 * Several matches give a card whose buttons run the same write for the one picked.
 */
export async function withSubscription<T>(
  request: SkillRequest,
  example: string,
  run: (resolved: ResolvedSubscription) => Promise<T | SkillReply>,
): Promise<T | SkillReply> {
  return withCustomer<T>(request, example, async ({ customer }) => {
    const pc = request.services.partnerCenter;
    const options = { correlationId: request.correlationId };
    const context = request.context;
    const named = request.entities.subscription?.trim();
    const text =
      named ||
      (context.subscription?.customerId === customer.id ? context.subscription.id : undefined);
    const all = sortSubscriptions(await collectAll(pc.subscriptions.list(customer.id, options)));
    const match = text ? findSubscription(all, text) : ({ kind: 'choose', choices: all } as const);
    if (match.kind === 'none' || (match.kind === 'choose' && match.choices.length === 0))
      return { cards: [noSubscriptionCard(customer, text)] };
    if (match.kind === 'choose') {
      const shown = match.choices.slice(0, MAX_CHOICES);
      const entities = { ...request.entities } as Record<string, unknown>;
      delete entities.subscription;
      delete entities.customer;
      return {
        cards: [
          chooseSubscriptionCard(customer, named, shown, match.choices.length - shown.length, {
            intent: request.intent,
            entities,
          }),
        ],
      };
    }
    const subscription = await pc.subscriptions.get(customer.id, match.subscription.id, {
      ...options,
      fresh: true,
    });
    context.subscription = {
      id: subscription.id,
      name: subscriptionName(subscription),
      customerId: customer.id,
    };
    return run({ customer, subscription });
  });
}
