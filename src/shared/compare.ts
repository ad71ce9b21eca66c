/**
 * One collator for every sort of names shown to people: case- and accent-insensitive English
 * order. `a.localeCompare(b, 'en', …)` builds a collator on every call, which dominates sorts of
 * thousands of rows (renewals across customers).
 */
export const compareText: (a: string, b: string) => number = new Intl.Collator('en', {
  sensitivity: 'base',
}).compare;

/** Plain code-unit order, for ISO dates and ids (equal to calendar order for `YYYY-MM-DD`). */
export function compareCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
