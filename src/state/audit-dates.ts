import { AppError } from '../shared/errors.js';
import type { AuditDate } from './audit-entry.js';
import { STATE_ERRORS } from './errors.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/**
 * Turns a query bound into epoch ms. Dates are UTC. A date-only `until` means "up to the end of
 * that day", so the inclusive periods of the recognizer (`period.end`, INTENTS.md) and
 * `npm run audit -- --until 2026-11-30` include the last day.
 */
export function toEpochMs(value: AuditDate, edge: 'since' | 'until'): number {
  if (value instanceof Date) return checked(value.getTime(), String(value));
  if (typeof value === 'number') return checked(value, String(value));
  const text = value.trim();
  if (DATE_ONLY.test(text)) {
    const start = checked(Date.parse(`${text}T00:00:00.000Z`), value);
    // Reject 2026-02-31, which Date.parse rolls over into March.
    if (new Date(start).toISOString().slice(0, 10) !== text)
      throw new AppError(STATE_ERRORS.AUDIT_BAD_DATE, [value]);
    return edge === 'until' ? start + DAY_MS : start;
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) throw new AppError(STATE_ERRORS.AUDIT_BAD_DATE, [value]);
  return checked(Date.parse(text), value);
}

function checked(ms: number, original: string): number {
  if (!Number.isFinite(ms)) throw new AppError(STATE_ERRORS.AUDIT_BAD_DATE, [original]);
  return ms;
}
