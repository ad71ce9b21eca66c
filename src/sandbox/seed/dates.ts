/** Date arithmetic in UTC days; all seeded dates are relative to "today" (UTC midnight). */
export const DAY_MS = 86_400_000;

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function addMonths(date: Date, months: number): Date {
  const d = new Date(date.getTime());
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

/** ISO-8601 UTC text, e.g. 2026-03-01T00:00:00Z (no milliseconds, like the doc samples). */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The end of the current term of a subscription that started on `start` and renews every
 * `termDuration` (P1M, P1Y, P3Y): the first term boundary after `today`.
 */
export function currentTermEnd(start: Date, termDuration: string, today: Date): Date {
  const months = termDuration === 'P1M' ? 1 : termDuration === 'P3Y' ? 36 : 12;
  const elapsed =
    (today.getUTCFullYear() - start.getUTCFullYear()) * 12 +
    today.getUTCMonth() -
    start.getUTCMonth();
  let terms = Math.max(1, Math.floor(elapsed / months));
  let end = addMonths(start, terms * months);
  while (end.getTime() <= today.getTime()) end = addMonths(start, ++terms * months);
  return end;
}
