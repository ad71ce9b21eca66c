import type { Period } from '../../intents/index.js';

const DAY_MS = 86_400_000;
/** audit.list without a period: the last 7 days, ending today. */
export const DEFAULT_DAYS = 7;
/**
 * Partner Center keeps 90 days of activity (`get-a-record-of-partner-center-activity-by-user.md`)
 * and refuses an older startDate: today and the 89 days before it.
 */
export const PARTNER_CENTER_DAYS = 90;

export interface AuditPeriod {
  /** What is shown, inclusive `YYYY-MM-DD` (the end is never after today). */
  period: Period;
  /** The part Partner Center can answer; undefined when the period is older than its log. */
  partnerCenter?: Period;
  /** Set when Partner Center's window cut the period short (the agent's log is not cut). */
  clampNote?: string;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/** The period asked for (or the default), and what of it Partner Center's 90 days cover. */
export function resolveAuditPeriod(asked: Period | undefined, now: Date): AuditPeriod {
  const today = isoDay(now);
  const start = asked?.start ?? addDays(today, -(DEFAULT_DAYS - 1));
  const askedEnd = asked?.end ?? today;
  const end = askedEnd > today ? today : askedEnd;
  const period = { start, end: end < start ? start : end };
  // Nothing can have changed after today: no Partner Center call for a future period.
  if (period.start > today) return { period };
  const oldest = addDays(today, -(PARTNER_CENTER_DAYS - 1));
  if (period.end < oldest) {
    return {
      period,
      clampNote: `Partner Center keeps its activity log for ${PARTNER_CENTER_DAYS} days (since ${oldest}), so this period shows only the agent's own log.`,
    };
  }
  if (period.start < oldest) {
    return {
      period,
      partnerCenter: { start: oldest, end: period.end },
      clampNote: `Partner Center keeps its activity log for ${PARTNER_CENTER_DAYS} days: its records start on ${oldest}.`,
    };
  }
  return { period, partnerCenter: period };
}

/** `2026-03-15`, or `2026-03-09 – 2026-03-15`. */
export function periodText(period: Period): string {
  return period.start === period.end ? period.start : `${period.start} – ${period.end}`;
}

/** The first instant after the period's last day (epoch ms). */
export function endOfPeriodMs(period: Period): number {
  return Date.parse(`${period.end}T00:00:00Z`) + DAY_MS;
}
