import type { Period } from '../catalogue.js';
import type { Token } from '../text/tokenize.js';
import { period, todayOf } from './dates.js';
import { calendarAt } from './period-calendar.js';
import { explicitDates } from './period-explicit.js';
import { relativeAt } from './period-relative.js';
import { JOINERS, key, MONTHS, SINCE, type Range } from './period-words.js';

export { PERIOD_WORDS } from './period-words.js';

/** A period found in the utterance and the tokens [start, end) it used. */
export interface FoundPeriod {
  value: Period;
  start: number;
  end: number;
}

/**
 * Finds the period of an utterance (INTENTS.md, "period"): relative phrases by rule ("last
 * month" is the previous calendar month, "last N days" is today−N..today−1, "next N days" is
 * today..today+N−1), month names (the most recent such month not in the future), explicit dates
 * through chrono-node, then "since X" (X..today) and "between/from A and/to B" (A..B).
 */
export function findPeriod(
  tokens: readonly Token[],
  text: string,
  now: Date,
  usable: (i: number) => boolean,
): FoundPeriod | undefined {
  const today = todayOf(now);
  const ranges: Range[] = [];
  for (let i = 0; i < tokens.length;) {
    const r = usable(i)
      ? (relativeAt(tokens, i, today) ?? calendarAt(tokens, i, today))
      : undefined;
    if (r) {
      ranges.push(r);
      i = r.end;
    } else i++;
  }
  if (mayHaveDate(tokens, text)) ranges.push(...explicitDates(tokens, text, today, ranges));
  ranges.sort((a, b) => a.start - b.start);
  const first = combine(tokens, ranges, today)[0];
  return first && { value: period(first.from, first.to), start: first.start, end: first.end };
}

/**
 * Whether chrono can find a day-level date: a written date ("2026-09-15", "9/15") or a digit with
 * a month name ("Oct 1", "1st of October"). Other digits (seat counts, GUIDs, e-mail addresses)
 * make no date, so the costly parse is skipped for them.
 */
function mayHaveDate(tokens: readonly Token[], text: string): boolean {
  if (!/\d/.test(text)) return false;
  return tokens.some(
    (t) => t.kind === 'date' || MONTHS[t.lower] !== undefined || MONTHS[t.stem] !== undefined,
  );
}

/** Joins "between A and B" / "from A to B" into A..B and turns "since A" into A..today. */
function combine(tokens: readonly Token[], ranges: Range[], today: number): Range[] {
  const out: Range[] = [];
  for (let k = 0; k < ranges.length; k++) {
    const a = ranges[k];
    if (!a) continue;
    const b = ranges[k + 1];
    const gap = b ? tokens.slice(a.end, b.start).map((t) => t.lower) : [];
    if (b && a.joinable && b.joinable && gap.length === 1 && JOINERS.has(gap[0] ?? '')) {
      const lead = key(tokens, a.start - 1);
      const start = lead === 'between' || lead === 'from' ? a.start - 1 : a.start;
      out.push({ from: a.from, to: b.to, start, end: b.end, joinable: false, closed: true });
      k++;
      continue;
    }
    const since = sinceBefore(tokens, a.start);
    // "from" opens a range only from a day ("from Oct 1"); "usage from last month" is that month.
    if (!a.closed && since && (since.word !== 'from' || a.from === a.to)) {
      out.push({ ...a, to: today, start: since.start });
    } else if (!a.closed && a.from > today && untilBefore(tokens, a.start)) {
      // "renewals before the end of next month", "until December": from today on.
      out.push({ ...a, from: today });
    } else out.push(a);
  }
  return out;
}

/**
 * The "since"/"from" word that opens the range at `start`: right before it ("since Oct 1"),
 * before "the" ("from the 3rd"), or before "the beginning of" ("since the start of November").
 */
function sinceBefore(
  tokens: readonly Token[],
  start: number,
): { word: string; start: number } | undefined {
  const w = (k: number): string => key(tokens, k);
  if (SINCE.has(w(start - 1))) return { word: w(start - 1), start: start - 1 };
  if (w(start - 1) === 'the' && SINCE.has(w(start - 2)))
    return { word: w(start - 2), start: start - 2 };
  if (
    w(start - 1) === 'of' &&
    ['start', 'beginning'].includes(w(start - 2)) &&
    w(start - 3) === 'the' &&
    SINCE.has(w(start - 4))
  )
    return { word: w(start - 4), start: start - 4 };
  return undefined;
}

const UNTIL = new Set(['until', 'till', 'before', 'by', 'through']);
/** "until X", "before the end of X", "by the end of X" just before token `start`. */
function untilBefore(tokens: readonly Token[], start: number): boolean {
  const words = tokens.slice(Math.max(0, start - 4), start).map((t) => t.lower);
  return words.some((w) => UNTIL.has(w));
}
