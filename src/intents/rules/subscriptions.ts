import type { Features } from '../features.js';
import { hasNumber, hasQuoted, noEmail, noNumber, particularSubscription } from './predicates.js';
import { rule, type Rule } from './rule.js';

// Objects of other areas: a subscriptions rule steps back when one of them is the topic.
const ELSEWHERE = `usage report order benefit referral offer category audit notify unnotify user role
  password billing companyProfile invite`;
const CHANGES = 'suspend reactivate rename add decrease increase set update delete activate create';
const subscriptionish = (f: Features): boolean => f.has('subscription') || f.hasProduct;

export const SUBSCRIPTION_RULES: readonly Rule[] = [
  rule(
    'subscriptions.list',
    {
      score: 0.86,
      all: 'subscription',
      none: `${ELSEWHERE} ${CHANGES} renewal license`,
      when: (f) => !particularSubscription(f),
    },
    // "what does Fabrikam have?", "what products does Contoso own?"
    {
      score: 0.8,
      all: 'own',
      any: 'what show offer',
      none: `${ELSEWHERE.replace('offer', '')} ${CHANGES} license renewal`,
      when: (f) => (f.hasName || f.has('pronoun')) && noEmail(f),
    },
  ),
  rule(
    'subscriptions.show',
    // "when does Fabrikam's Power BI Pro renew?": one subscription's renewal date
    { score: 0.9, all: 'when renewal', when: particularSubscription },
    {
      score: 0.84,
      none: `${ELSEWHERE} ${CHANGES} license find`,
      when: (f) => particularSubscription(f) && subscriptionish(f) && noNumber(f),
    },
  ),
  rule(
    'subscriptions.rename',
    {
      score: 0.94,
      any: 'rename nicknameWord',
      none: 'user offer',
      when: (f) => (subscriptionish(f) || hasQuoted(f)) && noEmail(f),
    },
    { score: 0.9, all: 'update name subscription', when: noEmail },
    { score: 0.7, any: 'rename nicknameWord', none: 'user customer offer find', when: noEmail },
  ),
  rule(
    'subscriptions.setQuantity',
    {
      score: 0.94,
      any: 'add increase decrease set update quantityWord remove',
      none: 'usage renewal role password referral offer',
      when: (f) => hasNumber(f) && (subscriptionish(f) || f.has('license')),
    },
    {
      score: 0.85,
      all: 'license',
      none: 'usage renewal what howMany available order',
      when: hasNumber,
    },
    { score: 0.82, all: 'quantityWord', when: (f) => subscriptionish(f) || f.has('license') },
    { score: 0.75, all: 'license', any: 'add increase decrease', none: 'usage user available' },
  ),
  rule('subscriptions.suspend', {
    score: 0.91,
    all: 'suspend',
    none: 'user notify unnotify role connection referral benefit',
    when: (f) => (subscriptionish(f) || f.has('pronoun') || f.guids.length > 0) && noEmail(f),
  }),
  rule(
    'subscriptions.reactivate',
    {
      score: 0.93,
      all: 'reactivate',
      none: 'user notify benefit',
      when: (f) => subscriptionish(f) || f.has('pronoun') || f.guids.length > 0,
    },
    {
      score: 0.8,
      all: 'activate',
      none: 'benefit user',
      when: (f) => subscriptionish(f) && f.a.benefitTypes.length === 0,
    },
    { score: 0.7, all: 'reactivate', none: 'user notify benefit', when: noEmail },
  ),
  rule('subscriptions.renewals', {
    score: 0.89,
    all: 'renewal',
    none: 'notify unnotify help suspend update set benefit',
    when: noEmail,
  }),
  rule(
    'licenses.list',
    { score: 0.9, all: 'license available' },
    {
      score: 0.88,
      all: 'license',
      none: 'add increase decrease set update quantityWord order offer role user remove delete suspend create',
      when: noNumber,
    },
    {
      score: 0.8,
      all: 'license user',
      any: 'show who what howMany',
      none: 'add remove delete create',
    },
    // "license count for Adatum": asking for the count, not changing it.
    {
      score: 0.84,
      all: 'quantityWord',
      none: 'add increase decrease set update remove usage order offer',
      when: noNumber,
    },
  ),
];
