import type { Token } from '../text/tokenize.js';

const WORD_NUMBERS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  two: 2,
  couple: 2,
  pair: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  dozen: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

/** The integer a token stands for ("5", "five", "1,000"); `a`/`an` only when `article` is set. */
export function numberAt(tokens: readonly Token[], i: number, article = false): number | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.kind === 'number') return Number(t.raw);
  if (t.kind !== 'word') return undefined;
  if (/^\d{1,3}(,\d{3})+$/.test(t.raw)) return Number(t.raw.replace(/,/g, ''));
  if (!article && (t.lower === 'a' || t.lower === 'an')) return undefined;
  const base = WORD_NUMBERS[t.lower];
  if (base === undefined) return undefined;
  // "twenty five" / "twenty-five" (the tokenizer drops the hyphen: "twentyfive" is not handled).
  const next = tokens[i + 1];
  const unit = next ? WORD_NUMBERS[next.lower] : undefined;
  if (base >= 20 && base < 100 && unit !== undefined && unit < 10) return base + unit;
  return base;
}

/** How many tokens the number at `i` spans (2 for "twenty five"). */
export function numberLength(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next || t.kind !== 'word') return 1;
  const base = WORD_NUMBERS[t.lower] ?? 0;
  const unit = WORD_NUMBERS[next.lower];
  return base >= 20 && base < 100 && unit !== undefined && unit < 10 ? 2 : 1;
}
