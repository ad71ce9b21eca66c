import { stem } from './stem.js';
import type { Token } from './tokenize.js';

interface Entry<V> {
  /** Per word: the key to compare and whether it is compared to `lower` (exact) or `stem`. */
  words: readonly { key: string; exact: boolean }[];
  value: V;
}

/** A match of one phrase: token range [start, end) and every value listed for that phrase. */
export interface PhraseMatch<V> {
  start: number;
  end: number;
  values: V[];
}

/**
 * Longest-phrase-first matching of a lexicon over tokens. A phrase is space-separated words;
 * `=word` matches only that exact lower-case word, any other word matches by stem. When the
 * same phrase is listed under several values (e.g. "cancel" is both the `cancel` command and
 * the verb `suspend`), the match carries all of them and the rules decide.
 */
export class PhraseMatcher<V> {
  private readonly byFirst = new Map<string, Entry<V>[]>();

  constructor(entries: Iterable<readonly [phrase: string, value: V]>) {
    for (const [phrase, value] of entries) {
      const words = phrase
        .split(/\s+/)
        .filter(Boolean)
        .map((w) =>
          w.startsWith('=')
            ? { key: w.slice(1), exact: true }
            : { key: stem(w.replace(/-/g, '')), exact: false },
        );
      const first = words[0];
      if (!first) continue;
      const list = this.byFirst.get(first.key) ?? [];
      list.push({ words, value });
      this.byFirst.set(first.key, list);
    }
  }

  /** Every word key of the lexicon (stems), for the spelling corrector. */
  keys(): Set<string> {
    const out = new Set<string>();
    for (const list of this.byFirst.values())
      for (const e of list) for (const w of e.words) out.add(w.key);
    return out;
  }

  /** The longest phrase starting at token `i`, skipping no tokens; undefined if none. */
  matchAt(
    tokens: readonly Token[],
    i: number,
    usable: (i: number) => boolean,
  ): PhraseMatch<V> | undefined {
    const t = tokens[i];
    if (!t || !usable(i)) return undefined;
    const candidates = [
      ...(this.byFirst.get(t.stem) ?? []),
      ...(t.lower !== t.stem ? (this.byFirst.get(t.lower) ?? []) : []),
    ];
    let best: PhraseMatch<V> | undefined;
    for (const e of candidates) {
      if (!matches(e, tokens, i, usable)) continue;
      const end = i + e.words.length;
      if (!best || end > best.end) best = { start: i, end, values: [e.value] };
      else if (end === best.end && !best.values.includes(e.value)) best.values.push(e.value);
    }
    return best;
  }

  /** Non-overlapping longest matches, left to right. */
  matchAll(tokens: readonly Token[], usable: (i: number) => boolean): PhraseMatch<V>[] {
    const out: PhraseMatch<V>[] = [];
    for (let i = 0; i < tokens.length;) {
      const m = this.matchAt(tokens, i, usable);
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }
}

function matches<V>(
  e: Entry<V>,
  tokens: readonly Token[],
  i: number,
  usable: (i: number) => boolean,
): boolean {
  for (let k = 0; k < e.words.length; k++) {
    const t = tokens[i + k];
    const w = e.words[k];
    if (!t || !w || !usable(i + k)) return false;
    if (w.exact ? t.lower !== w.key : t.stem !== w.key && t.lower !== w.key) return false;
  }
  return true;
}
