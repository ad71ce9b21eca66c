import {
  chooseCustomerCard,
  noCustomerCard,
  whichCustomerCard,
} from '../../cards/views/customers.js';
import type { SkillReply, SkillRequest } from '../skill.js';
import type { CustomerSummary } from './customer-directory.js';
import { normalizeCustomerText, resolveCustomer } from './resolve-customer.js';

export interface ResolvedCustomer {
  customer: CustomerSummary;
  /** "Showing X, the closest match to Y": set when a typo was corrected. */
  note?: string;
}

/**
 * Runs `run` for the customer the request names, or the one in conversation context
 * ("and its subscriptions?"). Otherwise answers itself: which customer, several matches
 * (a button each), or none (the closest names). The customer found becomes the context.
 */
export async function withCustomer<T = SkillReply>(
  request: SkillRequest,
  example: string,
  run: (resolved: ResolvedCustomer) => Promise<T | SkillReply>,
): Promise<T | SkillReply> {
  const named = request.entities.customer?.trim();
  const context = request.context;
  if (!named) {
    if (!context.customer) return { cards: [whichCustomerCard(example)] };
    return run({ customer: context.customer });
  }
  // The customer in context, named again by id, name or domain ("show subscriptions for
  // Contoso Ltd" right after "show customer Contoso Ltd"): no need to search Partner Center.
  if (context.customer && sameCustomer(context.customer, named)) {
    return run({ customer: context.customer });
  }
  const resolution = await resolveCustomer(request.services.customers, named, {
    correlationId: request.correlationId,
  });
  const entities = { ...request.entities } as Record<string, unknown>;
  delete entities.customer;
  switch (resolution.kind) {
    case 'choose':
      return {
        cards: [
          chooseCustomerCard({
            text: resolution.text,
            choices: resolution.choices,
            more: resolution.more,
            intent: request.intent,
            entities,
          }),
        ],
      };
    case 'none':
      return {
        cards: [
          noCustomerCard({
            text: resolution.text,
            closest: resolution.closest,
            intent: request.intent,
            entities,
          }),
        ],
      };
    case 'found': {
      const { customer } = resolution;
      if (context.customer?.id !== customer.id) delete context.subscription;
      context.customer = {
        id: customer.id,
        name: customer.name,
        ...(customer.domain ? { domain: customer.domain } : {}),
      };
      return run({
        customer,
        ...(resolution.closestTo
          ? { note: `No customer is called "${resolution.closestTo}"; showing the closest match.` }
          : {}),
      });
    }
  }
}

function sameCustomer(customer: { id: string; name: string; domain?: string }, named: string) {
  const text = normalizeCustomerText(named).toLowerCase();
  return (
    customer.id.toLowerCase() === text ||
    customer.name.toLowerCase() === text ||
    customer.domain?.toLowerCase() === text
  );
}
