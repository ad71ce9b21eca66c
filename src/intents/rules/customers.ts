import { hasEmail, noEmail, noNumber, ours, properName } from './predicates.js';
import { rule, type Rule } from './rule.js';

// Objects that, when present, make the request about something other than the customer itself.
const OTHER = `user subscription license order benefit usage report offer category referral
  billing companyProfile role password renewal audit invite connection deleted notify unnotify
  profile mpn`;
const CUSTOMER = 'customer company';

export const CUSTOMER_RULES: readonly Rule[] = [
  rule('customers.list', {
    score: 0.86,
    any: CUSTOMER,
    none: `${OTHER} create add delete update select find`,
    when: (f) => !f.hasName,
  }),
  rule(
    'customers.search',
    {
      score: 0.9,
      any: CUSTOMER,
      all: 'find',
      none: `${OTHER} create`,
      when: (f) => f.hasName || f.hasProduct || f.a.tokens.some((t) => t.kind === 'quoted'),
    },
    { score: 0.7, any: CUSTOMER, all: 'find', none: `${OTHER} create` },
    // "customers with domain adatum.com": a customer by its domain is a search.
    {
      score: 0.89,
      any: CUSTOMER,
      all: 'domainWord',
      none: `${OTHER} create add delete update`,
      when: (f) => f.hasName,
    },
    {
      score: 0.62,
      all: 'find',
      none: `${OTHER} create more offer`,
      when: (f) => f.hasName && noEmail(f),
    },
  ),
  rule(
    'customers.show',
    {
      score: 0.87,
      any: CUSTOMER,
      none: `${OTHER} create add delete update find select suspend`,
      when: (f) => f.hasName && !f.hasProduct,
    },
    {
      score: 0.62,
      any: 'show what who details',
      none: `${OTHER} create add find delete update help select suspend test more`,
      when: (f) => properName(f) && noEmail(f),
    },
  ),
  rule(
    'customers.create',
    {
      score: 0.9,
      any: CUSTOMER,
      all: 'create',
      none: 'user invite subscription license order notify',
    },
    {
      score: 0.88,
      any: CUSTOMER,
      all: 'add',
      none: 'user invite subscription license order notify',
      when: noNumber,
    },
    { score: 0.6, all: 'create', none: OTHER, when: (f) => f.hasName && noEmail(f) && noNumber(f) },
  ),
  rule(
    'customers.invite',
    { score: 0.93, all: 'invite', none: 'user referral select organization' },
    { score: 0.6, all: 'invite' },
  ),
  rule('customers.billingProfile.show', {
    score: 0.88,
    all: 'billing',
    none: 'update set usage report role',
    when: (f) => !ours(f) || !f.has('my'),
  }),
  rule('customers.billingProfile.update', {
    score: 0.93,
    all: 'billing',
    any: 'update set',
    none: 'role',
    when: (f) => !ours(f) || !f.has('my'),
  }),
  rule('customers.companyProfile.show', {
    score: 0.9,
    all: 'companyProfile',
    none: 'update set',
    when: (f) => !(ours(f) && f.has('my')) && !hasEmail(f),
  }),
];
