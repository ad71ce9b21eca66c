import { subscriptionName } from '../../cards/views/subscriptions.js';
import type { Subscription } from '../../partner-center/index.js';
import { isUsageBased } from './usage-data.js';

export type SubscriptionResolution =
  | { kind: 'found'; subscription: Subscription }
  | { kind: 'choose'; choices: Subscription[] }
  | { kind: 'none'; candidates: Subscription[] };

const norm = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * A subscription by id, nickname or offer name among the customer's subscriptions ("Azure plan"
 * → the Azure plan). Exact matches win over partial ones, usage-based ones over the rest, live
 * ones over deleted ones. Without a name: the one in context, or the only usage-based one.
 */
export function resolveSubscription(
  all: Subscription[],
  named: string | undefined,
  contextId: string | undefined,
): SubscriptionResolution {
  const live = all.filter((s) => s.status?.toLowerCase() !== 'deleted');
  const usage = live.filter(isUsageBased);
  if (!named?.trim()) {
    const inContext = contextId ? all.find((s) => s.id === contextId) : undefined;
    if (inContext) return { kind: 'found', subscription: inContext };
    if (usage.length === 1 && usage[0]) return { kind: 'found', subscription: usage[0] };
    return usage.length ? { kind: 'choose', choices: usage } : { kind: 'none', candidates: [] };
  }
  const wanted = named.trim();
  const byId = all.find((s) => s.id.toLowerCase() === wanted.toLowerCase());
  if (byId) return { kind: 'found', subscription: byId };
  const n = norm(wanted);
  const names = (s: Subscription) =>
    [s.friendlyName, s.offerName, subscriptionName(s), s.offerId]
      .filter((x): x is string => Boolean(x))
      .map(norm);
  const exact = live.filter((s) => names(s).includes(n));
  const partial = live.filter((s) => names(s).some((x) => x.includes(n) || (x && n.includes(x))));
  for (const group of [exact, partial]) {
    const preferred = group.filter(isUsageBased);
    const pick = preferred.length ? preferred : group;
    if (pick.length === 1 && pick[0]) return { kind: 'found', subscription: pick[0] };
    if (pick.length > 1) return { kind: 'choose', choices: pick };
  }
  // "Azure" for a legacy "Microsoft Azure" or an "Azure plan": any usage-based one.
  if (/\bazure\b/.test(n) && usage.length === 1 && usage[0]) {
    return { kind: 'found', subscription: usage[0] };
  }
  return { kind: 'none', candidates: usage };
}
