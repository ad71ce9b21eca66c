import type { Period } from '../catalogue.js';

/**
 * Calendar arithmetic on whole days. A day is its number since 1970-01-01 (UTC), so adding days
 * and months never meets time zones or daylight saving; "today" is the local calendar date of
 * the `now` the caller passed.
 */
const MS_PER_DAY = 86_400_000;

export function dayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function todayOf(now: Date): number {
  return dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function ymd(day: number): Ymd {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function iso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function period(start: number, end: number): Period {
  return start <= end ? { start: iso(start), end: iso(end) } : { start: iso(end), end: iso(start) };
}

/** The first day of the month `offset` months away from the month of `day`. */
export function monthStart(day: number, offset = 0): number {
  const { year, month } = ymd(day);
  return dayOf(year, month + offset, 1);
}

export function monthEnd(day: number, offset = 0): number {
  return monthStart(day, offset + 1) - 1;
}

/** Weeks start on Monday (ISO 8601). */
export function weekStart(day: number, offset = 0): number {
  const weekday = (new Date(day * MS_PER_DAY).getUTCDay() + 6) % 7;
  return day - weekday + 7 * offset;
}

export function quarterStart(day: number, offset = 0): number {
  const { year, month } = ymd(day);
  return dayOf(year, Math.floor((month - 1) / 3) * 3 + 1 + 3 * offset, 1);
}

export function yearStart(day: number, offset = 0): number {
  return dayOf(ymd(day).year + offset, 1, 1);
}

/** Same day of month `months` later, clamped to the month's end (Jan 31 + 1 → Feb 28). */
export function addMonths(day: number, months: number): number {
  const { year, month, day: d } = ymd(day);
  const last = ymd(dayOf(year, month + months + 1, 0)).day;
  return dayOf(year, month + months, Math.min(d, last));
}
