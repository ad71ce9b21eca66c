/**
 * Values derived from one Partner Center response: its parsed body is deep-frozen and shared
 * while the read cache holds it (request-executor.ts), so its `items` array is the same object
 * on every cached read and a new one as soon as the response is read again. What a skill
 * computes from it (a sorted list, a card) can then be computed once per response and per key:
 * a warm "show subscriptions for Contoso Ltd" skips sorting and drawing the card.
 */
const DERIVED = new WeakMap<object, Map<string, unknown>>();

/** Keys per response (filters, pages): enough for a conversation's browsing, bounded. */
const MAX_KEYS_PER_SOURCE = 32;

export function derivedFrom<T>(source: object, key: string, compute: () => T): T {
  let values = DERIVED.get(source);
  if (!values) {
    values = new Map();
    DERIVED.set(source, values);
  }
  if (values.has(key)) return values.get(key) as T;
  const value = compute();
  if (values.size >= MAX_KEYS_PER_SOURCE) values.delete(values.keys().next().value as string);
  values.set(key, value);
  return value;
}
