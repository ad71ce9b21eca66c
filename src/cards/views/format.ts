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

/** `was_direct_reseller` / `one_time` / `active` → `Was direct reseller` / `One time` / `Active`. */
export function humanize(value: string | undefined): string {
  if (!value) return '';
  const words = value
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
