/**
 * Product names as people type them: "E3", "M365 E3", "the Microsoft 365 E3 subscription",
 * "teams essentials". Matching is case-insensitive, by whole words, with the usual
 * abbreviations expanded, and each typed word may be the start of a word of the name.
 */

const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bm365\b/g, 'microsoft 365'],
  [/\bo365\b/g, 'office 365'],
  [/\bms\b/g, 'microsoft'],
  [/\bd365\b/g, 'dynamics 365'],
  [/\bems\b/g, 'enterprise mobility security'],
];

/** Words that say what kind of thing was meant, not which one ("the E3 subscription"). */
const NOISE = new Set([
  'the',
  'our',
  'their',
  'its',
  'subscription',
  'subscriptions',
  'license',
  'licenses',
  'licence',
  'licences',
  'seat',
  'seats',
]);

export function nameWords(text: string): string[] {
  let t = text.toLowerCase();
  for (const [pattern, expansion] of ABBREVIATIONS) t = t.replace(pattern, expansion);
  return t
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** 3 = the same name, 2 = every typed word starts a word of the name, 0 = no match. */
export function nameScore(query: string, name: string | undefined): number {
  if (!name) return 0;
  const q = nameWords(query).filter((w) => !NOISE.has(w));
  const n = nameWords(name);
  if (q.length === 0) return 0;
  if (q.join(' ') === n.join(' ')) return 3;
  return q.every((w) => n.some((word) => word.startsWith(w))) ? 2 : 0;
}
