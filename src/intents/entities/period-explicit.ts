import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';
import type { Token } from '../text/tokenize.js';
import { dayOf, ymd } from './dates.js';
import type { Range } from './period-words.js';

/**
 * chrono-node takes about half a second to load and most sentences name no date, so it is loaded
 * on first use (synchronously: the recognizer is a pure synchronous function), not at start-up.
 */
let chrono: typeof Chrono | undefined;
function chronoParser(): typeof Chrono {
  chrono ??= createRequire(import.meta.url)('chrono-node') as typeof Chrono;
  return chrono;
}

/** Day-level dates ("Oct 1", "2026-09-15", "1st of October") through chrono-node. */
export function explicitDates(
  tokens: readonly Token[],
  text: string,
  today: number,
  taken: readonly Range[],
): Range[] {
  const { year, month, day } = ymd(today);
  const ref = new Date(year, month - 1, day, 12);
  const out: Range[] = [];
  for (const r of chronoParser().en.parse(text, ref, { forwardDate: false })) {
    for (const c of [r.start, r.end]) {
      if (!c || !c.isCertain('day') || !c.isCertain('month')) continue;
      const d = c.get('day') ?? 1;
      const m = c.get('month') ?? 1;
      let dn = dayOf(c.isCertain('year') ? (c.get('year') ?? year) : year, m, d);
      if (!c.isCertain('year') && dn > today) dn = dayOf(year - 1, m, d);
      const span = tokenSpan(tokens, r.index, r.index + r.text.length);
      if (!span || taken.some((t) => t.start < span.end && span.start < t.end)) continue;
      out.push({ from: dn, to: dn, start: span.start, end: span.end, joinable: true });
    }
    // chrono reports "Sept 1 to Sept 15" as one result with an end: keep it as one range.
    const last = out.at(-1);
    const prev = out.at(-2);
    if (r.end && last && prev && last.start === prev.start) {
      out.splice(-2, 2, { ...prev, to: last.from, joinable: false, closed: true });
    }
  }
  return out;
}

function tokenSpan(
  tokens: readonly Token[],
  from: number,
  to: number,
): { start: number; end: number } | undefined {
  let start = -1;
  let end = -1;
  tokens.forEach((t, i) => {
    if (t.end > from && t.start < to) {
      if (start < 0) start = i;
      end = i + 1;
    }
  });
  return start < 0 ? undefined : { start, end };
}
