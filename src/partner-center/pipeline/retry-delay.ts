/**
 * How long to wait before the next attempt: the server's `Retry-After` first (seconds or an HTTP
 * date, RFC 9110 §10.2.3; Partner Center sends seconds on 429, `develop/api-throttling-guidance.md`),
 * otherwise exponential backoff with full jitter, capped.
 */

/** Milliseconds from `now` until the time `Retry-After` names, or undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // Every HTTP-date form names its month; without letters, `Date.parse` would read "-1" as the
  // year 2001 and turn a malformed header into an immediate retry instead of the backoff.
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

export interface BackoffOptions {
  retryDelayInMs: number;
  maxRetryDelayInMs: number;
}

/**
 * Full jitter ("Exponential Backoff and Jitter", AWS architecture blog): a random delay between 0
 * and min(max, base · 2^(attempt-1)), so many clients throttled together do not retry in step.
 */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions,
  random: () => number,
): number {
  const ceiling = Math.min(
    options.maxRetryDelayInMs,
    options.retryDelayInMs * 2 ** Math.max(0, attempt - 1),
  );
  return Math.floor(random() * ceiling);
}
