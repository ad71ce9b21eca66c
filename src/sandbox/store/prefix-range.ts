/**
 * The half-open range [prefix, upper) that holds every string starting with `prefix`, so a
 * `starts_with` filter can use an index (`col >= ? AND col < ?`) instead of scanning. SQLite
 * compares TEXT as UTF-8 bytes, which orders like code points, so bumping the last code point
 * gives the exclusive upper bound.
 */
export function prefixRange(prefix: string): { lower: string; upper: string } {
  const points = Array.from(prefix);
  const last = points.pop();
  if (last === undefined) return { lower: '', upper: '\u{10FFFF}' };
  const bumped = String.fromCodePoint((last.codePointAt(0) ?? 0) + 1);
  return { lower: prefix, upper: points.join('') + bumped };
}
