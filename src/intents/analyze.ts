import type { BenefitType, RoleName } from './catalogue.js';
import { findCountry } from './entities/country.js';
import { findPeriod, type FoundPeriod } from './entities/period.js';
import type { Concept } from './lexicon/concepts.js';
import {
  benefitTypeMatcher,
  conceptMatcher,
  granularityMatcher,
  roleMatcher,
  speller,
  statusMatcher,
} from './lexicon/matchers.js';
import type { PhraseMatch } from './text/phrase-matcher.js';
import { stripMentions } from './text/mentions.js';
import { tokenize, type Token } from './text/tokenize.js';

/** What claimed a token: claimed tokens are entity text and take no part in concepts or names. */
export type Claim = 'period' | 'role' | 'country' | 'status' | 'granularity';

/** A typed value found at tokens [start, end). */
export interface Found<V> {
  value: V;
  start: number;
  end: number;
}

/**
 * Everything the rules and slot extractors read about one utterance: tokens (with spelling
 * corrected), which tokens are typed entities, and which concepts of the lexicon occur where.
 */
export interface Analysis {
  text: string;
  /** The text without the bot's @mention; entity text is sliced from it. */
  clean: string;
  tokens: Token[];
  claims: (Claim | undefined)[];
  /** Concepts covering each token (a phrase's concepts on each of its tokens). */
  conceptsAt: (readonly Concept[] | undefined)[];
  matches: PhraseMatch<Concept>[];
  period?: FoundPeriod;
  roles: (Found<RoleName> & { generic: boolean })[];
  country?: Found<string>;
  statuses: Found<string>[];
  benefitTypes: Found<BenefitType>[];
  granularity?: Found<'daily' | 'hourly'>;
  corrections: number;
}

// Words after a bare "admin" that make it part of another name ("admin roles", "admin center").
const NOT_A_ROLE_AFTER = new Set([
  'role',
  'rol',
  'right',
  'center',
  'centre',
  'portal',
  'agent',
  'consent',
]);

export function analyze(text: string, now: Date): Analysis {
  const clean = stripMentions(text);
  const tokens = tokenize(clean);
  const corrections = speller.correct(tokens);
  const claims: (Claim | undefined)[] = tokens.map(() => undefined);
  const free = (i: number): boolean => claims[i] === undefined;
  const claim = (kind: Claim, start: number, end: number): void => {
    for (let i = start; i < end; i++) claims[i] = kind;
  };

  const period = findPeriod(tokens, clean, now, free);
  if (period) claim('period', period.start, period.end);

  const roles: Analysis['roles'] = [];
  for (const m of roleMatcher.matchAll(tokens, free)) {
    const value = m.values[0];
    if (!value) continue;
    if (value.generic && NOT_A_ROLE_AFTER.has(tokens[m.end]?.stem ?? '')) continue;
    roles.push({ value: value.role, generic: value.generic, start: m.start, end: m.end });
    claim('role', m.start, m.end);
  }

  const country = findCountry(tokens, clean, free);
  if (country) claim('country', country.start, country.end);

  const statuses: Found<string>[] = [];
  for (const m of statusMatcher.matchAll(tokens, free)) {
    const value = m.values[0];
    if (!value) continue;
    statuses.push({ value, start: m.start, end: m.end });
    // "new" is also the verb of creation ("a new customer"); it stays visible to the concepts.
    if (value !== 'new') claim('status', m.start, m.end);
  }

  const g = granularityMatcher.matchAll(tokens, free)[0];
  const granularity = g?.values[0] ? { value: g.values[0], start: g.start, end: g.end } : undefined;
  if (granularity) claim('granularity', granularity.start, granularity.end);

  const benefitTypes = benefitTypeMatcher
    .matchAll(tokens, () => true)
    .flatMap((m) => (m.values[0] ? [{ value: m.values[0], start: m.start, end: m.end }] : []));

  const usable = (i: number): boolean =>
    (tokens[i]?.kind === 'word' || tokens[i]?.kind === 'number') && free(i);
  const matches = conceptMatcher.matchAll(tokens, usable);
  const conceptsAt: Analysis['conceptsAt'] = tokens.map(() => undefined);
  for (const m of matches) for (let i = m.start; i < m.end; i++) conceptsAt[i] = m.values;

  return {
    text,
    clean,
    tokens,
    claims,
    conceptsAt,
    matches,
    period,
    roles,
    country,
    statuses,
    benefitTypes,
    granularity,
    corrections,
  };
}
