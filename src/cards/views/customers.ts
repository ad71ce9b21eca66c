import type { AdaptiveCard } from '../render.js';
import { chooseCard } from './choose.js';
import { detailsCard } from './details.js';
import { intentAction, type CardAction, type OpenUrlAction } from './actions.js';
import { facts } from './facts.js';
import { humanize } from './format.js';
import { listCard } from './list.js';
import { noticeCard } from './notice.js';

/** A customer as the customer cards show it. */
export interface CustomerItem {
  id: string;
  name: string;
  domain?: string;
  tenantId?: string;
  relationship?: string;
}

export interface CustomerListView {
  title: string;
  customers: CustomerItem[];
  /** 1-based number of the first row shown. */
  from: number;
  hasMore: boolean;
  moreAction?: CardAction;
  downloadAction?: OpenUrlAction;
  empty: string;
}

/** Buttons that open what a partner looks at next for a customer. */
export function customerActions(customer: CustomerItem): CardAction[] {
  const entities = { customer: customer.id };
  return [
    intentAction('Subscriptions', 'subscriptions.list', entities),
    intentAction('Users', 'users.list', entities),
    intentAction('Licenses', 'licenses.list', entities),
    intentAction('Usage this month', 'usage.customer', entities),
    intentAction('Billing profile', 'customers.billingProfile.show', entities),
  ];
}

export function customerListCard(view: CustomerListView): AdaptiveCard {
  const to = view.from + view.customers.length - 1;
  return listCard({
    title: view.title,
    subtitle:
      view.customers.length === 0
        ? 'No customers'
        : `${view.from}–${to}${view.hasMore ? ', more available' : ''}`,
    columns: [
      { header: 'Company', width: 3 },
      { header: 'Domain', width: 3 },
    ],
    rows: view.customers.map((c) => [c.name, c.domain ?? '']),
    empty: view.empty,
    hint: 'Ask "show customer <name>" for details, or "subscriptions for <name>".',
    actions: [
      ...(view.moreAction ? [view.moreAction] : []),
      ...(view.downloadAction ? [view.downloadAction] : []),
    ],
  });
}

export function customerDetailsCard(customer: CustomerItem, note?: string): AdaptiveCard {
  return detailsCard({
    title: customer.name,
    subtitle: customer.domain ?? 'Customer',
    ...(note ? { note } : {}),
    facts: facts([
      ['Company', customer.name],
      ['Domain', customer.domain],
      ['Tenant id', customer.tenantId],
      ['Customer id', customer.id === customer.tenantId ? undefined : customer.id],
      ['Relationship', humanize(customer.relationship)],
    ]),
    actions: customerActions(customer),
  });
}

export interface ChooseCustomerView {
  text: string;
  choices: CustomerItem[];
  more: boolean;
  /** The intent to run with the chosen customer, and its other entities. */
  intent: string;
  entities: Record<string, unknown>;
}

/** Several customers match: one button per customer, each re-running the request with its id. */
export function chooseCustomerCard(view: ChooseCustomerView): AdaptiveCard {
  return chooseCard({
    title: `Which customer do you mean by "${view.text}"?`,
    message: `${view.choices.length}${view.more ? '+' : ''} customers start with "${view.text}".`,
    choices: view.choices.map((c) =>
      intentAction(c.domain ? `${c.name} (${c.domain})` : c.name, view.intent, {
        ...view.entities,
        customer: c.id,
      }),
    ),
    ...(view.more
      ? { hint: 'Only the first matches are shown: type more of the name or the domain.' }
      : {}),
  });
}

export interface NoCustomerView {
  text: string;
  closest: CustomerItem[];
  intent: string;
  entities: Record<string, unknown>;
}

export function noCustomerCard(view: NoCustomerView): AdaptiveCard {
  return noticeCard({
    title: `No customer matches "${view.text}"`,
    message:
      view.closest.length > 0
        ? `The closest names are: ${view.closest.map((c) => c.name).join(', ')}.`
        : 'Check the spelling, use the domain (contoso.onmicrosoft.com) or the tenant id, or list your customers.',
    tone: 'warning',
    actions: [
      ...view.closest
        .slice(0, 4)
        .map((c) => intentAction(c.name, view.intent, { ...view.entities, customer: c.id })),
      intentAction('List customers', 'customers.list'),
    ],
  });
}

/** The request needs a customer and none was named or is in context. */
export function whichCustomerCard(example: string): AdaptiveCard {
  return noticeCard({
    title: 'Which customer?',
    message: `Name the customer, for example "${example}".`,
    actions: [intentAction('List customers', 'customers.list')],
  });
}
