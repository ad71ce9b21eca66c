import type { Token } from '../text/tokenize.js';
import { dayOf, monthEnd, monthStart, ymd } from './dates.js';
import {
  AMBIGUOUS_MONTHS,
  DATE_LEADS,
  key,
  MONTHS,
  ORDINAL_DAY,
  unitAt,
  type Range,
} from './period-words.js';

/** A named month, quarter or year: "in September", "October 2026", "Q3", "in 2025". */
export function calendarAt(tokens: readonly Token[], i: number, today: number): Range | undefined {
  return monthAt(tokens, i, today) ?? quarterAt(tokens, i, today) ?? yearAt(tokens, i);
}

function monthAt(tokens: readonly Token[], i: number, today: number): Range | undefined {
  const t = tokens[i];
  const month = t ? (MONTHS[t.lower] ?? MONTHS[t.stem]) : undefined;
  if (!t || month === undefined) return undefined;
  const yearTok = tokens[i + 1];
  const year =
    yearTok?.kind === 'number' && /^(19|20)\d\d$/.test(yearTok.raw)
      ? Number(yearTok.raw)
      : undefined;
  const nextIsDay =
    tokens[i + 1]?.kind === 'number' || /^\d+(st|nd|rd|th)$/.test(tokens[i + 1]?.lower ?? '');
  const prevIsDay =
    ORDINAL_DAY.test(key(tokens, i - 1)) ||
    (key(tokens, i - 1) === 'of' && ORDINAL_DAY.test(key(tokens, i - 2)));
  // "Oct 1", "1st of October": an explicit date, chrono's job.
  if ((nextIsDay && year === undefined) || prevIsDay) return undefined;
  if (AMBIGUOUS_MONTHS.has(t.lower) && year === undefined && !DATE_LEADS.has(key(tokens, i - 1)))
    return undefined;
  const { year: thisYear, month: thisMonth } = ymd(today);
  const y = year ?? (month <= thisMonth ? thisYear : thisYear - 1);
  return {
    from: dayOf(y, month, 1),
    to: monthEnd(dayOf(y, month, 1)),
    start: i,
    end: year === undefined ? i + 1 : i + 2,
    joinable: true,
  };
}

const ORDINAL_QUARTERS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

function quarterAt(tokens: readonly Token[], i: number, today: number): Range | undefined {
  const w = key(tokens, i);
  let q: number | undefined;
  let end = i + 1;
  const m = /^q([1-4])$/.exec(w);
  if (m) q = Number(m[1]);
  else if (ORDINAL_QUARTERS[w] && unitAt(tokens, i + 1) === 'quarter') {
    q = ORDINAL_QUARTERS[w];
    end = i + 2;
  }
  if (q === undefined) return undefined;
  const yt = tokens[end];
  let year = ymd(today).year;
  if (yt?.kind === 'number' && /^(19|20)\d\d$/.test(yt.raw)) {
    year = Number(yt.raw);
    end++;
  } else if (dayOf(year, 3 * q - 2, 1) > today) year--;
  const from = dayOf(year, 3 * q - 2, 1);
  return { from, to: monthStart(from, 3) - 1, start: i, end, joinable: true };
}

function yearAt(tokens: readonly Token[], i: number): Range | undefined {
  const t = tokens[i];
  if (t?.kind !== 'number' || !/^(19|20)\d\d$/.test(t.raw)) return undefined;
  const before = key(tokens, i - 1);
  if (
    !['in', 'for', 'during', 'of', 'since', 'year', 'from', 'through', 'to', 'and'].includes(before)
  )
    return undefined;
  const y = Number(t.raw);
  return { from: dayOf(y, 1, 1), to: dayOf(y, 12, 31), start: i, end: i + 1, joinable: true };
}
