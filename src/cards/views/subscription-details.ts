import type { Subscription } from '../../partner-center/index.js';
import type { AdaptiveCard } from '../render.js';
import { intentAction, type CardAction } from './actions.js';
import { chooseCard } from './choose.js';
import { detailsCard } from './details.js';
import { facts } from './facts.js';
import { formatDate, humanize, plural } from './format.js';
import { noticeCard } from './notice.js';
import { subscriptionName } from './subscriptions.js';

export interface SubscriptionCustomer {
  id: string;
  name: string;
}

const TERM_UNITS: Record<string, [one: string, many: string]> = {
  D: ['day', 'days'],
  W: ['week', 'weeks'],
  M: ['month', 'months'],
  Y: ['year', 'years'],
};

/** ISO 8601 term (`P1M`, `P1Y`, `P3Y`) → "1 month", "1 year", "3 years"; anything else as given. */
export function formatTerm(term: string | undefined): string {
  if (!term) return '';
  const match = /^P(\d+)([DWMY])$/i.exec(term.trim());
  const unit = match?.[2]?.toUpperCase();
  const units = unit ? TERM_UNITS[unit] : undefined;
  if (!match || !units) return term;
  const n = Number(match[1]);
  return `${n} ${n === 1 ? units[0] : units[1]}`;
}

/** Usage-billed subscriptions (the Azure plan) have usage to look at, not seats. */
export function isUsageBased(s: Subscription): boolean {
  return s.billingType === 'usage' || /azure/i.test(s.offerName ?? '');
}

/** Every field a partner checks on one subscription, in the order they check them. */
export function subscriptionFacts(s: Subscription) {
  const status = [
    humanize(s.status),
    s.suspensionReasons?.length ? `(${s.suspensionReasons.map(humanize).join(', ')})` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const quantity =
    s.quantity === undefined ? undefined : `${s.quantity}${s.unitType ? ` ${s.unitType}` : ''}`;
  const renewalTerm =
    s.renewalTermDuration && s.renewalTermDuration !== s.termDuration
      ? formatTerm(s.renewalTermDuration)
      : undefined;
  return facts([
    ['Offer', s.offerName],
    ['Nickname', s.friendlyName && s.friendlyName !== s.offerName ? s.friendlyName : undefined],
    ['Quantity', quantity],
    ['Status', status],
    ['Billing cycle', humanize(s.billingCycle)],
    ['Billing type', humanize(s.billingType)],
    ['Term', formatTerm(s.termDuration)],
    ['Renews to', renewalTerm],
    ['Commitment end', formatDate(s.commitmentEndDate) || (s.commitmentEndDate ? 'None' : '')],
    ['Auto-renew', s.autoRenewEnabled],
    ['Trial', s.isTrial ? true : undefined],
    ['Created', formatDate(s.creationDate)],
    ['Effective start', formatDate(s.effectiveStartDate)],
    ['Offer id', s.offerId],
    ['Subscription id', s.id],
    ['Parent subscription', s.parentSubscriptionId],
    ['Order id', s.orderId],
  ]);
}

export interface SubscriptionDetailsView {
  customer: SubscriptionCustomer;
  subscription: Subscription;
  note?: string;
}

export function subscriptionDetailsCard(view: SubscriptionDetailsView): AdaptiveCard {
  const { customer, subscription: s } = view;
  const entities = { customer: customer.id };
  const actions: CardAction[] = [
    intentAction('All subscriptions', 'subscriptions.list', entities),
    ...(isUsageBased(s)
      ? [intentAction('Usage', 'usage.subscription', { ...entities, subscription: s.id })]
      : [intentAction('Licenses', 'licenses.list', entities)]),
    ...(s.orderId
      ? [intentAction('Order details', 'orders.show', { ...entities, orderId: s.orderId })]
      : []),
  ];
  return detailsCard({
    title: subscriptionName(s),
    subtitle: `${customer.name} · ${humanize(s.status) || 'Unknown status'}`,
    ...(view.note ? { note: view.note } : {}),
    facts: subscriptionFacts(s),
    actions,
  });
}

/** Several subscriptions match the name: one button each, with what tells them apart. */
export function chooseSubscriptionCard(
  customer: SubscriptionCustomer,
  text: string | undefined,
  subscriptions: Subscription[],
  more: number,
  /** What a choice runs (default: show it); a write passes its own intent and entities. */
  next: { intent: string; entities: Record<string, unknown> } = {
    intent: 'subscriptions.show',
    entities: {},
  },
): AdaptiveCard {
  return chooseCard({
    title: text
      ? `Which subscription do you mean by "${text}"?`
      : `Which subscription of ${customer.name}?`,
    message: text
      ? `${plural(subscriptions.length + more, 'subscription')} of ${customer.name} match "${text}".`
      : `${customer.name} has ${plural(subscriptions.length + more, 'subscription')}.`,
    choices: subscriptions.map((s) =>
      intentAction(
        [subscriptionName(s), s.quantity === undefined ? '' : `${s.quantity}`, humanize(s.status)]
          .filter(Boolean)
          .join(' · '),
        next.intent,
        { ...next.entities, customer: customer.id, subscription: s.id },
      ),
    ),
    ...(more > 0
      ? { hint: `${plural(more, 'more subscription')} not shown: type more of the name.` }
      : {}),
    actions: [intentAction('All subscriptions', 'subscriptions.list', { customer: customer.id })],
  });
}

/** Nothing matches `text`, or (without text) the customer has no subscriptions at all. */
export function noSubscriptionCard(customer: SubscriptionCustomer, text?: string): AdaptiveCard {
  return noticeCard({
    title: text
      ? `No subscription "${text}" at ${customer.name}`
      : `${customer.name} has no subscriptions`,
    message: text
      ? `None of ${customer.name}'s subscriptions is called or has the id "${text}".`
      : `Partner Center lists no subscriptions for ${customer.name}.`,
    tone: 'warning',
    actions: [intentAction('All subscriptions', 'subscriptions.list', { customer: customer.id })],
  });
}
