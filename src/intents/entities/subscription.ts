import { afterNameMarker } from '../rules/predicates.js';
import type { SlotContext } from './slot-context.js';
import { spanText } from './spans.js';

const AZURE_ONLY = new Set(['azure', 'microsoft']);

/**
 * The subscription named in the utterance: a GUID next to "subscription", a product name
 * ("Microsoft 365 E3", "Azure plan"), a quoted name, or a name right before or after the word
 * "subscription" ("the Sales Team subscription"). Plain "Azure" in "Azure usage" is the kind of
 * usage, not a subscription, so `azureIsNotOne` drops it.
 */
export function findSubscription(
  ctx: SlotContext,
  options: { azureIsNotOne?: boolean } = {},
): string | undefined {
  const { a } = ctx;
  // A GUID: the subscription when "subscription" is near or no customer word is before it.
  for (const i of ctx.f.guids) {
    if (ctx.used.has(i)) continue;
    const lead = ctx.before(i);
    if (ctx.is(lead, 'customer', 'company', 'order', 'offer', 'referral')) continue;
    ctx.use(i, i + 1);
    return a.tokens[i]?.raw;
  }
  for (const p of ctx.products()) {
    const words = a.tokens.slice(p.start, p.end);
    const next = p.end;
    if (
      options.azureIsNotOne &&
      words.every((t) => AZURE_ONLY.has(t.lower)) &&
      !ctx.is(next, 'subscription')
    )
      continue;
    ctx.use(p.start, p.end);
    return spanText(a, p.start, p.end);
  }
  const quoted = a.tokens.findIndex(
    (t, i) => t.kind === 'quoted' && !ctx.used.has(i) && !afterNameMarker(ctx.f, i),
  );
  if (quoted >= 0) {
    ctx.use(quoted, quoted + 1);
    return a.tokens[quoted]?.raw;
  }
  // "the Sales Team subscription", "subscription Sales Team"
  for (const span of ctx.names()) {
    const lead = ctx.before(span.start);
    const possessiveCustomer = a.tokens[span.end - 1]?.possessive;
    if (possessiveCustomer) continue;
    if (
      ctx.is(span.end, 'subscription') ||
      (ctx.is(lead, 'subscription') && !ctx.is(lead, 'customer'))
    ) {
      ctx.use(span.start, span.end);
      return spanText(a, span.start, span.end);
    }
  }
  return undefined;
}
