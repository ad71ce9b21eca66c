import { DOCS } from '../store/doc-kinds.js';
import type { SandboxStore } from '../store/store.js';
import { persistBundle } from './customer-bundle.js';
import { startOfUtcDay } from './dates.js';
import { buildGeneratedCustomer } from './generated-seed.js';
import { NAMED_CUSTOMERS } from './named-customers.js';
import { buildNamedCustomer } from './named-seed.js';
import { buildBenefits, buildPartnerProfile } from './partner-seed.js';
import { buildReferrals } from './referral-seed.js';
import { rngFor } from './rng.js';

export interface SeedOptions {
  seed: number;
  customers: number;
  now: Date;
}

/**
 * Fills an empty store: the partner, the named customers, `customers` generated ones, benefits
 * and referrals. Everything is relative to the UTC day of `now`, so the data is identical for the
 * same seed on the same day and "renewals in the next 30 days" always has answers. One
 * transaction with prepared statements keeps 25,000 customers fast.
 */
export function seedStore(store: SandboxStore, options: SeedOptions): void {
  const today = startOfUtcDay(options.now);
  store.bulkLoad(() => {
    const partner = buildPartnerProfile(rngFor(options.seed, 'partner'));
    store.documents.put(DOCS.partner, 'partner', '', partner);
    const taken = new Set<string>();
    for (const spec of NAMED_CUSTOMERS) {
      const bundle = buildNamedCustomer(options.seed, spec, today);
      taken.add(bundle.customer.domain);
      persistBundle(store, partner.partnerId, bundle);
    }
    for (let i = 0; i < options.customers; i++) {
      persistBundle(
        store,
        partner.partnerId,
        buildGeneratedCustomer(options.seed, i, today, taken),
      );
    }
    buildBenefits(rngFor(options.seed, 'benefits'), today).forEach((b) =>
      store.documents.put(DOCS.benefit, b.id, b.name, b),
    );
    buildReferrals(rngFor(options.seed, 'referrals'), partner, today).forEach((r) =>
      store.documents.put(DOCS.referral, r.id, r.createdDateTime, r),
    );
    store.documents.putMeta(
      'seeded',
      JSON.stringify({ seed: options.seed, customers: options.customers, today }),
    );
  });
}
