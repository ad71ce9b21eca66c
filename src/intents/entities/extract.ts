import {
  ENTITY_NAMES,
  INTENT_ENTITIES,
  type Entities,
  type EntityName,
  type IntentId,
} from '../catalogue.js';
import type { Features } from '../features.js';
import { TOPIC_OF } from '../lexicon/attributes.js';
import { findCustomer } from './customer.js';
import { findId } from './ids.js';
import { findQuantity } from './quantity.js';
import { findCustomerQuery, findNameQuery, findOfferQuery } from './query.js';
import { SlotContext } from './slot-context.js';
import { spanText } from './spans.js';
import { findSubscription } from './subscription.js';
import { findFieldAndValue, findNickname, tailText } from './update.js';

// The status a referral verdict sets when no status word is given ("accept referral 1a2b3c").
const VERDICT_ORDER = ['won', 'lost', 'declined', 'accepted', 'closed'];
const VERDICT_STATUS = { accept: 'accepted', decline: 'declined', close: 'closed' } as const;

/**
 * Fills the entities the intent may carry (INTENT_ENTITIES), in their normal form. Slots that
 * consume words run first (update values, nicknames, subscriptions) so that the customer is
 * chosen among the names left.
 */
export function extractEntities(intent: IntentId, f: Features): Entities {
  const allowed = new Set<EntityName>(INTENT_ENTITIES[intent]);
  if (allowed.size === 0) return {};
  const want = (n: EntityName): boolean => allowed.has(n);
  const ctx = new SlotContext(f, intent);
  const { a } = f;
  const out: Entities = {};

  if (want('period') && a.period) out.period = a.period.value;
  if (want('country') && a.country) out.country = a.country.value;
  if (want('granularity') && a.granularity) out.granularity = a.granularity.value;
  if (want('role')) {
    const role = a.roles.find((r) => !r.generic) ?? a.roles[0];
    if (role) out.role = role.value;
  }
  if (want('status')) out.status = statusOf(intent, f);
  if (want('benefitType')) out.benefitType = a.benefitTypes[0]?.value;
  if (want('topic')) out.topic = topicOf(f);
  if (want('orderId')) out.orderId = findId(ctx, 'order');
  if (want('offerId')) out.offerId = findId(ctx, 'offer');
  if (want('referralId')) out.referralId = findId(ctx, 'referral');

  if (want('value')) Object.assign(out, fieldAndValue(ctx));
  else if (want('field')) out.field = profilePart(f);
  if (want('nickname')) out.nickname = findNickname(ctx);
  if (want('user')) {
    const i = f.emails.find((k) => !ctx.used.has(k));
    if (i !== undefined) {
      ctx.use(i, i + 1);
      out.user = a.tokens[i]?.raw.toLowerCase();
    }
  }
  if (want('quantity')) Object.assign(out, findQuantity(ctx));
  if (want('subscription')) {
    out.subscription = findSubscription(ctx, { azureIsNotOne: intent === 'usage.azure' });
  }
  if (want('benefit')) out.benefit = findBenefit(ctx);
  if (want('query')) Object.assign(out, queryOf(ctx));
  if (want('customer')) {
    out.customer = intent === 'customers.create' ? findNameQuery(ctx) : findCustomer(ctx);
  }
  if (intent === 'users.update' && !out.field && f.has('rename')) out.field = 'displayName';
  return ordered(out);
}

function ordered(e: Entities): Entities {
  const out: Record<string, unknown> = {};
  for (const name of ENTITY_NAMES) if (e[name] !== undefined && e[name] !== '') out[name] = e[name];
  return out as Entities;
}

function statusOf(intent: IntentId, f: Features): string | undefined {
  const words = f.a.statuses.map((s) => s.value);
  if (intent !== 'referrals.update') return words[0];
  // "we closed lead X, mark it won": the outcome says more than "closed".
  const verdict = VERDICT_ORDER.find((w) => words.includes(w)) ?? words.find((w) => w !== 'new');
  if (verdict) return verdict;
  for (const [verb, status] of Object.entries(VERDICT_STATUS)) {
    if (f.has(verb as keyof typeof VERDICT_STATUS)) return status;
  }
  return undefined;
}

/** The area asked about; "renewals" counts only when no other area is named. */
function topicOf(f: Features): Entities['topic'] {
  for (const skipRenewal of [true, false]) {
    for (const m of f.a.matches) {
      for (const c of m.values) {
        const topic = TOPIC_OF[c];
        if (topic && !(skipRenewal && c === 'renewal')) return topic;
      }
    }
  }
  return undefined;
}

