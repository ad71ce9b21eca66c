/**
 * Contractions and their apostrophe-less typos, expanded to the words they stand for, so "what's",
 * "whats" and "what is" look the same to the lexicon. A trailing `'s` on any other word is a
 * possessive and is handled by the tokenizer.
 */
const FIXED: Readonly<Record<string, readonly string[]>> = {
  "can't": ['can', 'not'],
  cant: ['can', 'not'],
  "won't": ['will', 'not'],
  "don't": ['do', 'not'],
  dont: ['do', 'not'],
  "doesn't": ['does', 'not'],
  doesnt: ['does', 'not'],
  "didn't": ['did', 'not'],
  didnt: ['did', 'not'],
  "isn't": ['is', 'not'],
  isnt: ['is', 'not'],
  "aren't": ['are', 'not'],
  "i'm": ['i', 'am'],
  im: ['i', 'am'],
  "let's": ['let', 'us'],
  lets: ['let', 'us'],
  whats: ['what', 'is'],
  wats: ['what', 'is'],
  wheres: ['where', 'is'],
  whos: ['who', 'is'],
  hows: ['how', 'is'],
  thats: ['that', 'is'],
  whatre: ['what', 'are'],
  "y'all": ['you'],
  ive: ['i', 'have'],
  "we've": ['we', 'have'],
  "we're": ['we', 'are'],
  "they're": ['they', 'are'],
  "you're": ['you', 'are'],
  "i'd": ['i', 'would'],
  "we'd": ['we', 'would'],
  "i'll": ['i', 'will'],
  "we'll": ['we', 'will'],
  "i've": ['i', 'have'],
  gimme: ['give', 'me'],
  lemme: ['let', 'me'],
  wanna: ['want', 'to'],
  gonna: ['going', 'to'],
  // Chat shorthand
  u: ['you'],
  ur: ['your'],
  wat: ['what'],
  wut: ['what'],
  abt: ['about'],
  w: ['with'],
  thru: ['through'],
  cuz: ['because'],
  coz: ['because'],
};

// Words whose `'s` means "is" (or "has"), not a possessive.
const IS_WORDS = new Set([
  'what',
  'who',
  'where',
  'how',
  'that',
  'it',
  'there',
  'here',
  'he',
  'she',
  'when',
  'which',
  'why',
]);

/** The words a contraction stands for, or undefined when `word` is not one. */
export function expandContraction(word: string): readonly string[] | undefined {
  const w = word.toLowerCase().replace(/’/g, "'");
  const fixed = FIXED[w];
  if (fixed) return fixed;
  const neg = /^([a-z]+)n't$/.exec(w);
  if (neg) return [neg[1] ?? '', 'not'];
  const m = /^([a-z]+)'(s|re|ve|ll|d|m)$/.exec(w);
  if (!m) return undefined;
  const base = m[1] ?? '';
  if (m[2] === 's') return IS_WORDS.has(base) ? [base, 'is'] : undefined;
  const tail: Readonly<Record<string, string>> = {
    re: 'are',
    ve: 'have',
    ll: 'will',
    d: 'would',
    m: 'am',
  };
  return [base, tail[m[2] ?? ''] ?? ''];
}
