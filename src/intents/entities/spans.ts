import type { Analysis } from '../analyze.js';
import type { Concept } from '../lexicon/concepts.js';
import { FIELD_NOUNS, STOP_WORDS } from '../lexicon/function-words.js';
import {
  PRODUCT_SHAPE,
  STRONG_PAIRS,
  STRONG_PRODUCT_WORDS,
  WEAK_PRODUCT_WORDS,
} from '../lexicon/products.js';
import type { Token } from '../text/tokenize.js';
import { isIdWord } from '../text/letter-id.js';

/** A run of tokens [start, end) that can be entity text: a name, or a product name. */
export interface Span {
  start: number;
  end: number;
  kind: 'name' | 'product';
}

// Concepts that are part of the request, never of a name, even when capitalised.
const STRONG_CONCEPTS = new Set<Concept>([
  'customer',
  'user',
  'subscription',
  'license',
  'order',
  'benefit',
  'usage',
  'report',
  'offer',
  'category',
  'referral',
  'profile',
  'billing',
  'role',
  'password',
  'renewal',
  'connection',
  'show',
  'find',
  'delete',
  'restore',
  'reset',
  'rename',
  'suspend',
  'reactivate',
  'pronoun',
]);
const CONNECTORS = new Set(['&', 'and', 'of', 'for', 'the', '+', 'y', 'de', 'von', 'van', 'du']);

/** Whether token `i` is a product word ("Microsoft", "365", "E3", "Essentials"). */
function productWord(a: Analysis, i: number): 'strong' | 'weak' | undefined {
  const t = a.tokens[i];
  if (!t || a.claims[i] || (t.kind !== 'word' && t.kind !== 'number')) return undefined;
  if (a.matches.some((m) => m.end - m.start > 1 && m.start <= i && i < m.end)) return undefined;
  if (STRONG_PRODUCT_WORDS.has(t.lower) || PRODUCT_SHAPE.test(t.lower)) return 'strong';
  if (WEAK_PRODUCT_WORDS.has(t.lower)) return 'weak';
  return undefined;
}

/**
 * Product name spans: runs of product words (and the numbers inside them, "Visio Plan 2") with
 * at least one strong word; "for" joins two product words ("Apps for enterprise").
 */
export function productSpans(a: Analysis): Span[] {
  const out: Span[] = [];
  const n = a.tokens.length;
  for (let i = 0; i < n;) {
    if (!productWord(a, i)) {
      i++;
      continue;
    }
    let j = i;
    let strong = false;
    for (;;) {
      const p = productWord(a, j);
      if (p) {
        strong ||= p === 'strong' || pairAt(a, j);
        j++;
        if (a.tokens[j - 1]?.possessive) break;
      } else if (
        a.tokens[j]?.kind === 'number' &&
        a.tokens[j - 1]?.lower === 'plan' &&
        !a.claims[j]
      ) {
        j++; // "Plan 2" is a name, even before "licenses"
      } else if (j > i && a.tokens[j]?.kind === 'number' && !a.claims[j] && j + 1 <= n) {
        // A number after a product word is part of its name ("Plan 2", "Microsoft 365")...
        // ...unless it counts seats ("E3 5 seats" is rare; "to 30 seats" has "to" before it).
        if (a.conceptsAt[j + 1]?.some((c) => c === 'license' || c === 'user')) break;
        j++;
      } else if (
        a.tokens[j]?.lower === 'for' &&
        productWord(a, j + 1) &&
        !a.tokens[j - 1]?.possessive
      ) {
        j++;
      } else break;
    }
    if (strong) out.push({ start: i, end: j, kind: 'product' });
    i = Math.max(j, i + 1);
  }
  return out;
}

/** "Business Premium", "Power Automate": two weak words that name a product together. */
function pairAt(a: Analysis, j: number): boolean {
  const w = (k: number): string => a.tokens[k]?.lower ?? '';
  return STRONG_PAIRS.has(`${w(j)} ${w(j + 1)}`) || STRONG_PAIRS.has(`${w(j - 1)} ${w(j)}`);
}

/** Whether token `i` can be part of a name on its own merit. */
function nameable(a: Analysis, i: number, inProduct: ReadonlySet<number>): boolean {
  const t = a.tokens[i];
  if (!t || a.claims[i] || inProduct.has(i)) return false;
  if (t.kind === 'domain' || t.kind === 'guid' || t.kind === 'quoted') return true;
  if (t.kind !== 'word') return false;
  if (a.conceptsAt[i] || STOP_WORDS.has(t.lower) || FIELD_NOUNS.has(t.lower)) return false;
  return t.raw !== '' && !(t.raw.length >= 8 && isIdWord(t.raw));
}

/** A capitalised word inside a capitalised name ("Best For You Organics", "The Phone Company"). */
function absorbable(a: Analysis, i: number, mixedCase: boolean): boolean {
  const t = a.tokens[i];
  if (!t || t.kind !== 'word' || a.claims[i] || !mixedCase || !t.capitalized || i === 0)
    return false;
  return !(a.conceptsAt[i] ?? []).some((c) => STRONG_CONCEPTS.has(c));
}

/**
 * Name spans: maximal runs of words that are neither vocabulary nor function words. A
 * connector ("&", "of", "and") joins two capitalised parts, and in mixed-case text a
 * capitalised function word joins them too, so "City Power & Light" and "School of Fine Art"
 * stay whole. A possessive ends a span ("Contoso's E3").
 */
