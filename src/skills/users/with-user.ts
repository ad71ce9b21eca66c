import { chooseCustomerCard } from '../../cards/views/customers.js';
import {
  chooseUserCard,
  noUserCard,
  unknownUserCustomerCard,
  whichUserCard,
} from '../../cards/views/users.js';
import type { CustomerUser } from '../../partner-center/index.js';
import type { CustomerSummary } from '../customers/customer-directory.js';
import { withCustomer } from '../customers/with-customer.js';
import type { SkillReply, SkillRequest } from '../skill.js';
import { findUser } from './find-user.js';
import { rememberUser, userInContext } from './user-context.js';

export interface ResolvedUser {
  customer: CustomerSummary;
  user: CustomerUser;
  note?: string;
}

const CUSTOMER_CHOICES = 8;

/**
 * Runs `run` for the user the request names (user principal name, display name or object id)
 * at the customer it names, or else the customer in context, or else the customer whose domain
 * the user principal name has (jane@contoso.onmicrosoft.com → Contoso). The user found becomes
 * the user in context, its customer the customer in context.
 */
export async function withUser<T = SkillReply>(
  request: SkillRequest,
  example: string,
  run: (resolved: ResolvedUser) => Promise<T | SkillReply>,
): Promise<T | SkillReply> {
  const text = request.entities.user?.trim() || userInContext(request.context)?.upn;
  if (!text) {
    return { cards: [whichUserCard(example, request.context.customer)] };
  }
  const entities = { ...request.entities, user: text };
  const named = request.entities.customer?.trim();
  const inContext = request.context.customer;
  const domain = domainOf(text);
  if (named || !inContext || !domain || sameDomain(inContext.domain, domain)) {
    if (!named && !inContext) {
      if (!domain) return { cards: [whichUserCard(example, undefined)] };
      return byDomain({ ...request, entities }, domain, text, run);
    }
    return withCustomer({ ...request, entities }, example, ({ customer, note }) =>
      inCustomer(request, customer, text, note, run),
    );
  }
  // A customer is in context but the user's domain is another one: the context customer first
  // (tenants have custom domains), then the customer that owns the domain.
  const lookup = await findUser(request, inContext.id, text);
  if (lookup.kind !== 'none') {
    return answer(request, inContext, text, lookup, undefined, run);
  }
  return byDomain({ ...request, entities }, domain, text, run, {
    customer: inContext,
    closest: lookup.closest,
  });
}

async function byDomain<T = SkillReply>(
  request: SkillRequest,
  domain: string,
  text: string,
  run: (resolved: ResolvedUser) => Promise<T | SkillReply>,
  triedFirst?: { customer: CustomerSummary; closest: CustomerUser[] },
): Promise<T | SkillReply> {
  const call = { correlationId: request.correlationId };
  const directory = request.services.customers;
  // Partner Center searches customers by a Domain prefix only: the whole domain first, then its
  // first label ("contoso.com" → "contoso.", which finds contoso.onmicrosoft.com).
  const exact = await directory.searchPrefix('domain', domain, CUSTOMER_CHOICES + 1, call);
  let found = exact.customers.filter((c) => sameDomain(c.domain, domain));
  let candidates = found.length === 1 ? found : exact.customers;
  let more = exact.more;
  const label = domain.split('.')[0];
  if (candidates.length === 0 && label && label !== domain) {
    const byLabel = await directory.searchPrefix('domain', `${label}.`, CUSTOMER_CHOICES + 1, call);
    candidates = byLabel.customers;
    more = byLabel.more;
    found = [];
  }
  candidates = candidates.filter((c) => c.id !== triedFirst?.customer.id);
  if (candidates.length === 1 && candidates[0] && !more) {
    const customer = candidates[0];
    setCustomerContext(request, customer);
    const note =
      found.length === 1 ? undefined : `Found ${customer.name} by the domain of ${text}.`;
    return inCustomer(request, customer, text, note, run);
  }
  if (candidates.length > 1) {
    const rest: Record<string, unknown> = { ...request.entities };
    delete rest.customer;
    return {
      cards: [
        chooseCustomerCard({
          text: domain,
          choices: candidates.slice(0, CUSTOMER_CHOICES),
          more: more || candidates.length > CUSTOMER_CHOICES,
          intent: request.intent,
          entities: rest,
        }),
      ],
    };
  }
  if (triedFirst) {
    const lookup = { kind: 'none', closest: triedFirst.closest } as const;
    return answer(request, triedFirst.customer, text, lookup, undefined, run);
  }
  return { cards: [unknownUserCustomerCard(text, domain, request.intent)] };
}

async function inCustomer<T = SkillReply>(
  request: SkillRequest,
  customer: CustomerSummary,
  text: string,
  note: string | undefined,
  run: (resolved: ResolvedUser) => Promise<T | SkillReply>,
): Promise<T | SkillReply> {
  const lookup = await findUser(request, customer.id, text);
  return answer(request, customer, text, lookup, note, run);
}

async function answer<T = SkillReply>(
  request: SkillRequest,
  customer: CustomerSummary,
  text: string,
  lookup: Awaited<ReturnType<typeof findUser>>,
  note: string | undefined,
  run: (resolved: ResolvedUser) => Promise<T | SkillReply>,
): Promise<T | SkillReply> {
  switch (lookup.kind) {
    case 'found': {
      const { user } = lookup;
      rememberUser(request.context, {
        id: user.id,
        upn: user.userPrincipalName ?? user.id,
        name: user.displayName ?? user.userPrincipalName ?? user.id,
        customerId: customer.id,
      });
      return run({ customer, user, ...(note ? { note } : {}) });
    }
    case 'choose':
      return {
        cards: [chooseUserCard({ text, customer, users: lookup.users, intent: request.intent })],
      };
    case 'none':
      return {
        cards: [noUserCard({ text, customer, closest: lookup.closest, intent: request.intent })],
      };
  }
}

function setCustomerContext(request: SkillRequest, customer: CustomerSummary): void {
  const context = request.context;
  if (context.customer?.id !== customer.id) delete context.subscription;
  context.customer = {
    id: customer.id,
    name: customer.name,
    ...(customer.domain ? { domain: customer.domain } : {}),
  };
}

/** `jane@contoso.onmicrosoft.com` → `contoso.onmicrosoft.com`; not a UPN → undefined. */
export function domainOf(text: string): string | undefined {
  const at = text.lastIndexOf('@');
  const domain =
    at > 0
      ? text
          .slice(at + 1)
          .trim()
          .toLowerCase()
      : '';
  return domain.includes('.') ? domain : undefined;
}

function sameDomain(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase();
}
