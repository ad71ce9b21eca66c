import { AMERICAS } from './named-customers-americas.js';
import { INTERNATIONAL } from './named-customers-intl.js';
import type { NamedCustomer } from './named-customer-spec.js';

export type { NamedCustomer, NamedSubscription } from './named-customer-spec.js';

/**
 * The named customers every sandbox has, whatever `--customers N` says. Their data is what
 * demos, docs and tests talk about ("show subscriptions for Contoso"), so it is written out
 * rather than generated; ids and secrets still come from the seed (each customer draws from its
 * own stream, so this order does not change them).
 */
export const NAMED_CUSTOMERS: readonly NamedCustomer[] = [...AMERICAS, ...INTERNATIONAL];
