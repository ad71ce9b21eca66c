import type { BenefitType, FieldName, RoleName } from '../catalogue.js';
import { PERIOD_WORDS } from '../entities/period.js';
import { PhraseMatcher } from '../text/phrase-matcher.js';
import { SpellCorrector } from '../text/spell.js';
import { stem } from '../text/stem.js';
import {
  BENEFIT_TYPE_PHRASES,
  FIELD_PHRASES,
  GRANULARITY_PHRASES,
  STATUS_PHRASES,
} from './attributes.js';
import { CONCEPTS, type Concept } from './concepts.js';
import { COUNTRY_NAMES } from './countries.js';
import { COMMON_WORDS, CORRECTION_TARGETS, STOP_WORDS } from './function-words.js';
import { STRONG_PRODUCT_WORDS, WEAK_PRODUCT_WORDS } from './products.js';
import { GENERIC_ADMIN, ROLE_PHRASES } from './roles.js';
import { phrases } from './word-list.js';

/** The lexicons compiled once at module load; every recognition reuses them. */
function entriesOf<V extends string>(table: Readonly<Record<V, readonly string[]>>): [string, V][] {
  return (Object.keys(table) as V[]).flatMap((v) => table[v].map((p): [string, V] => [p, v]));
}

export const conceptMatcher = new PhraseMatcher<Concept>(entriesOf(CONCEPTS));

export interface RoleValue {
  role: RoleName;
  /** A bare "admin": taken as Global Administrator, but weaker than a named role. */
  generic: boolean;
}
export const roleMatcher = new PhraseMatcher<RoleValue>([
  ...entriesOf(ROLE_PHRASES).map(([p, role]): [string, RoleValue] => [p, { role, generic: false }]),
  ...GENERIC_ADMIN.map((p): [string, RoleValue] => [
    p,
    { role: 'Global Administrator', generic: true },
  ]),
]);

export const statusMatcher = new PhraseMatcher<string>(entriesOf(STATUS_PHRASES));
export const fieldMatcher = new PhraseMatcher<FieldName>(entriesOf(FIELD_PHRASES));
export const benefitTypeMatcher = new PhraseMatcher<BenefitType>(entriesOf(BENEFIT_TYPE_PHRASES));
export const granularityMatcher = new PhraseMatcher<'daily' | 'hourly'>(
  entriesOf(GRANULARITY_PHRASES),
);
// Country names match word for word (no stemming: "Germans" is not a market).
export const countryMatcher = new PhraseMatcher<string>(
  Object.entries(COUNTRY_NAMES).flatMap(([code, names]) =>
    phrases(names).map((n): [string, string] => [
      n
        .split(' ')
        .map((w) => `=${w}`)
        .join(' '),
      code,
    ]),
  ),
);

const vocabulary = new Set<string>([
  ...conceptMatcher.keys(),
  ...roleMatcher.keys(),
  ...statusMatcher.keys(),
  ...fieldMatcher.keys(),
  ...benefitTypeMatcher.keys(),
  ...granularityMatcher.keys(),
  ...countryMatcher.keys(),
  ...[...STRONG_PRODUCT_WORDS, ...WEAK_PRODUCT_WORDS, ...PERIOD_WORDS].map(stem),
]);
const known = new Set<string>([
  ...vocabulary,
  ...[...STOP_WORDS, ...COMMON_WORDS].flatMap((w) => [w, stem(w)]),
]);

/**
 * What typos are corrected towards: the curated targets, and the longer words of the lexicon
 * (six letters or more, where a one-letter slip rarely lands on another English word), each
 * with its inflections ("delete" → "deleted", "deleting", "deletes").
 */
function correctionVocabulary(): string[] {
  const words = new Set<string>(CORRECTION_TARGETS);
  for (const list of Object.values(CONCEPTS)) {
    for (const phrase of list) {
      for (const w of phrase.replace(/=/g, '').split(' ')) if (w.length >= 6) words.add(w);
    }
  }
  for (const w of [...STRONG_PRODUCT_WORDS, ...PERIOD_WORDS]) if (w.length >= 5) words.add(w);
  for (const names of Object.values(COUNTRY_NAMES)) {
    for (const n of phrases(names)) if (n.length >= 6 && !n.includes(' ')) words.add(n);
  }
  const out = new Set<string>();
  for (const w of words) {
    const base = w.replace(/e$/, '');
    out.add(w);
    // Inflections only of longer words: "more" must not yield "moring" (a typo of "morning").
    if (w.length >= 5) for (const form of [`${w}s`, `${base}ed`, `${base}ing`]) out.add(form);
  }
  return [...out];
}

export const speller = new SpellCorrector(correctionVocabulary(), known);
