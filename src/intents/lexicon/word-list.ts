/** A set of words written as one whitespace-separated block, which keeps long lists readable. */
export function wordSet(block: string): ReadonlySet<string> {
  return new Set(block.split(/\s+/).filter(Boolean));
}

/** Phrases written as one `|`-separated string ("pull up | bring up | show"). */
export function phrases(block: string): string[] {
  return block
    .split('|')
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}
