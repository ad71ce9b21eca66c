import type { FieldName } from '../catalogue.js';
import { fieldMatcher } from '../lexicon/matchers.js';
import type { SlotContext } from './slot-context.js';

// Words that introduce the new value ("to X", "= X", "as X", "should be X").
const VALUE_MARKERS = new Set(['to', '=', 'as', 'into', ':', 'becomes', 'be', 'with']);
// Politeness and filler that may trail a value ("... to Jane Doe please").
const TRAILING = new Set([
  'please',
  'pls',
  'plz',
  'thanks',
  'thx',
  'thank',
  'you',
  'asap',
  'now',
  'today',
  'kindly',
]);

/**
 * The field named in an update and where its new value starts: the field closest before the
 * first marker that follows a field ("company phone number TO ..." → phone), or the words
 * right after the field when there is no marker ("set jane's phone 555 0100").
 */
export function findFieldAndValue(ctx: SlotContext): { field?: FieldName; valueStart: number } {
  const { tokens } = ctx.a;
  const fields = fieldMatcher.matchAll(
    tokens,
    (i) => !ctx.used.has(i) && tokens[i]?.kind === 'word',
  );
  for (let k = 1; k < tokens.length - 1; k++) {
    if (!VALUE_MARKERS.has(tokens[k]?.raw.toLowerCase() ?? '')) continue;
    const candidates = fields.filter((m) => m.end <= k);
    // "the phone number of our company TO ...": "of our company" says whose, not which field.
    const named = candidates.filter((m) => !ownerOnly(ctx, m.start, m.end));
    const before = (named.length > 0 ? named : candidates).at(-1);
    if (before) return { field: before.values[0], valueStart: k + 1 };
  }
  const last = fields.at(-1);
  if (last) return { field: last.values[0], valueStart: last.end < tokens.length ? last.end : -1 };
  // No field: the value can only follow the verb ("I want TO update our profile" has none).
  const verb = Math.min(
    ...(['update', 'set', 'rename'] as const).map((c) => ctx.f.pos(c)).filter((p) => p >= 0),
  );
  return { valueStart: Number.isFinite(verb) ? valueStart(ctx, verb + 1) : valueStart(ctx, 0) };
}

/** "of our company", "for the organization": a bare owner word after a preposition. */
function ownerOnly(ctx: SlotContext, start: number, end: number): boolean {
  if (end - start !== 1 || !ctx.is(start, 'company', 'organization')) return false;
  let k = start - 1;
  while (k >= 0 && ['the', 'our', 'my', 'a', 'an', 'this'].includes(ctx.lower(k))) k--;
  return ['of', 'for', 'at', 'in'].includes(ctx.lower(k));
}

/** Index of the first token of the value after token `from`: after "to"/"="/"as"..., or -1. */
export function valueStart(ctx: SlotContext, from: number): number {
  const { tokens } = ctx.a;
  for (let i = Math.max(from, 1); i < tokens.length - 1; i++) {
    const t = tokens[i];
    if (t && VALUE_MARKERS.has(t.raw.toLowerCase())) return i + 1;
  }
  return -1;
}

/**
 * The text from token `start` to the end, as the user wrote it, less trailing politeness and a
 * trailing "for <customer>" when the customer is named there ("... to Frontline for Contoso").
 */
export function tailText(
  ctx: SlotContext,
  start: number,
  options: { cutCustomer?: boolean } = {},
): string | undefined {
  const { tokens } = ctx.a;
  let end = tokens.length;
  while (
    end > start &&
    (tokens[end - 1]?.kind === 'punct' || TRAILING.has(tokens[end - 1]?.lower ?? ''))
  )
    end--;
  if (options.cutCustomer) {
    for (let i = start + 1; i < end; i++) {
      const w = tokens[i]?.lower;
      const span = ctx.names().find((s) => s.start === i + 1 && s.end === end);
      if ((w === 'for' || w === 'at' || w === 'of') && span) {
        end = i;
        break;
      }
    }
  }
  if (end <= start) return undefined;
  const quoted = tokens[start]?.kind === 'quoted' && end === start + 1;
  const text = quoted ? tokens[start]?.raw : valueText(ctx, start, end);
  ctx.use(start, end);
  return text || undefined;
}

/**
 * The new name of a rename: a quoted name (the last one when two are given), or the words after
 * "to"/"as"/"nickname"/"called" that follow the subscription.
 */
export function findNickname(ctx: SlotContext): string | undefined {
  const { tokens } = ctx.a;
  const quoted = tokens.map((t, i) => (t.kind === 'quoted' ? i : -1)).filter((i) => i >= 0);
  const lastQuoted = quoted.at(-1);
  const trailing = (i: number): boolean =>
    tokens.slice(i + 1).every((t) => t.kind === 'punct' || TRAILING.has(t.lower));
  if (
    lastQuoted !== undefined &&
    (quoted.length > 1 || isMarker(ctx, lastQuoted - 1) || trailing(lastQuoted))
  ) {
    ctx.use(lastQuoted, lastQuoted + 1);
    return tokens[lastQuoted]?.raw;
  }
  // The new name comes after the subscription: "give Fabrikam's E5 a new name: Leadership".
  const subscriptionAt = Math.max(
    -1,
    ...ctx.f.products.map((p) => p.start),
    ctx.f.pos('subscription'),
  );
  for (let i = tokens.length - 2; i > subscriptionAt; i--) {
    if (isMarker(ctx, i) && !ctx.used.has(i + 1)) {
      let start = i + 1;
      while (['the', 'a', 'an'].includes(tokens[start]?.lower ?? '')) start++;
      return tailText(ctx, start, { cutCustomer: true });
    }
  }
  // No marker: "call Litware's Teams Essentials subscription Warehouse" — the name after the
  // subscription.
  const after = ctx.names().find((s) => {
    const lead = ctx.before(s.start);
    const afterProduct = ctx.f.products.some((p) => p.end === s.start);
    return !tokens[s.end - 1]?.possessive && (ctx.is(lead, 'subscription') || afterProduct);
  });
  if (after) return tailText(ctx, after.start, { cutCustomer: true });
  return undefined;
}

function isMarker(ctx: SlotContext, i: number): boolean {
  const w = ctx.lower(i);
  return (
    w === 'to' ||
    w === 'as' ||
    w === 'called' ||
    w === 'named' ||
    w === ':' ||
    ctx.is(i, 'nicknameWord') ||
    (ctx.is(i, 'name') && !ctx.is(i + 1, 'name')) ||
    // the end of "a new name", "call it", "name it"
    (ctx.is(i, 'rename') && ['name', 'it'].includes(w) && !ctx.is(i + 1, 'rename'))
  );
}

/** The user's text for a value: trailing punctuation dropped, except the dot of an initial. */
function valueText(ctx: SlotContext, start: number, end: number): string {
  const first = ctx.a.tokens[start];
  const last = ctx.a.tokens[end - 1];
  if (!first || !last) return '';
  const raw = ctx.a.clean.slice(first.start, last.end).trim();
  const rest = ctx.a.clean.slice(last.end);
  const initialDot = /^\.(\s|$)/.test(rest) && /(^|\s)\p{Lu}$/u.test(raw);
  return (initialDot ? `${raw}.` : raw)
    .replace(/^["'“‘]+|["'”’]+$/g, '')
    .replace(/[\s,;:!?]+$/, '');
}
