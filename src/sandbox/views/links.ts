/**
 * Links and collection envelopes (`ResourceCollection`, `Link` in the Partner Center swagger).
 * Every link uri starts with `/v1`, one form used consistently, like the current service
 * (partner-center-api.md §2.1).
 */
export interface LinkHeader {
  key: string;
  value: string;
}

export interface Link {
  uri: string;
  method: string;
  headers: LinkHeader[];
}

export function link(uri: string, method = 'GET', headers: LinkHeader[] = []): Link {
  return { uri, method, headers };
}

export interface Collection<T> {
  totalCount: number;
  items: T[];
  links: Record<string, Link>;
  continuationToken?: string;
  attributes: { objectType: 'Collection' };
}

/** An unpaged collection; `totalCount` is the number of items in this body (the SDK's rule). */
export function collection<T>(items: T[], selfUri: string): Collection<T> {
  return {
    totalCount: items.length,
    items,
    links: { self: link(selfUri) },
    attributes: { objectType: 'Collection' },
  };
}

/**
 * A seek-based page: when more results exist, `links.next` carries the continuation token as an
 * `MS-ContinuationToken` header, and the token is also given top-level
 * (`BaseResourceCollectionEnumerator.cs`, partner-center-api.md §2.2).
 */
export function seekPage<T>(
  items: T[],
  selfUri: string,
  next?: { uri: string; token: string },
): Collection<T> {
  const page = collection(items, selfUri);
  if (next) {
    page.links.next = link(next.uri, 'GET', [{ key: 'MS-ContinuationToken', value: next.token }]);
    page.continuationToken = next.token;
  }
  return page;
}
