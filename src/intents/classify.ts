import type { IntentId } from './catalogue.js';
import type { Features } from './features.js';
import { ACCOUNT_RULES } from './rules/account.js';
import { COMMERCE_RULES } from './rules/commerce.js';
import { CONVERSATION_RULES } from './rules/conversation.js';
import { CUSTOMER_RULES } from './rules/customers.js';
import { scoreRule, type Rule } from './rules/rule.js';
import { SUBSCRIPTION_RULES } from './rules/subscriptions.js';
import { USAGE_RULES } from './rules/usage.js';
import { USER_RULES } from './rules/users.js';

/** Every rule, in tie-break order: on equal scores the earlier rule wins. */
export const RULES: readonly Rule[] = [
  ...CONVERSATION_RULES,
  ...USER_RULES,
  ...SUBSCRIPTION_RULES,
  ...USAGE_RULES,
  ...COMMERCE_RULES,
  ...ACCOUNT_RULES,
  ...CUSTOMER_RULES,
];

/** Below this the utterance is not understood (`none`). */
const THRESHOLD = 0.5;

export interface Classification {
  intent: IntentId;
  /** The winning rule's score before penalties. */
  score: number;
  /** The runner-up, for explaining close calls. */
  runnerUp?: { intent: IntentId; score: number };
}

/** Scores every rule and keeps the best; `none` when nothing reaches the threshold. */
export function classify(f: Features): Classification {
  // "order a pizza", "what's the weather": small talk, whatever domain word it contains.
  if (f.offTopic && f.emails.length === 0 && !f.hasProduct && f.ids.length === 0) {
    return { intent: 'none', score: 0.9 };
  }
  let best: { intent: IntentId; score: number } | undefined;
  let second: { intent: IntentId; score: number } | undefined;
  for (const rule of RULES) {
    const score = scoreRule(rule, f);
    if (score <= 0) continue;
    if (!best || score > best.score) {
      second = best;
      best = { intent: rule.intent, score };
    } else if (!second || score > second.score) second = { intent: rule.intent, score };
  }
  if (!best || best.score < THRESHOLD) {
    return { intent: 'none', score: noneConfidence(f, best?.score ?? 0) };
  }
  return { intent: best.intent, score: best.score, runnerUp: second };
}

/** How sure we are that nothing was asked: high for text with no domain word at all. */
function noneConfidence(f: Features, best: number): number {
  if (f.a.tokens.length === 0) return 1;
  return f.concepts.size === 0 ? 0.9 : Math.max(0.5, 1 - best);
}
