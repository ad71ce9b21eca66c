import { boundedDistance } from './edit-distance.js';
import { stem } from './stem.js';
import type { Token } from './tokenize.js';

/** Options of the spelling corrector; the defaults suit chat typos. */
export interface SpellOptions {
  /** Shortest word corrected at all (shorter words are too easily another word). */
  minLength?: number;
  /** Shortest word allowed two edits ("refferals" → "referrals"). */
  twoEditLength?: number;
  /** Most words remembered between calls. */
  cacheSize?: number;
}

const DEFAULTS = {
  minLength: 4,
  twoEditLength: 8,
  cacheSize: 5000,
} satisfies Required<SpellOptions>;

/**
 * Corrects words the lexicon does not know to the nearest vocabulary word ("subscritpions",
 * "lsit", "chnaged", "delted"). It never touches a word it knows (vocabulary, function words,
 * common English), a word with digits, or a capitalised word inside the sentence (a name such
 * as "Fabrikam" is entity text, not a typo). Candidates come from a deletion index
 * (SymSpell-style), so a lookup costs a few map reads rather than a pass over the vocabulary.
 * Deterministic: ties go to the same first letter, then the same length, then the earlier word.
 */
export class SpellCorrector {
  private readonly opts: Required<SpellOptions>;
  private readonly targets: readonly string[];
  private readonly index = new Map<string, number[]>();
  private readonly cache = new Map<string, string | null>();
  /** No vocabulary word is longer; longer input is not a typo of one (and would be slow). */
  private readonly longest: number;

  constructor(
    vocabulary: Iterable<string>,
    private readonly known: ReadonlySet<string>,
    options: SpellOptions = {},
  ) {
    this.opts = { ...DEFAULTS, ...options };
    this.targets = [...new Set(vocabulary)].filter((w) => w.length >= 3 && /^[a-z]+$/.test(w));
    this.longest = Math.max(0, ...this.targets.map((w) => w.length));
    this.targets.forEach((w, k) => {
      // Indexed with two deletions from 6 letters on, so an 8-letter typo of a 6-letter word is found.
      for (const d of deletions(w, w.length >= this.opts.twoEditLength - 2 ? 2 : 1)) {
        const list = this.index.get(d) ?? [];
        list.push(k);
        this.index.set(d, list);
      }
    });
  }

  /** Sets `stem` on every word token, corrected where needed; returns how many were corrected. */
  correct(tokens: Token[]): number {
    const mixedCase = tokens.some((t, i) => i > 0 && t.kind === 'word' && /^\p{Ll}/u.test(t.raw));
    let corrections = 0;
    tokens.forEach((t, i) => {
      if (t.kind !== 'word' || t.raw === '') return;
      t.stem = stem(t.lower);
      if (this.known.has(t.stem) || this.known.has(t.lower)) return;
      if (/\d/.test(t.lower) || (i > 0 && mixedCase && t.capitalized)) return;
      const fixed = this.unstretch(t.lower) ?? this.lookup(t.lower);
      if (fixed) {
        t.lower = fixed;
        t.stem = stem(fixed);
        t.corrected = true;
        corrections++;
      }
    });
    return corrections;
  }

  /**
   * A known word typed with a letter held down ("hiii", "heyy", "yesss", "pleasee"): runs of a
   * repeated letter shortened to two, then to one, when that gives a word we know.
   */
  private unstretch(word: string): string | undefined {
    if (!/(\p{L})\1/u.test(word)) return undefined;
    for (const form of [
      word.replace(/(\p{L})\1{2,}/gu, '$1$1'),
      word.replace(/(\p{L})\1+/gu, '$1'),
    ]) {
      if (form !== word && (this.known.has(form) || this.known.has(stem(form)))) return form;
    }
    return undefined;
  }

  private lookup(word: string): string | undefined {
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.nearest(word);
    if (this.cache.size >= this.opts.cacheSize) this.cache.clear();
    this.cache.set(word, found ?? null);
    return found;
  }

  private nearest(word: string): string | undefined {
    const max = word.length >= this.opts.twoEditLength ? 2 : 1;
    if (word.length < this.opts.minLength || word.length > this.longest + max) return undefined;
    const seen = new Set<number>();
    for (const d of deletions(word, max)) for (const k of this.index.get(d) ?? []) seen.add(k);
    let best: { word: string; score: number; k: number } | undefined;
    for (const k of seen) {
      const target = this.targets[k] ?? '';
      const d = boundedDistance(word, target, max);
      if (d > max || !plausibleSlip(word, target)) continue;
      // Same first letter is far likelier for a typo; then the same length ("usres" is
      // "users" transposed, not "use" plus a letter).
      const score =
        d * 4 +
        (target[0] === word[0] ? 0 : 2) +
        Math.min(1, Math.abs(target.length - word.length));
      if (!best || score < best.score || (score === best.score && k < best.k)) {
        best = { word: target, score, k };
      }
    }
    return best?.word;
  }
}

/** The word and every string made from it by deleting up to `max` letters. */
function deletions(word: string, max: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let d = 0; d < max; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const v = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(v)) {
          out.add(v);
          next.push(v);
        }
      }
    }
    frontier = next;
  }
  return out;
}

// QWERTY rows: a mistyped letter is usually a neighbour of the intended one.
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function adjacent(a: string, b: string): boolean {
  const at = (c: string): [number, number] => {
    const r = ROWS.findIndex((row) => row.includes(c));
    return [r, r < 0 ? -1 : (ROWS[r] ?? '').indexOf(c)];
  };
  const [ra, ca] = at(a);
  const [rb, cb] = at(b);
  return ra >= 0 && rb >= 0 && Math.abs(ra - rb) <= 1 && Math.abs(ca - cb) <= 1;
}

/**
 * A one-letter substitution in a short word must be a neighbouring key ("usrs" → "users" is a
 * slip; "empire" → "expire" is another word). Deletions, insertions and swaps always count.
 */
function plausibleSlip(word: string, target: string): boolean {
  if (word.length !== target.length || word.length >= 8) return true;
  const diffs: number[] = [];
  for (let i = 0; i < word.length; i++) if (word[i] !== target[i]) diffs.push(i);
  if (diffs.length !== 1) return true;
  const i = diffs[0] ?? 0;
  return adjacent(word[i] ?? '', target[i] ?? '');
}
