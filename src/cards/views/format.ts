/** Display formats shared by views: cards show strings only (see render.ts). */

/**
 * `2026-03-15T00:00:00Z` → `2026-03-15`; anything unparsable is shown as given. Partner Center
 * gives subscriptions without a term (the Azure plan) a commitment end in year 9999: no date.
 */
export function formatDate(value: string | undefined): string {
  if (!value || value.startsWith('9999-')) return '';
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (match?.[1]) return match[1];
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString().slice(0, 10);
}

/** Recent humanize answers: the words are statuses and cycles, a small set seen on every row. */
const HUMANIZED = new Map<string, string>();
const MAX_HUMANIZED = 500;

/** `was_direct_reseller` / `one_time` / `active` → `Was direct reseller` / `One time` / `Active`. */
export function humanize(value: string | undefined): string {
  if (!value) return '';
  const known = HUMANIZED.get(value);
  if (known !== undefined) return known;
  const words = value
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  const text = words.charAt(0).toUpperCase() + words.slice(1);
  if (HUMANIZED.size >= MAX_HUMANIZED) HUMANIZED.clear();
  HUMANIZED.set(value, text);
  return text;
}

/** One formatter for every count: `toLocaleString` builds a new one on each call. */
const COUNT = new Intl.NumberFormat('en-US');

/** `25000` → `25,000`. */
export function formatCount(count: number): string {
  return COUNT.format(count);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${COUNT.format(count)} ${count === 1 ? one : many}`;
}
