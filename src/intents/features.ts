import type { Analysis } from './analyze.js';
import { nameSpans, productSpans, type Span } from './entities/spans.js';
import type { Concept } from './lexicon/concepts.js';
import { wordSet } from './lexicon/word-list.js';
import { fieldMatcher } from './lexicon/matchers.js';
import { numberAt } from './entities/numbers.js';
import type { Token } from './text/tokenize.js';
import { isIdWord } from './text/letter-id.js';

// Things people ask a chat bot that have nothing to do with Partner Center.
const OFF_TOPIC = wordSet(`
  weather joke jokes funny song sing poem story recipe movie movies football soccer sports score
  stock stocks traffic lunch dinner pizza meaning life cat cats dog dogs bitcoin crypto game
  games rain sunny temperature forecast horoscope lottery news music play netflix time capital
  translate translation flight flights hotel hungry president everest tall love recipe
`);

/**
 * The features intent rules read: which concepts occur (and where), typed tokens (e-mails,
 * GUIDs, ids, numbers), name and product spans. Computed once per utterance.
 */
export class Features {
  readonly concepts = new Map<Concept, number[]>();
  readonly products: Span[];
  readonly names: Span[];
  readonly offTopic: boolean;
  /**
   * Where the new value of an update starts ("change the email of X TO ..."), or the token
   * count when there is none. Words in the value are the user's data, not part of the request:
   * "rename E3 to Branch Staff" is not about staff.
   */
  readonly valueFrom: number;
  /** Token indexes of e-mail addresses, GUIDs, id-like words and seat counts (before the value). */
  readonly emails: number[];
  readonly guids: number[];
  readonly ids: number[];
  readonly numbers: number[];

  constructor(readonly a: Analysis) {
    this.valueFrom = valueRegion(a);
    for (const m of a.matches) {
      if (m.start >= this.valueFrom) continue;
      for (const c of m.values) {
        const list = this.concepts.get(c) ?? [];
        list.push(m.start);
        this.concepts.set(c, list);
      }
    }
    const allProducts = productSpans(a);
    this.products = allProducts.filter((p) => p.start < this.valueFrom);
    this.names = nameSpans(a, allProducts).filter((p) => p.start < this.valueFrom);
    this.offTopic = a.tokens.some((t) => OFF_TOPIC.has(t.lower));
    const inProduct = new Set<number>();
    for (const p of allProducts) for (let i = p.start; i < p.end; i++) inProduct.add(i);
    const before = (i: number): boolean => i < this.valueFrom;
    this.emails = indexes(a, (t, i) => t.kind === 'email' && before(i));
    this.guids = indexes(a, (t, i) => t.kind === 'guid' && before(i));
    this.ids = indexes(a, (t, i) => before(i) && !a.claims[i] && !inProduct.has(i) && isId(t));
    this.numbers = indexes(a, (t, i) => {
      if (!before(i) || a.claims[i] || inProduct.has(i) || a.conceptsAt[i]) return false; // "page 2"
      if (t.kind === 'number') return true;
      return (
        t.kind === 'word' &&
        numberAt(a.tokens, i) !== undefined &&
        countsSomething(a, i, allProducts)
      );
    });
  }

  has(c: Concept): boolean {
    return this.concepts.has(c);
  }

  any(...cs: Concept[]): boolean {
    return cs.some((c) => this.concepts.has(c));
  }

  /** Whether the first word that is not a function word carries `c` ("please cancel"). */
  leads(c: Concept): boolean {
    const i = this.a.tokens.findIndex((t) => t.kind !== 'punct' && !LEAD_FILLER.has(t.lower));
    return (this.a.conceptsAt[i < 0 ? 0 : i] ?? []).includes(c);
  }

  /** Token index of the first occurrence of `c`, or -1. */
  pos(c: Concept): number {
    return this.concepts.get(c)?.[0] ?? -1;
  }

  get hasName(): boolean {
    return this.names.length > 0;
  }

  get hasProduct(): boolean {
    return this.products.length > 0;
  }

  get specificRole(): boolean {
    return this.a.roles.some((r) => !r.generic);
  }

  get anyRole(): boolean {
    return this.a.roles.length > 0;
  }
}

function indexes(a: Analysis, test: (t: Token, i: number) => boolean): number[] {
  const out: number[] = [];
  a.tokens.forEach((t, i) => {
    if (test(t, i)) out.push(i);
  });
  return out;
}

/** GUIDs and words mixing letters and digits ("1a2b3c", "CFQ7TTC0LH18"), not "E3" or "M365". */
function isId(t: Token): boolean {
  return t.kind === 'guid' || (t.kind === 'word' && isIdWord(t.raw));
}

/** A number word ("five") counts seats when a seat word or a change verb is next to it. */
function countsSomething(a: Analysis, i: number, products: readonly Span[]): boolean {
  const near = [...(a.conceptsAt[i + 1] ?? []), ...(a.conceptsAt[i - 1] ?? [])];
  const prev = a.tokens[i - 1]?.lower;
  if (a.tokens[i]?.lower === 'one' && !near.includes('license')) return false;
  const COUNTED: readonly Concept[] = ['license', 'user', 'add', 'decrease', 'increase', 'remove'];
  return (
    prev === 'by' ||
    prev === 'to' ||
    near.some((c) => COUNTED.includes(c)) ||
    products.some((p) => p.start === i + 1)
  );
}

// Words that may come before the word that says what the utterance is ("ok so yes").
const LEAD_FILLER = new Set([
  'please',
  'pls',
  'ok',
  'okay',
  'so',
  'well',
  'um',
  'uh',
  'oh',
  'and',
  'then',
  'hey',
  'hi',
  'bot',
  'thanks',
  'just',
  'that',
  'this',
  'it',
  'is',
]);

// Markers of a new value, and the concepts that open an update before them.
const VALUE_MARKERS = new Set(['to', '=', ':', 'as', 'into']);
const OPENERS: readonly Concept[] = ['update', 'set', 'rename', 'nicknameWord'];

function valueRegion(a: Analysis): number {
  const n = a.tokens.length;
  const opener = a.matches.find((m) => m.values.some((c) => OPENERS.includes(c)));
  if (!opener) return n;
  const fields = fieldMatcher.matchAll(a.tokens, (i) => a.tokens[i]?.kind === 'word');
  const renames = a.matches.some((m) =>
    m.values.some((c) => c === 'rename' || c === 'nicknameWord'),
  );
  for (let k = opener.end; k < n - 1; k++) {
    if (!VALUE_MARKERS.has(a.tokens[k]?.lower ?? '')) continue;
    if (renames || fields.some((f) => f.start < k && f.end <= k)) return k + 1;
  }
  return n;
}
