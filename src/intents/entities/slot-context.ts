import type { Analysis } from '../analyze.js';
import type { IntentId } from '../catalogue.js';
import type { Features } from '../features.js';
import type { Concept } from '../lexicon/concepts.js';
import type { Span } from './spans.js';

/**
 * State shared by the slot extractors of one utterance: tokens already used by one slot
 * (a nickname, a value) are not offered to the next (the customer).
 */
export class SlotContext {
  readonly used = new Set<number>();

  constructor(
    readonly f: Features,
    readonly intent: IntentId,
  ) {}

  get a(): Analysis {
    return this.f.a;
  }

  use(start: number, end: number): void {
    for (let i = start; i < end; i++) this.used.add(i);
  }

  free(span: { start: number; end: number }): boolean {
    for (let i = span.start; i < span.end; i++) if (this.used.has(i)) return false;
    return true;
  }

  /** Whether token `i` carries concept `c`. */
  is(i: number, ...cs: Concept[]): boolean {
    const at = this.a.conceptsAt[i];
    return Boolean(at && cs.some((c) => at.includes(c)));
  }

  lower(i: number): string {
    return this.a.tokens[i]?.lower ?? '';
  }

  /** The index of the closest meaningful token before `i`, skipping articles and "our/my". */
  before(i: number): number {
    let k = i - 1;
    while (k >= 0 && SKIP_BACK.has(this.lower(k))) k--;
    return k;
  }

  names(): Span[] {
    return this.f.names.filter((s) => this.free(s));
  }

  products(): Span[] {
    return this.f.products.filter((s) => this.free(s));
  }
}

const SKIP_BACK = new Set(['the', 'a', 'an', 'our', 'my', 'this', 'that', 'of']);
