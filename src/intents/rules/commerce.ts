import { idAfter, not } from './predicates.js';
import { rule, type Rule } from './rule.js';

const orderId = idAfter('order');
const offerId = idAfter('offer');
const quoted = (f: { a: { tokens: { kind: string }[] } }): boolean =>
  f.a.tokens.some((t) => t.kind === 'quoted');

export const COMMERCE_RULES: readonly Rule[] = [
  rule(
    'orders.list',
    {
      score: 0.88,
      all: 'order',
      none: 'offer referral usage notify',
      when: (f) => !orderId(f) && f.numbers.length === 0,
    },
    {
      score: 0.8,
      all: 'order',
      none: 'offer referral usage notify license subscription add',
      when: not(orderId),
    },
  ),
  rule('orders.show', { score: 0.93, all: 'order', none: 'offer referral', when: orderId }),
  rule(
    'benefits.list',
    { score: 0.89, all: 'benefit', none: 'activate reactivate notify unnotify help' },
    {
      score: 0.87,
      all: 'subscription my',
      none: 'activate',
      when: (f) => f.a.benefitTypes.some((b) => b.value === 'VisualStudio'),
    },
  ),
  rule(
    'benefits.activate',
    { score: 0.94, all: 'benefit', any: 'activate reactivate' },
    {
      score: 0.8,
      all: 'activate',
      none: 'subscription user',
      when: (f) => f.a.benefitTypes.length > 0,
    },
  ),
  rule('offers.show', {
    score: 0.93,
    all: 'offer',
    none: 'category referral order',
    when: offerId,
  }),
  rule('offers.categories', { score: 0.91, all: 'category', none: 'referral help' }),
  rule(
    'offers.search',
    // "how much does Power BI Pro cost?": a price, though "cost" is also a usage word.
    {
      score: 0.9,
      all: 'offer',
      none: 'category own customer subscription order user notify report',
      when: (f) => f.hasProduct && !f.hasName && !offerId(f) && !f.a.period,
    },
    {
      score: 0.89,
      all: 'offer',
      none: 'category customer subscription order user notify',
      // "what offers does Contoso have" is what Contoso owns; "do we have offers for Visio" is not.
      when: (f) =>
        (f.hasProduct || (f.hasName && !f.has('own')) || quoted(f)) &&
        !offerId(f) &&
        !(f.has('own') && f.hasName),
    },
    { score: 0.87, all: 'offer find', when: (f) => f.hasProduct || f.hasName || quoted(f) },
    {
      score: 0.7,
      all: 'find',
      none: 'customer subscription user usage license order',
      when: (f) => f.hasProduct,
    },
    // "Is Microsoft 365 E5 available in Italy?": a product in a market, no customer named.
    {
      score: 0.88,
      none: 'customer user usage order',
      when: (f) => f.hasProduct && Boolean(f.a.country) && !f.hasName,
    },
  ),
  rule('offers.list', {
    score: 0.87,
    all: 'offer',
    // "what offers do we have in Austria": "have" is ours here, not a customer's.
    none: 'category subscription order notify customer user',
    when: (f) => !f.hasProduct && !f.hasName && !offerId(f) && !quoted(f),
  }),
];
