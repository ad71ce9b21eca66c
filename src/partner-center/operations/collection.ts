/**
 * `list*` over Partner Center's collection envelope: first page from the route, then each
 * `links.next` with its headers (`MS-ContinuationToken`), exactly as the .NET SDK's
 * `BaseResourceCollectionEnumerator.NextAsync`; the last page has no `links.next`.
 */
import type { z } from 'zod';
import { collectionSchema } from '../models/common.js';
import type { Link } from '../models/common.js';
import { createPagedIterator } from '../paging.js';
import type { FetchedPage, PageLink, PagedAsyncIterableIterator } from '../paging.js';
import { parseRetryAfter } from '../pipeline/retry-delay.js';
import type { ApiCall, OperationOptions, RawResponse } from '../request-executor.js';
import { setQueryParam } from '../urls.js';
import type { QueryParams } from '../urls.js';
import { operationError, pageOptions } from './context.js';
import type { OperationContext } from './context.js';

export interface SeekPaging {
  /** Page size asked for when the caller gives none. */
  defaultSize: number;
  /** Largest page the route serves (customers and users: 500, utilization: 1000). */
  maxSize: number;
}

export interface CollectionSpec<Item extends z.ZodType> {
  operation: string;
  api?: 'partnerCenter' | 'benefits';
  path: string;
  query?: QueryParams;
  item: Item;
  /** Seek-paged routes only; the others return everything in one collection (partner-center-api.md §2.3). */
  paging?: SeekPaging;
  /** Turns odd envelopes into `{ items }` before parsing (benefits endpoints). */
  normalize?: (body: unknown) => unknown;
}

const CONTINUATION_HEADER = 'ms-continuationtoken';

/** Headers a link may not set: the pipeline owns these. */
const RESERVED_HEADERS = new Set(['authorization', 'cookie', 'host', 'content-length']);

export function listCollection<Item extends z.ZodType>(
  ctx: OperationContext,
  spec: CollectionSpec<Item>,
  options: OperationOptions = {},
): PagedAsyncIterableIterator<z.output<Item>> {
  const api = spec.api ?? 'partnerCenter';
  const envelope = collectionSchema(spec.item);
  const sizeFor = (maxPageSize: number | undefined) =>
    spec.paging
      ? Math.max(
          1,
          Math.min(spec.paging.maxSize, Math.floor(maxPageSize ?? spec.paging.defaultSize)),
        )
      : undefined;

  const nextPageOptions = pageOptions(options);
  return createPagedIterator(spec.operation, async (link, maxPageSize) => {
    const size = sizeFor(maxPageSize);
    const call: ApiCall = link
      ? {
          operation: spec.operation,
          api,
          method: 'GET',
          url: resize(ctx.executor.urls.link(api, link.uri), maxPageSize, size),
          headers: allowedHeaders(link.headers),
        }
      : {
          operation: spec.operation,
          api,
          method: 'GET',
          path: spec.path,
          query: size === undefined ? spec.query : { ...spec.query, size },
        };
    const response = await ctx.executor.send(call, nextPageOptions());
    if (response.status === 204) return noContent(ctx, response);
    const body = ctx.executor.parse(response, envelope, spec.normalize);
    return { items: body.items, next: toPageLink(body.links?.next, body.continuationToken) };
  });
}

/**
 * 204 with `Retry-After` means "not ready yet" (utilization: "Returns 204 + Retry-After when data
 * isn't ready", `get-a-customer-s-utilization-record-for-azure.md`): the caller is told, with the
 * wait, rather than shown an empty list. A bare 204 is an empty page.
 */
function noContent<T>(ctx: OperationContext, response: RawResponse): FetchedPage<T> {
  const retryAfterInMs = parseRetryAfter(response.headers.get('retry-after'), ctx.now());
  if (retryAfterInMs === undefined) return { items: [] };
  const { request } = response;
  throw operationError(
    'PC_DATA_NOT_READY',
    [String(Math.ceil(retryAfterInMs / 1000))],
    request.operation,
    {
      status: 204,
      retryAfterInMs,
      requestId: request.requestId,
      correlationId: request.correlationId,
      request: { method: request.method, url: request.url },
    },
  );
}

/** A resumed page keeps the link's own `size` unless the caller asked for another one. */
function resize(url: string, maxPageSize: number | undefined, size: number | undefined): string {
  return maxPageSize === undefined || size === undefined
    ? url
    : setQueryParam(url, 'size', String(size));
}

/**
 * The next link with the headers it asks for. The token is read from `links.next.headers` or,
 * when the link carries none, from the top-level `continuationToken` (the .NET SDK copies it from
 * either; partner-center-api.md §1, `MS-ContinuationToken`), so a next page is never asked for
 * without it.
 */
function toPageLink(
  link: Link | undefined,
  continuationToken: string | undefined,
): PageLink | undefined {
  if (!link?.uri) return undefined;
  const headers: Record<string, string> = {};
  for (const h of link.headers ?? []) if (h.value !== undefined) headers[h.key] = h.value;
  const hasToken = Object.keys(headers).some((name) => name.toLowerCase() === CONTINUATION_HEADER);
  if (!hasToken && continuationToken) headers['MS-ContinuationToken'] = continuationToken;
  return Object.keys(headers).length ? { uri: link.uri, headers } : { uri: link.uri };
}

function allowedHeaders(headers: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers ?? {}).filter(([name]) => !RESERVED_HEADERS.has(name.toLowerCase())),
  );
}
