import Fuse from 'fuse.js';
import type { Customer, PartnerCenterClient } from '../../partner-center/index.js';

/** A customer as lists, choices and context need it. */
export interface CustomerSummary {
  id: string;
  name: string;
  domain?: string;
  tenantId?: string;
  relationship?: string;
}

export interface DirectoryCallOptions {
  correlationId?: string;
}

export interface PrefixResult {
  customers: CustomerSummary[];
  /** Partner Center has more matches than were fetched. */
  more: boolean;
}

export interface FuzzyMatch {
  customer: CustomerSummary;
  /** 0 = identical, 1 = unrelated (fuse.js score). */
  score: number;
}

export interface CustomerDirectory {
  get(customerId: string, options?: DirectoryCallOptions): Promise<CustomerSummary>;
  /** Server-side `starts_with` on CompanyName or Domain; one page of at most `limit`. */
  searchPrefix(
    field: 'companyName' | 'domain',
    prefix: string,
    limit: number,
    options?: DirectoryCallOptions,
  ): Promise<PrefixResult>;
  /** Closest names for a text no prefix matched (typos), best first. */
  closest(text: string, limit: number, options?: DirectoryCallOptions): Promise<FuzzyMatch[]>;
}

export const CUSTOMER_DIRECTORY_DEFAULTS = {
  /** Candidates fetched per shorter-prefix search when looking for a typo's closest names. */
  candidatesPerPrefix: 500,
  /** Shorter prefixes tried, longest first ("Contsoo" → "Con", "Co", "C"). */
  prefixLengths: [3, 2, 1],
  /** Enough candidates to rank; stop widening the search once this many are known. */
  enoughCandidates: 200,
  /** fuse.js: 0 exact … 1 anything; 0.45 lets two swapped letters in a short name through. */
  fuzzyThreshold: 0.45,
};

export function toSummary(c: Customer): CustomerSummary {
  const p = c.companyProfile;
  return {
    id: c.id,
    name: p?.companyName ?? c.id,
    ...(p?.domain ? { domain: p.domain } : {}),
    ...(p?.tenantId ? { tenantId: p.tenantId } : {}),
    ...(c.relationshipToPartner ? { relationship: c.relationshipToPartner } : {}),
  };
}

/**
 * Customer lookups against Partner Center, which can only search customers by a CompanyName or
 * Domain prefix (`develop/get-a-customer-by-name.md`). A typo never matches a prefix, so the
 * closest names come from a few shorter-prefix searches, ranked locally with fuse.js: bounded
 * calls, never the whole customer list.
 */
export function createCustomerDirectory(
  client: PartnerCenterClient,
  settings: Partial<typeof CUSTOMER_DIRECTORY_DEFAULTS> = {},
): CustomerDirectory {
  const opts = { ...CUSTOMER_DIRECTORY_DEFAULTS, ...settings };

  async function searchPrefix(
    field: 'companyName' | 'domain',
    prefix: string,
    limit: number,
    options: DirectoryCallOptions = {},
  ): Promise<PrefixResult> {
    const pages = client.customers
      .search({ field, prefix }, callOptions(options))
      .byPage({ maxPageSize: limit });
    const first = await pages.next();
    await pages.return?.();
    if (first.done) return { customers: [], more: false };
    return {
      customers: first.value.items.map(toSummary),
      more: first.value.continuationToken !== undefined,
    };
  }

  return {
    async get(customerId, options = {}) {
      return toSummary(await client.customers.get(customerId, callOptions(options)));
    },
    searchPrefix,
    async closest(text, limit, options = {}) {
      const query = text.trim();
      if (!query) return [];
      const candidates = new Map<string, CustomerSummary>();
      const field = looksLikeDomain(query) ? 'domain' : 'companyName';
      for (const length of opts.prefixLengths) {
        if (query.length < length) continue;
        const found = await searchPrefix(
          field,
          query.slice(0, length),
          opts.candidatesPerPrefix,
          options,
        );
        for (const c of found.customers) candidates.set(c.id, c);
        if (candidates.size >= opts.enoughCandidates) break;
      }
      const fuse = new Fuse([...candidates.values()], {
        keys: field === 'domain' ? ['domain'] : ['name'],
        includeScore: true,
        ignoreLocation: true,
        threshold: opts.fuzzyThreshold,
      });
      return fuse.search(query, { limit }).map((r) => ({ customer: r.item, score: r.score ?? 1 }));
    },
  };
}

export function looksLikeDomain(text: string): boolean {
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(text.trim());
}

function callOptions(options: DirectoryCallOptions) {
  return options.correlationId ? { correlationId: options.correlationId } : {};
}
