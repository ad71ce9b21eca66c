import { NOT_NAMES } from '../lexicon/function-words.js';
import type { Features } from '../features.js';
import type { Concept } from '../lexicon/concepts.js';

/** Tests on features shared by the rules of several areas. */
export const hasEmail = (f: Features): boolean => f.emails.length > 0;
export const noEmail = (f: Features): boolean => f.emails.length === 0;
export const hasNumber = (f: Features): boolean => f.numbers.length > 0;
export const noNumber = (f: Features): boolean => f.numbers.length === 0;
/** A quoted name that is not a customer's ("subscriptions for 'Wide World Importers'"). */
export const hasQuoted = (f: Features): boolean =>
  f.a.tokens.some((t, i) => t.kind === 'quoted' && i < f.valueFrom && !afterNameMarker(f, i));

const NAME_LEADS = new Set(['for', 'at', 'of', 'from', 'in', '@', 'customer', 'tenant', 'client']);
/** Whether token `i` comes right after "for/at/of" or "customer" (articles skipped). */
export const afterNameMarker = (f: Features, i: number): boolean => {
  let k = i - 1;
  while (k >= 0 && ['the', 'a', 'an'].includes(f.a.tokens[k]?.lower ?? '')) k--;
  return NAME_LEADS.has(f.a.tokens[k]?.lower ?? '');
};
export const noRole = (f: Features): boolean => !f.anyRole;

/** A particular subscription: a product name, a GUID or a quoted name. */
export const particularSubscription = (f: Features): boolean =>
  f.hasProduct || f.guids.length > 0 || hasQuoted(f);

/** The request is about our own partner account: no customer named, no "Contoso's". */
export const ours = (f: Features): boolean =>
  !f.names.some((s) => !everydayWord(f, s)) &&
  !f.a.tokens.some((t, i) => t.possessive && !f.a.conceptsAt[i]);

/** A lone lower-case everyday word ("support", "team"), which is not a customer's name. */
export const everydayWord = (f: Features, s: { start: number; end: number }): boolean => {
  const t = f.a.tokens[s.start];
  return s.end - s.start === 1 && !!t && !t.capitalized && NOT_NAMES.has(t.lower);
};

/**
 * A name that reads as a customer even without the word "customer": capitalised inside the
 * sentence, a domain or GUID, or right after "show"/"about" ("tell me about contoso").
 */
export const properName = (f: Features): boolean =>
  f.names.some((s) => {
    const t = f.a.tokens[s.start];
    if (!t) return false;
    // "show me the money": an everyday word is not a customer.
    if (everydayWord(f, s)) return false;
    if (t.kind === 'domain' || t.kind === 'guid' || (t.capitalized && s.start > 0)) return true;
    // "Adatum details", "Trey Research info?"
    if ((f.a.conceptsAt[s.end] ?? []).includes('details')) return true;
    let k = s.start - 1;
    while (
      k >= 0 &&
      ['the', 'a', 'me', 'us', 'on', 'up', 'for'].includes(f.a.tokens[k]?.lower ?? '')
    )
      k--;
    return (f.a.conceptsAt[k] ?? []).some((c) => c === 'show' || c === 'details');
  });

/** An id-like token right after `concept` ("order 7b2a2a7b"), or any GUID / id with it. */
export const idAfter =
  (concept: Concept) =>
  (f: Features): boolean => {
    const at = f.concepts.get(concept) ?? [];
    if (at.length === 0) return false;
    const idLike = (i: number): boolean =>
      f.ids.includes(i) || (f.numbers.includes(i) && (f.a.tokens[i]?.raw.length ?? 0) >= 3);
    return (
      f.guids.length > 0 || f.ids.length > 0 || at.some((p) => [1, 2, 3].some((d) => idLike(p + d)))
    );
  };

/** The negation of a test, for `when`. */
export const not =
  (test: (f: Features) => boolean) =>
  (f: Features): boolean =>
    !test(f);

/** All of several tests, for `when`. */
export const both =
  (...tests: ((f: Features) => boolean)[]) =>
  (f: Features): boolean =>
    tests.every((t) => t(f));
