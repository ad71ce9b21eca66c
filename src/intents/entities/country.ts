import type { Found } from '../analyze.js';
import { COUNTRY_NAMES, LOWER_CASE_CODES, WORD_LIKE_CODES } from '../lexicon/countries.js';
import { countryMatcher } from '../lexicon/matchers.js';
import type { Token } from '../text/tokenize.js';

const CODES = new Set(Object.keys(COUNTRY_NAMES));
// Words after which a two-letter word is a market code ("offers in DE", "market: fr").
const CODE_LEADS = new Set([
  'in',
  'for',
  'market',
  'country',
  'region',
  'locale',
  'from',
  'offers',
  'offer',
  'catalog',
  'catalogue',
  'categories',
  'category',
]);

/**
 * The country named in the utterance as ISO 3166-1 alpha-2 ("Germany", "german", "DE" → DE,
 * "UK" → GB). A two-letter code counts in upper case, or in lower case after "in/for/market";
 * codes that are also words ("IT", "NO", "US") only after those words, unless the text is not
 * shouted and the code is "US".
 */
export function findCountry(
  tokens: readonly Token[],
  text: string,
  usable: (i: number) => boolean,
): Found<string> | undefined {
  // Names first: in "LIST OFFERS IN GERMANY" the country is Germany, not "IN" (India).
  for (let i = 0; i < tokens.length; i++) {
    const m = usable(i) ? countryMatcher.matchAt(tokens, i, usable) : undefined;
    if (m?.values[0]) return { value: m.values[0], start: m.start, end: m.end };
  }
  const shouted = !/\p{Ll}/u.test(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !usable(i) || t.kind !== 'word') continue;
    if (isUs(tokens, i)) return { value: 'US', start: i, end: i + 1 };
    if (t.raw.length !== 2) continue;
    const code = t.raw.toUpperCase() === 'UK' ? 'GB' : t.raw.toUpperCase();
    if (!CODES.has(code)) continue;
    const lead = CODE_LEADS.has(tokens[i - 1]?.lower ?? '');
    const upper = t.raw === t.raw.toUpperCase();
    const ok = upper
      ? lead || (!shouted && !WORD_LIKE_CODES.has(t.raw)) || (!shouted && t.raw === 'US' && i > 0)
      : lead && LOWER_CASE_CODES.has(t.lower);
    if (ok) return { value: code, start: i, end: i + 1 };
  }
  return undefined;
}

/** Lower-case "us" as a country: "offers in the us", or "offers in us" at the end. */
function isUs(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.lower !== 'us') return false;
  const before = tokens[i - 1]?.lower;
  const next = tokens[i + 1];
  if (before === 'the') return CODE_LEADS.has(tokens[i - 2]?.lower ?? '');
  return before === 'in' && (!next || next.kind === 'punct');
}
