import type { Period } from '../../intents/index.js';
import type { UsagePeriodView } from '../../cards/views/usage.js';

const DAY_MS = 86_400_000;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The period a usage skill reads: inclusive dates, the UTC window for utilization, how it reads. */
export interface UsagePeriod extends UsagePeriodView {
  /** `start_time`: the first day at 00:00 UTC. */
  from: Date;
  /** `end_time`: the day after the last one at 00:00 UTC, or now when that is in the future. */
  to: Date;
  /** Inside the current calendar month: Partner Center's month-to-date costs apply. */
  currentMonth: boolean;
  /** The whole of the current month so far (the default). */
  monthToDate: boolean;
}

const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const dayStart = (day: string) => Date.parse(`${day}T00:00:00Z`);

/**
 * The period asked for, or this month (1st … today) by default. `month: true` (usage.report)
 * widens a period to the calendar month it starts in. The end never goes past today: usage of
 * the future does not exist.
 */
export function usagePeriod(
  asked: Period | undefined,
  now: Date,
  options: { month?: boolean } = {},
): UsagePeriod {
  const today = isoDay(now.getTime());
  const monthStart = `${today.slice(0, 7)}-01`;
  let start = asked?.start ?? monthStart;
  let end = asked?.end ?? today;
  if (options.month && asked) {
    start = `${asked.start.slice(0, 7)}-01`;
    const [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
    end = isoDay(Date.UTC(y, m, 0));
  }
  if (end > today) end = today;
  if (start > end) start = end;
  const from = new Date(dayStart(start));
  const dayAfter = dayStart(end) + DAY_MS;
  const to = new Date(Math.max(from.getTime() + 3_600_000, Math.min(dayAfter, now.getTime())));
  const monthToDate = start === monthStart && end === today;
  return {
    start,
    end,
    from,
    to,
    currentMonth: start >= monthStart,
    monthToDate,
    label: labelOf(start, end, monthStart, today),
  };
}

function labelOf(start: string, end: string, monthStart: string, today: string): string {
  const range = start === end ? start : `${start} – ${end}`;
  if (start === monthStart && end === today) return `this month (${range})`;
  const [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  const lastDay = isoDay(Date.UTC(y, m, 0));
  if (start.endsWith('-01') && end === lastDay) return `${MONTHS[m - 1]} ${y}`;
  return range;
}
