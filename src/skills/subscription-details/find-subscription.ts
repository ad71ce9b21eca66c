import type { Subscription } from '../../partner-center/index.js';
import { nameScore } from './match-name.js';

export type SubscriptionMatch =
  | { kind: 'found'; subscription: Subscription }
  | { kind: 'choose'; choices: Subscription[] }
  | { kind: 'none' };

/** Ended subscriptions rank after live ones when a name fits several equally well. */
const ENDED = new Set(['deleted', 'expired', 'disabled']);

/**
 * The subscription `text` names among a customer's: its id (whole, any case), else the best name
 * match over offer name and nickname (nameScore). One best → found; several → choose.
 */
export function findSubscription(subscriptions: Subscription[], text: string): SubscriptionMatch {
  const wanted = text.trim().toLowerCase();
  const byId = subscriptions.find((s) => s.id.toLowerCase() === wanted);
  if (byId) return { kind: 'found', subscription: byId };
  const scored = subscriptions
    .map((s) => ({
      s,
      score: Math.max(nameScore(text, s.offerName), nameScore(text, s.friendlyName)),
    }))
    .filter((x) => x.score > 0);
  if (scored.length === 0) {
    // The start of an id, as the order card shows them ("a1b2c3d4").
    const prefixed =
      wanted.length >= 6 ? subscriptions.filter((s) => s.id.toLowerCase().startsWith(wanted)) : [];
    if (prefixed.length === 1 && prefixed[0]) return { kind: 'found', subscription: prefixed[0] };
    return prefixed.length > 1 ? { kind: 'choose', choices: prefixed } : { kind: 'none' };
  }
  const best = Math.max(...scored.map((x) => x.score));
  const top = scored.filter((x) => x.score === best).map((x) => x.s);
  const [only] = top;
  if (top.length === 1 && only) return { kind: 'found', subscription: only };
  // An exact name shared by a live subscription and ended ones means the live one.
  const live = top.filter((s) => !ENDED.has(s.status ?? ''));
  if (best === 3 && live.length === 1 && live[0]) return { kind: 'found', subscription: live[0] };
  return { kind: 'choose', choices: [...live, ...top.filter((s) => !live.includes(s))] };
}
