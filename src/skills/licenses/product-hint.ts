import { nameScore, nameWords } from '../subscription-details/match-name.js';

/** Words every other product name has: they do not say which product was meant. */
const GENERIC = new Set([
  'microsoft',
  'office',
  'online',
  'plan',
  'the',
  'for',
  'and',
  'with',
  'apps',
]);

/** A plan tier as people say it: E3, E5, F1, P2, A3 ... */
const TIER = /^[a-z]\d$/;

export interface ProductHint {
  /** What to call it on the card ("E3", "Teams Essentials"). */
  text: string;
  /** Indexes of the names it fits. */
  matches: number[];
}

/**
 * Which of `names` the user asked about. The recognizer gives licenses.list no product entity
 * ("how many E3 seats are unassigned at Fabrikam" → customer only), so the words of the
 * sentence are read too: a tier such as "E3", or every distinctive word of a product's name
 * ("teams essentials"). Undefined when the sentence names no product.
 */
export function productHint(
  names: readonly string[],
  entity: string | undefined,
  text: string,
): ProductHint | undefined {
  if (entity?.trim()) {
    const matches = names.flatMap((n, i) => (nameScore(entity, n) > 0 ? [i] : []));
    return { text: entity.trim(), matches };
  }
  const words = new Set(nameWords(text));
  const tier = [...words].find((w) => TIER.test(w));
  const matches = names.flatMap((n, i) => {
    const nameSet = nameWords(n);
    if (tier && nameSet.includes(tier)) return [i];
    const distinctive = nameSet.filter((w) => !GENERIC.has(w) && !/^\d+$/.test(w));
    return distinctive.length > 0 && distinctive.every((w) => words.has(w)) ? [i] : [];
  });
  if (tier) return { text: tier.toUpperCase(), matches };
  const [first] = matches;
  if (first === undefined) return undefined;
  return { text: matches.map((i) => names[i]).join(', '), matches };
}
