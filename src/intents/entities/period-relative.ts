import type { Token } from '../text/tokenize.js';
import { addMonths, monthStart, quarterStart, weekStart, yearStart } from './dates.js';
import { numberAt, numberLength } from './numbers.js';
import { FUTURE, key, PAST, THIS, unitAt, type Range, type Unit } from './period-words.js';

/**
 * Relative periods by rule: "today", "yesterday", "this/last/next month", "last N days",
 * "next N days", "3 days ago", "month to date", "the start of the year".
 */
export function relativeAt(tokens: readonly Token[], i: number, today: number): Range | undefined {
  const w = key(tokens, i);
  const at = (from: number, to: number, end: number): Range => ({
    from,
    to,
    start: i,
    end,
    joinable: false,
  });
  if (w === 'today' || w === 'tdy') return at(today, today, i + 1);
  if (w === 'yesterday') return at(today - 1, today - 1, i + 1);
  if (w === 'tomorrow') return at(today + 1, today + 1, i + 1);
  const toDate: Readonly<Record<string, Unit>> = {
    mtd: 'month',
    ytd: 'year',
    qtd: 'quarter',
    wtd: 'week',
  };
  const td = toDate[w];
  if (td) return at(unitStart(td, today, 0), today, i + 1);
  const u0 = unitAt(tokens, i);
  if (u0 && key(tokens, i + 1) === 'to' && key(tokens, i + 2) === 'date') {
    return at(unitStart(u0, today, 0), today, i + 3);
  }
  // "this past month" is "last month"; "this coming week" is "next week".
  let j = i;
  let mode: 'this' | 'past' | 'future' | undefined;
  if (THIS.has(w)) {
    const next = key(tokens, i + 1);
    if (PAST.has(next)) [mode, j] = ['past', i + 1];
    else if (FUTURE.has(next)) [mode, j] = ['future', i + 1];
    else mode = 'this';
  } else if (PAST.has(w)) mode = 'past';
  else if (FUTURE.has(w)) mode = 'future';
  else if (w === 'within' || w === 'in') mode = 'future';
  if (mode) {
    let k = j + 1;
    if (w === 'within' && ['the', 'next'].includes(key(tokens, k))) k++;
    if (w === 'within' && key(tokens, k) === 'next') k++;
    const n = numberAt(tokens, k, mode !== 'this');
    if (n !== undefined && n > 0) {
      const unit = unitAt(tokens, k + numberLength(tokens, k));
      if (unit) {
        const end = k + numberLength(tokens, k) + 1;
        return mode === 'past'
          ? { ...pastN(unit, n, today), start: i, end, joinable: false }
          : mode === 'future'
            ? { ...nextN(unit, n, today), start: i, end, joinable: false }
            : undefined;
      }
    }
    const unit = unitAt(tokens, j + 1);
    if (unit && unit !== 'hour' && w !== 'in' && w !== 'within') {
      const offset = mode === 'this' ? 0 : mode === 'past' ? -1 : 1;
      const from = unitStart(unit, today, offset);
      const to = mode === 'this' ? today : unitStart(unit, today, offset + 1) - 1;
      return at(from, to, j + 2);
    }
  }
  // "3 days ago"
  const n = numberAt(tokens, i, true);
  if (n !== undefined) {
    const len = numberLength(tokens, i);
    const unit = unitAt(tokens, i + len);
    if (unit === 'day' && key(tokens, i + len + 1) === 'ago')
      return at(today - n, today - n, i + len + 2);
  }
  // "(since) the start of the month"
  if ((w === 'start' || w === 'beginning') && key(tokens, i + 1) === 'of') {
    const k = ['the', 'this'].includes(key(tokens, i + 2)) ? i + 3 : i + 2;
    const unit = unitAt(tokens, k);
    if (unit)
      return { from: unitStart(unit, today, 0), to: today, start: i, end: k + 1, joinable: true };
  }
  return undefined;
}

function unitStart(unit: Unit, today: number, offset: number): number {
  switch (unit) {
    case 'day':
    case 'hour':
      return today + offset;
    case 'week':
      return weekStart(today, offset);
    case 'month':
      return monthStart(today, offset);
    case 'quarter':
      return quarterStart(today, offset);
    case 'year':
      return yearStart(today, offset);
  }
}

/** "last N days" = today−N..today−1; months, quarters and years are whole calendar units. */
function pastN(unit: Unit, n: number, today: number): { from: number; to: number } {
  switch (unit) {
    case 'hour':
      return { from: today - Math.ceil(n / 24), to: today };
    case 'day':
      return { from: today - n, to: today - 1 };
    case 'week':
      return { from: today - 7 * n, to: today - 1 };
    default:
      return { from: unitStart(unit, today, -n), to: unitStart(unit, today, 0) - 1 };
  }
}

/** "next N days" = today..today+N−1: N days, today included (renewals look forward). */
function nextN(unit: Unit, n: number, today: number): { from: number; to: number } {
  switch (unit) {
    case 'hour':
      return { from: today, to: today + Math.ceil(n / 24) - 1 };
    case 'day':
      return { from: today, to: today + n - 1 };
    case 'week':
      return { from: today, to: today + 7 * n - 1 };
    case 'month':
      return { from: today, to: addMonths(today, n) - 1 };
    case 'quarter':
      return { from: today, to: addMonths(today, 3 * n) - 1 };
    case 'year':
      return { from: today, to: addMonths(today, 12 * n) - 1 };
  }
}
