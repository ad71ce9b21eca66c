import { analyze } from './analyze.js';
import type { Recognition } from './catalogue.js';
import { classify } from './classify.js';
import { extractEntities } from './entities/extract.js';
import { Features } from './features.js';

/** Options of `recognize`. */
export interface RecognizeOptions {
  /** "Today" for relative periods ("last month"); its local calendar date is used. */
  now?: Date;
}

// Each corrected typo lowers confidence a little; a close runner-up lowers it more.
const TYPO_PENALTY = 0.03;
const MARGIN_PENALTY = 0.5;

/**
 * Maps one utterance to an intent of the catalogue and its entities (shared/INTENTS.md).
 * Pure and deterministic: the same text and `now` always give the same result; no I/O.
 *
 * @example
 *   recognize('add 5 seats of M365 E3 for Fabrikam')
 *   // → { intent: 'subscriptions.setQuantity', entities: { customer: 'Fabrikam',
 *   //     subscription: 'M365 E3', quantity: 5, quantityChange: 'add' }, ... }
 */
export function recognize(text: string, options: RecognizeOptions = {}): Recognition {
  const now = options.now ?? new Date();
  const f = new Features(analyze(text, now));
  const c = classify(f);
  let score = c.score;
  if (c.intent !== 'none') {
    score -= TYPO_PENALTY * f.a.corrections;
    const gap = c.score - (c.runnerUp?.score ?? 0);
    if (gap < 0.1) score -= MARGIN_PENALTY * (0.1 - gap);
  }
  return {
    text,
    intent: c.intent,
    score: Math.round(Math.min(1, Math.max(0, score)) * 100) / 100,
    entities: c.intent === 'none' ? {} : extractEntities(c.intent, f),
  };
}