function profilePart(f: Features): Entities['field'] {
  if (f.has('mpn')) return 'mpn';
  if (f.has('legal')) return 'legal';
  if (f.any('orgProfile', 'companyProfile')) return 'organization';
  return undefined;
}

function fieldAndValue(ctx: SlotContext): Pick<Entities, 'field' | 'value'> {
  const { field, valueStart } = findFieldAndValue(ctx);
  if (valueStart < 0) return { field };
  const cutCustomer = ctx.intent === 'customers.billingProfile.update';
  const value = tailText(ctx, valueStart, { cutCustomer });
  // "change the billing contact of Adatum to ap@adatum.com": an address says which field.
  const implied = !field && value && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? 'email' : field;
  return { field: implied, value };
}

function queryOf(ctx: SlotContext): Pick<Entities, 'query' | 'searchField'> {
  switch (ctx.intent) {
    case 'customers.search':
      return findCustomerQuery(ctx);
    case 'offers.search':
      return { query: findOfferQuery(ctx) };
    case 'customers.create': {
      const at = ctx.f.pos('domainWord');
      const t =
        at >= 0
          ? ctx.a.tokens.findIndex(
              (tk, i) =>
                i > at &&
                (tk.kind === 'domain' || tk.kind === 'word') &&
                !['is', 'prefix', 'of', 'should', 'be', 'to', 'as', 'the', 'name'].includes(
                  tk.lower,
                ),
            )
          : -1;
      if (t < 0) return {};
      ctx.use(t, t + 1);
      return { query: ctx.a.tokens[t]?.raw };
    }
    default:
      return { query: findOrganization(ctx) ?? findNameQuery(ctx) };
  }
}

/** The benefit named after "activate": "Visual Studio Enterprise", "Azure credits". */
function findBenefit(ctx: SlotContext): string | undefined {
  const { a, f } = ctx;
  const verb = f.pos('activate') >= 0 ? f.pos('activate') : f.pos('reactivate');
  let start = verb + 1;
  let end = a.tokens.length;
  const skip = (i: number): boolean => {
    const t = a.tokens[i];
    if (!t) return true;
    if (t.kind === 'punct') return true;
    if (
      [
        'the',
        'a',
        'an',
        'our',
        'my',
        'me',
        'us',
        'for',
        'please',
        'pls',
        'now',
        'called',
        'named',
      ].includes(t.lower)
    )
      return true;
    return ctx.is(i, 'benefit') && /^benef|^perk/.test(t.lower);
  };
  while (start < end && skip(start)) start++;
  while (end > start && skip(end - 1)) end--;
  // Cut a trailing "for us" / "for the partner".
  const forAt = a.tokens.findIndex((t, i) => i > start && i < end && t.lower === 'for');
  if (forAt > 0) end = forAt;
  while (end > start && skip(end - 1)) end--;
  return end > start ? spanText(a, start, end) : undefined;
}

/**
 * The organization of "use organization X" / "switch to the X organization": the words after the
 * word "organization" (or between "switch to" and it), even lower-case ones ("contoso partner
 * inc"), since an organization name is free text.
 */
function findOrganization(ctx: SlotContext): string | undefined {
  const { tokens } = ctx.a;
  const at = ctx.f.pos('organization');
  if (at < 0) return undefined;
  // The last token of the phrase: "partner org" ends at "org".
  const org = (ctx.a.matches.find((m) => m.start === at)?.end ?? at + 1) - 1;
  const quoted = tokens.findIndex((t) => t.kind === 'quoted');
  if (quoted >= 0) return tokens[quoted]?.raw;
  const afterOrg = tokens
    .slice(org + 1)
    .filter(
      (t) =>
        t.kind !== 'punct' && !['to', 'please', 'pls', 'now', 'called', 'named'].includes(t.lower),
    );
  if (afterOrg.length > 0) {
    let start = org + 1;
    while (['to', 'called', 'named', ':'].includes(tokens[start]?.lower ?? '')) start++;
    return tailText(ctx, start);
  }
  // "switch to the Contoso Partner organization"
  let start = ctx.f.pos('select') + 1;
  while (['to', 'the', 'org', 'organization'].includes(tokens[start]?.lower ?? '')) start++;
  if (start <= 0 || start >= org) return undefined;
  const text = spanText(ctx.a, start, org);
  ctx.use(start, org);
  return text || undefined;
}
