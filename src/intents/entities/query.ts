import type { SlotContext } from './slot-context.js';
import { spanText } from './spans.js';

/** The customer search: what to look for and, when said, in which field. */
export function findCustomerQuery(ctx: SlotContext): {
  query?: string;
  searchField?: 'companyName' | 'domain';
} {
  const { a, f } = ctx;
  const byDomain = f.has('domainWord');
  const byName = f.has('name') || a.tokens.some((t) => ['named', 'called'].includes(t.lower));
  const spans = ctx.names();
  const quoted = a.tokens.findIndex((t) => t.kind === 'quoted');
  let query: string | undefined;
  if (quoted >= 0) query = a.tokens[quoted]?.raw;
  else {
    const span = spans.at(-1);
    if (span) query = spanText(a, span.start, span.end);
  }
  const looksLikeDomain = Boolean(query && /\.[a-z]{2,}$/i.test(query));
  const searchField = byDomain || looksLikeDomain ? 'domain' : byName ? 'companyName' : undefined;
  return { query, searchField };
}

/** What to look for in the offer catalogue: a product name, else a name, else quoted text. */
export function findOfferQuery(ctx: SlotContext): string | undefined {
  const { a } = ctx;
  const quoted = a.tokens.find((t) => t.kind === 'quoted');
  if (quoted) return quoted.raw;
  const product = ctx.products()[0];
  const name = ctx.names()[0];
  const span = product && name ? (product.start < name.start ? product : name) : (product ?? name);
  if (!span) return undefined;
  // "Microsoft 365 Business Premium" and a following name belong together ("Dynamics 365 Sales").
  let end = span.end;
  const following = [...ctx.products(), ...ctx.names()].find((s) => s.start === end);
  if (following) end = following.end;
  ctx.use(span.start, end);
  return spanText(a, span.start, end);
}

/** A name for "use organization X", "create customer X": the last free name, or quoted text. */
export function findNameQuery(ctx: SlotContext): string | undefined {
  const { a } = ctx;
  const quoted = a.tokens.findIndex((t, i) => t.kind === 'quoted' && !ctx.used.has(i));
  if (quoted >= 0) {
    ctx.use(quoted, quoted + 1);
    return a.tokens[quoted]?.raw;
  }
  const spans = [...ctx.names(), ...ctx.products()].sort((x, y) => x.start - y.start);
  const first = spans[0];
  if (!first) return undefined;
  let end = first.end;
  for (const s of spans.slice(1)) if (s.start === end) end = s.end;
  ctx.use(first.start, end);
  return spanText(a, first.start, end);
}
