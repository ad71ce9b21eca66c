import type { IntentId } from '../catalogue.js';
import type { Features } from '../features.js';
import { CONCEPTS, type Concept } from '../lexicon/concepts.js';

/**
 * One level of an intent's rule: the concepts that must all be there, at least one of which
 * must be there, none of which may be there, and an extra test. The first level that holds
 * gives the rule's score.
 */
export interface Level {
  score: number;
  all?: readonly Concept[];
  any?: readonly Concept[];
  none?: readonly Concept[];
  when?: (f: Features) => boolean;
}

/** An intent and its levels, strongest first. Scores share one scale across intents. */
export interface Rule {
  intent: IntentId;
  levels: readonly Level[];
}

/** Concepts written as one space-separated string ("create add delete"), checked at load. */
export function concepts(list: string): Concept[] {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((c) => {
      if (!(c in CONCEPTS)) throw new TypeError(`unknown concept "${c}" in a rule`);
      return c as Concept;
    });
}

interface LevelSpec {
  score: number;
  all?: string;
  any?: string;
  none?: string;
  when?: (f: Features) => boolean;
}

/** Builds a rule from levels whose concept lists are space-separated strings. */
export function rule(intent: IntentId, ...levels: LevelSpec[]): Rule {
  return {
    intent,
    levels: levels.map((l) => ({
      score: l.score,
      all: l.all ? concepts(l.all) : undefined,
      any: l.any ? concepts(l.any) : undefined,
      none: l.none ? concepts(l.none) : undefined,
      when: l.when,
    })),
  };
}

/** The score of the first level of `r` that holds, else 0. */
export function scoreRule(r: Rule, f: Features): number {
  for (const l of r.levels) {
    if (l.all && !l.all.every((c) => f.has(c))) continue;
    if (l.any && !l.any.some((c) => f.has(c))) continue;
    if (l.none && l.none.some((c) => f.has(c))) continue;
    if (l.when && !l.when(f)) continue;
    return l.score;
  }
  return 0;
}
