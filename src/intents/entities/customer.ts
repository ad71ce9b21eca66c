import type { IntentId } from '../catalogue.js';
import { NAME_PREPOSITIONS, NOT_NAMES } from '../lexicon/function-words.js';
import type { SlotContext } from './slot-context.js';
import { spanText, type Span } from './spans.js';

// Concepts after a name that make that name the customer ("Contoso users").
const OBJECTS_AFTER_NAME = [
  'user',
  'subscription',
  'license',
  'order',
  'usage',
  'billing',
  'role',
  'companyProfile',
  'details',
  'report',
  'audit',
  'renewal',
  'deleted',
  'customer',
  'company',
  'azure',
] as const;

// Intents whose customer is required: there, a name with no marker ("show Contoso") is taken.
const REQUIRED: ReadonlySet<IntentId> = new Set<IntentId>([
  'customers.show',
  'customers.billingProfile.show',
  'customers.billingProfile.update',
  'customers.companyProfile.show',
  'users.list',
  'users.create',
  'users.deleted',
  'roles.list',
  'roles.members',
  'subscriptions.list',
  'licenses.list',
  'orders.list',
  'usage.customer',
  'usage.azure',
  'usage.report',
]);

/**
 * The customer named in the utterance (INTENTS.md "customer"): a possessive ("Contoso's"),
 * a name after "customer"/"tenant", after a preposition ("for/at/of Contoso"), before an
 * object ("Contoso users"), or the one name left when the intent needs a customer. An everyday
 * word in lower case ("by mistake") is not a name. Returns the user's text, trimmed.
 */
export function findCustomer(ctx: SlotContext): string | undefined {
  const bare = REQUIRED.has(ctx.intent);
  let best: { span: Span; score: number } | undefined;
  for (const span of ctx.names()) {
    if (isEverydayWord(ctx, span)) continue;
    const score = scoreCandidate(ctx, span);
    if (score >= (bare ? 2 : 2.5) && (!best || score > best.score)) best = { span, score };
  }
  if (!best) return undefined;
  ctx.use(best.span.start, best.span.end);
  return spanText(ctx.a, best.span.start, best.span.end) || undefined;
}

function isEverydayWord(ctx: SlotContext, span: Span): boolean {
  const t = ctx.a.tokens[span.start];
  return (
    span.end - span.start === 1 &&
    !!t &&
    t.kind === 'word' &&
    !t.capitalized &&
    NOT_NAMES.has(t.lower)
  );
}

/**
 * How surely a name is the customer: possessive 6, after "customer" 5, after a preposition 4,
 * before an object or as the sentence's subject 3, right after the verb 2.5, anywhere 2.
 */
function scoreCandidate(ctx: SlotContext, span: Span): number {
  const last = ctx.a.tokens[span.end - 1];
  if (last?.possessive) return 6;
  const lead = ctx.before(span.start);
  if (ctx.is(lead, 'customer', 'company', 'organization')) return 5;
  if (NAME_PREPOSITIONS.has(ctx.lower(lead)) || ctx.is(lead, 'details')) return 4;
  // "the Power BI Pro subscription of Adventure Works": "of" right before the name.
  if (NAME_PREPOSITIONS.has(ctx.lower(articleBefore(ctx, span.start)))) return 4;
  if (ctx.is(lead, ...OBJECTS_AFTER_NAME)) return 3;
  // The subject at the start: "Contoso needs 25 seats", "Fabrikam wants ...".
  if (span.start === subjectStart(ctx) && !ctx.a.tokens[span.end - 1]?.possessive) return 3;
  const next = span.end;
  if (ctx.is(next, ...OBJECTS_AFTER_NAME) || ctx.f.products.some((p) => p.start === next)) return 3;
  if (ctx.is(lead, ...VERBS)) return 2.5;
  return 2;
}

/** The index of the token before `i`, skipping articles only. */
function articleBefore(ctx: SlotContext, i: number): number {
  let k = i - 1;
  while (k >= 0 && ['the', 'a', 'an'].includes(ctx.lower(k))) k--;
  return k;
}

const VERBS = [
  'show',
  'add',
  'increase',
  'decrease',
  'suspend',
  'reactivate',
  'set',
  'update',
  'remove',
] as const;

// Words before the subject of a request ("please, Contoso needs ...", "hey can you ...").
const FILLER = new Set([
  'please',
  'pls',
  'hey',
  'hi',
  'hello',
  'ok',
  'okay',
  'so',
  'can',
  'could',
  'would',
  'you',
  'u',
  'and',
  'well',
  'yo',
  'bot',
  'fyi',
  'btw',
]);

/** Index of the first word after leading filler: where a subject name would start. */
function subjectStart(ctx: SlotContext): number {
  const i = ctx.a.tokens.findIndex((t) => t.kind !== 'punct' && !FILLER.has(t.lower));
  return i < 0 ? 0 : i;
}
