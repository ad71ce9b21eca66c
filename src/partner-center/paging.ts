/**
 * `list*()` results: an async iterator of items that can also walk page by page
 * (Azure core-paging `PagedAsyncIterableIterator`):
 *
 *   for await (const customer of client.customers.list()) { ... }
 *   for await (const page of client.customers.list().byPage({ maxPageSize: 20 })) { ... }
 *   // later, in another turn ("show more"):
 *   client.customers.list().byPage({ continuationToken: page.continuationToken })
 *
 * A page's `continuationToken` is an opaque string that encodes the service's next link (its uri
 * and the `MS-ContinuationToken` header, `BaseResourceCollectionEnumerator.cs::NextAsync`) and the
 * operation it belongs to, so it can be stored and used by a later call. Its uri is re-based onto
 * the configured root when used (urls.ts), so a tampered token cannot send the token elsewhere.
 */
import { PC_ERRORS, PartnerCenterError } from './errors.js';

export interface PageSettings {
  /** Resume after the page that returned this token. */
  continuationToken?: string;
  /** Items per page (sent as `size`, capped per route; ignored by routes that are not paged). */
  maxPageSize?: number;
}

export interface Page<T> {
  items: T[];
  /** Number of items in this page (Partner Center's `totalCount` is per page, not a grand total). */
  totalCount: number;
  /** Present when another page exists. */
  continuationToken?: string;
}

export interface PagedAsyncIterableIterator<T, TPage = Page<T>, TPageSettings = PageSettings> {
  next(): Promise<IteratorResult<T>>;
  [Symbol.asyncIterator](): PagedAsyncIterableIterator<T, TPage, TPageSettings>;
  byPage(settings?: TPageSettings): AsyncIterableIterator<TPage>;
}

/** A next-page link as the service gave it: uri (relative or absolute) and headers to send. */
export interface PageLink {
  uri: string;
  headers?: Record<string, string>;
}

export interface FetchedPage<T> {
  items: T[];
  next?: PageLink;
}

/** Fetches the first page (`link` undefined) or the page at `link`. */
export type PageFetcher<T> = (
  link: PageLink | undefined,
  maxPageSize: number | undefined,
) => Promise<FetchedPage<T>>;

export function createPagedIterator<T>(
  operation: string,
  fetchPage: PageFetcher<T>,
): PagedAsyncIterableIterator<T> {
  async function* byPage(settings: PageSettings = {}): AsyncIterableIterator<Page<T>> {
    let link = settings.continuationToken
      ? decodeContinuationToken(operation, settings.continuationToken)
      : undefined;
    do {
      const page = await fetchPage(link, settings.maxPageSize);
      const next = page.next && !sameLink(page.next, link) ? page.next : undefined;
      link = next;
      yield {
        items: page.items,
        totalCount: page.items.length,
        ...(next ? { continuationToken: encodeContinuationToken(operation, next) } : {}),
      };
    } while (link);
  }

  async function* items(): AsyncIterableIterator<T> {
    for await (const page of byPage()) yield* page.items;
  }

  // Made on the first next(): most callers only walk byPage().
  let iterator: AsyncIterableIterator<T> | undefined;
  const paged: PagedAsyncIterableIterator<T> = {
    next: () => (iterator ??= items()).next(),
    [Symbol.asyncIterator]: () => paged,
    byPage,
  };
  return paged;
}

/** Every item of every page. For tests and small lists: skills should page. */
export async function collectAll<T>(
  iterable: AsyncIterable<T> | PagedAsyncIterableIterator<T>,
): Promise<T[]> {
  const all: T[] = [];
  // Page by page when the listing can: one await per page instead of one per item.
  if ('byPage' in iterable) {
    for await (const page of iterable.byPage()) for (const item of page.items) all.push(item);
    return all;
  }
  for await (const item of iterable) all.push(item);
  return all;
}

interface TokenPayload {
  v: 1;
  op: string;
  uri: string;
  headers?: Record<string, string>;
}

export function encodeContinuationToken(operation: string, link: PageLink): string {
  const payload: TokenPayload = { v: 1, op: operation, uri: link.uri, headers: link.headers };
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

export function decodeContinuationToken(operation: string, token: string): PageLink {
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalidToken(operation);
  }
  if (!isTokenPayload(payload) || payload.op !== operation) throw invalidToken(operation);
  return payload.headers ? { uri: payload.uri, headers: payload.headers } : { uri: payload.uri };
}

function isTokenPayload(value: unknown): value is TokenPayload {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  if (p.v !== 1 || typeof p.op !== 'string' || typeof p.uri !== 'string') return false;
  if (p.headers === undefined) return true;
  return (
    typeof p.headers === 'object' &&
    p.headers !== null &&
    Object.values(p.headers).every((h) => typeof h === 'string')
  );
}

function invalidToken(operation: string): PartnerCenterError {
  return PartnerCenterError.fromCatalog(PC_ERRORS.PC_INVALID_CONTINUATION_TOKEN, [operation], {
    status: 0,
    operation,
    request: { method: 'GET', url: '' },
  });
}

/** A service that hands back the page it was asked for as "next" would loop forever. */
function sameLink(a: PageLink, b: PageLink | undefined): boolean {
  return (
    b !== undefined && a.uri === b.uri && JSON.stringify(a.headers) === JSON.stringify(b.headers)
  );
}
