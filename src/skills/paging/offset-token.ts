/**
 * "Show more" over a list Partner Center returns whole (subscriptions, orders, SKUs ...): the
 * card pages it locally, and the continuation token kept in conversation state is `offset:N`.
 */
export function offsetToken(offset: number): string {
  return `offset:${offset}`;
}

/** The offset a token carries; 0 (the first page) for none or anything else. */
export function readOffset(token: string | undefined): number {
  const match = token ? /^offset:(\d+)$/.exec(token) : null;
  return match?.[1] ? Number(match[1]) : 0;
}
