import { isPartnerCenterError } from '../../partner-center/index.js';
import type { CustomerDirectory, CustomerSummary, FuzzyMatch } from './customer-directory.js';
import { looksLikeDomain } from './customer-directory.js';

/**
 * Which customer the user meant. Entity *resolution* lives here, in the skills layer, against
 * Partner Center (DESIGN.md): tenant GUID → get; domain → Domain prefix; name → CompanyName
 * prefix on the server, then a fuzzy match for typos. Several matches → the user chooses.
 */
export type CustomerResolution =
  | {
      kind: 'found';
      customer: CustomerSummary;
      /** Set when a typo was corrected. */ closestTo?: string;
    }
  | { kind: 'choose'; text: string; choices: CustomerSummary[]; more: boolean }
  | { kind: 'none'; text: string; closest: CustomerSummary[] };

export const RESOLVE_DEFAULTS = {
  /** Buttons on a disambiguation card. */
  maxChoices: 8,
  /** Closest names offered when nothing matches. */
  maxClosest: 5,
  /** A fuzzy match this close, with no rival nearby, is taken as the customer meant. */
  acceptScore: 0.2,
  /** …and the next one must be at least this much further away. */
  acceptMargin: 0.1,
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function resolveCustomer(
  directory: CustomerDirectory,
  rawText: string,
  options: { correlationId?: string } = {},
): Promise<CustomerResolution> {
  const text = normalizeCustomerText(rawText);
  const call = options.correlationId ? { correlationId: options.correlationId } : {};
  if (GUID.test(text)) {
    try {
      return { kind: 'found', customer: await directory.get(text, call) };
    } catch (err) {
      if (isPartnerCenterError(err) && err.status === 404) {
        return { kind: 'none', text, closest: [] };
      }
      throw err;
    }
  }
  const field = looksLikeDomain(text) ? 'domain' : 'companyName';
  const { customers, more } = await directory.searchPrefix(
    field,
    text,
    RESOLVE_DEFAULTS.maxChoices + 1,
    call,
  );
  const key = comparable(text);
  const exact = customers.filter(
    (c) => comparable(field === 'domain' ? (c.domain ?? '') : c.name) === key,
  );
  if (exact.length === 1 && exact[0]) return { kind: 'found', customer: exact[0] };
  if (customers.length === 1 && customers[0] && !more) {
    return { kind: 'found', customer: customers[0] };
  }
  if (customers.length > 0) {
    return {
      kind: 'choose',
      text,
      choices: customers.slice(0, RESOLVE_DEFAULTS.maxChoices),
      more: more || customers.length > RESOLVE_DEFAULTS.maxChoices,
    };
  }
  const closest = await directory.closest(text, RESOLVE_DEFAULTS.maxClosest, call);
  const accepted = acceptClosest(closest);
  if (accepted) return { kind: 'found', customer: accepted, closestTo: text };
  return { kind: 'none', text, closest: closest.map((m) => m.customer) };
}

function acceptClosest(matches: FuzzyMatch[]): CustomerSummary | undefined {
  const [best, second] = matches;
  if (!best || best.score > RESOLVE_DEFAULTS.acceptScore) return undefined;
  if (second && second.score - best.score < RESOLVE_DEFAULTS.acceptMargin) return undefined;
  return best.customer;
}

/** What the user typed, as a search prefix: no quotes, possessive or trailing punctuation. */
export function normalizeCustomerText(text: string): string {
  return text
    .trim()
    .replace(/^["'“”‘’]+|["'“”‘’]+$/g, '')
    .replace(/['’]s$/i, '')
    .replace(/[?!.,;:]+$/, '')
    .trim();
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
