import type { Token } from '../text/tokenize.js';

/** A candidate period: days [from, to] found at tokens [start, end). */
export interface Range {
  from: number;
  to: number;
  start: number;
  end: number;
  /** A month name, an explicit date...: can be joined into "from A to B". */
  joinable: boolean;
  /** Already a closed range ("Sept 1 to Sept 15"): "since" does not stretch it to today. */
  closed?: boolean;
}

export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'hour';
const UNITS: Readonly<Record<string, Unit>> = {
  day: 'day',
  week: 'week',
  wk: 'week',
  month: 'month',
  mo: 'month',
  mth: 'month',
  quarter: 'quarter',
  qtr: 'quarter',
  year: 'year',
  yr: 'year',
  hour: 'hour',
  hr: 'hour',
};
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
// Month names that are also everyday words count only next to a date word.
export const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'dec', 'sep', 'jun']);
export const DATE_LEADS = new Set([
  'in',
  'for',
  'during',
  'of',
  'since',
  'from',
  'until',
  'till',
  'between',
  'through',
  'to',
  'and',
  'on',
  'after',
]);
export const ORDINAL_DAY = /^\d{1,2}(st|nd|rd|th)?$/;
export const PAST = new Set(['last', 'past', 'previous', 'prior', 'preceding', 'trailing']);
export const FUTURE = new Set(['next', 'coming', 'upcoming', 'following']);
export const THIS = new Set(['this', 'current', 'present']);
export const SINCE = new Set(['since', 'starting', 'beginning', 'after', 'from']);
export const JOINERS = new Set(['to', 'through', 'thru', 'until', 'till', 'and', '-', '–']);

/** Every word the period rules read, for the spelling corrector's vocabulary. */
export const PERIOD_WORDS = [
  ...Object.keys(UNITS).filter((k) => k.length > 3),
  ...Object.keys(MONTHS).filter((k) => k.length > 4),
  'today',
  'yesterday',
  'tomorrow',
  'previous',
  'upcoming',
  'following',
  'since',
  'between',
];

export function key(tokens: readonly Token[], i: number): string {
  const t = tokens[i];
  if (!t) return '';
  return UNITS[t.stem] !== undefined || MONTHS[t.stem] !== undefined ? t.stem : t.lower;
}

export function unitAt(tokens: readonly Token[], i: number): Unit | undefined {
  const t = tokens[i];
  return t ? (UNITS[t.stem] ?? UNITS[t.lower]) : undefined;
}