export function nameSpans(a: Analysis, products: readonly Span[]): Span[] {
  const inProduct = new Set<number>();
  for (const p of products) for (let i = p.start; i < p.end; i++) inProduct.add(i);
  const mixedCase = a.tokens.some((t) => t.kind === 'word' && /^\p{Ll}/u.test(t.raw));
  const out: Span[] = [];
  const n = a.tokens.length;
  for (let i = 0; i < n;) {
    if (!nameable(a, i, inProduct)) {
      i++;
      continue;
    }
    // A quoted name stands alone: "'Sales Team' for Contoso" is two names.
    if (a.tokens[i]?.kind === 'quoted') {
      out.push({ start: i, end: i + 1, kind: 'name' });
      i++;
      continue;
    }
    let j = i + 1;
    while (
      j < n &&
      (!a.tokens[j - 1]?.possessive || possessiveInsideName(a, j, inProduct, mixedCase)) &&
      a.tokens[j]?.kind !== 'quoted'
    ) {
      if (nameable(a, j, inProduct)) j++;
      else if (joins(a, j, inProduct, mixedCase)) j++;
      else break;
    }
    // Do not end on a connector ("Contoso and").
    while (j > i + 1 && !nameable(a, j - 1, inProduct) && !absorbable(a, j - 1, mixedCase)) j--;
    // A capitalised name ends at the first lower-case word: "Wingtip Toys asked ...".
    if (mixedCase && a.tokens[i]?.capitalized) {
      for (let k = i + 1; k < j; k++) {
        const t = a.tokens[k];
        if (t && nameable(a, k, inProduct) && /^\p{Ll}/u.test(t.raw) && !isLegalSuffix(t)) {
          j = k;
          break;
        }
      }
    }
    out.push({ start: extendBack(a, i, mixedCase), end: j, kind: 'name' });
    i = j;
  }
  return out;
}

/**
 * "Margie's Travel", "Munson's Pickles": in mixed-case text a possessive followed by a
 * capitalised word that is neither vocabulary nor a product is part of one name.
 */
function possessiveInsideName(
  a: Analysis,
  j: number,
  inProduct: ReadonlySet<number>,
  mixedCase: boolean,
): boolean {
  const prev = a.tokens[j - 1];
  const t = a.tokens[j];
  // "Contoso's Sales Team subscription": the words after the possessive name a subscription.
  let k = j;
  while (k < a.tokens.length && nameable(a, k, inProduct)) k++;
  if ((a.conceptsAt[k] ?? []).some((c) => c === 'subscription' || c === 'license')) return false;
  return Boolean(
    mixedCase &&
    prev?.capitalized &&
    prev.kind === 'word' &&
    t?.capitalized &&
    nameable(a, j, inProduct) &&
    !COMMON_FOLLOWERS.has(t.lower),
  );
}

// Capitalised words that follow a customer's possessive rather than continue its name.
const COMMON_FOLLOWERS = new Set(['Azure', 'Microsoft', 'Office'].map((w) => w.toLowerCase()));

/** "A. Datum" and "The Phone Company": an initial or a capitalised "The" before a name. */
function extendBack(a: Analysis, i: number, mixedCase: boolean): number {
  const prev = a.tokens[i - 1];
  const prev2 = a.tokens[i - 2];
  if (prev?.raw === '.' && prev2 && /^\p{Lu}$/u.test(prev2.raw) && prev2.end === prev.start)
    return i - 2;
  if (mixedCase && prev?.raw === 'The' && i - 1 > 0) return i - 1;
  return i;
}

function joins(
  a: Analysis,
  j: number,
  inProduct: ReadonlySet<number>,
  mixedCase: boolean,
): boolean {
  const t = a.tokens[j];
  if (!t || inProduct.has(j)) return false;
  const prev = a.tokens[j - 1];
  const next = a.tokens[j + 1];
  const capitalizedAround = Boolean(prev?.capitalized && next?.capitalized);
  if ((t.kind === 'symbol' || CONNECTORS.has(t.lower)) && capitalizedAround && mixedCase) {
    return nameable(a, j + 1, inProduct) || absorbable(a, j + 1, mixedCase);
  }
  if (t.kind === 'symbol' && t.raw === '&') return nameable(a, j + 1, inProduct);
  if (!absorbable(a, j, mixedCase)) return false;
  if (nameable(a, j + 1, inProduct) || isLegalSuffix(next)) return true;
  // A capitalised last word that is not a function word: "Fabrikam Partners", "Northwind Reseller".
  return (
    !STOP_WORDS.has(t.lower) &&
    (!next || next.kind === 'punct' || STOP_WORDS.has(next.lower) || Boolean(a.conceptsAt[j + 1]))
  );
}

const LEGAL_SUFFIXES = new Set([
  'ltd',
  'inc',
  'llc',
  'gmbh',
  'corp',
  'co',
  'plc',
  'ag',
  'sa',
  'bv',
  'pty',
  'limited',
]);
function isLegalSuffix(t: Token | undefined): boolean {
  return Boolean(t && LEGAL_SUFFIXES.has(t.lower));
}

/** The user's text for tokens [start, end), trimmed of quotes and trailing punctuation. */
export function spanText(a: Analysis, start: number, end: number): string {
  const first = a.tokens[start];
  const last = a.tokens[end - 1];
  if (!first || !last) return '';
  return a.clean
    .slice(first.start, last.end)
    .replace(/^["'“‘]+|["'”’]+$/g, '')
    .replace(/[\s.,;:!?]+$/, '')
    .trim();
}
