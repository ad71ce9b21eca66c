/**
 * Turns operation paths and service links into absolute URLs on the configured roots.
 *
 * Links (`links.next.uri`, `Location`, `@odata.nextLink`) are always re-based onto the configured
 * root: only their path and query are used. That keeps the bearer token on the configured host even
 * if a stored continuation token was tampered with, and it makes a sandbox on another port work.
 * Partner Center links come with and without `/v1` (a Nov 2021 change made `/v1/customers...`
 * appear; clients that always prefixed `/v1` built `/v1//v1/...`, Partner-Center-PowerShell #379).
 */

export type ApiKind = 'partnerCenter' | 'partnerApi' | 'benefits';

export interface ApiRoots {
  /** Partner Center root without version, e.g. https://api.partnercenter.microsoft.com */
  baseUrl: string;
  /** Partner API root without version, e.g. https://api.partner.microsoft.com */
  partnerApiBaseUrl: string;
  /** Full base URL of the benefits collection, when one is configured. */
  benefitsEndpoint?: string;
}

export type QueryValue = string | number | boolean | undefined | readonly string[];
export type QueryParams = Readonly<Record<string, QueryValue>>;

const VERSION_PREFIX: Record<Exclude<ApiKind, 'benefits'>, string> = {
  partnerCenter: '/v1',
  partnerApi: '/v1.0',
};

export interface UrlResolver {
  /** URL of `path` (which starts with `/`, without version) on the root of `api`. */
  api(api: ApiKind, path: string, query?: QueryParams): string;
  /** URL of a link the service returned. */
  link(api: ApiKind, uri: string): string;
}

export function createUrlResolver(roots: ApiRoots): UrlResolver {
  const pcRoot = trimSlash(roots.baseUrl);
  const partnerApiRoot = trimSlash(roots.partnerApiBaseUrl);
  const benefitsRoot = roots.benefitsEndpoint ? trimSlash(roots.benefitsEndpoint) : '';
  const rootOf = (api: ApiKind) =>
    api === 'partnerCenter' ? pcRoot : api === 'partnerApi' ? partnerApiRoot : benefitsRoot;

  return {
    api(api, path, query) {
      const version = api === 'benefits' ? '' : VERSION_PREFIX[api];
      return `${rootOf(api)}${version}${path}${buildQuery(query)}`;
    },
    link(api, uri) {
      const path = pathAndQuery(uri);
      if (api === 'partnerCenter') return `${pcRoot}/v1${stripVersion(path, '/v1')}`;
      return `${new URL(rootOf(api)).origin}${path}`;
    },
  };
}

/** `?a=1&b=2` with RFC 3986 encoding (the docs' `%7B%22Field%22...` filters); undefined values are skipped, arrays repeat. */
export function buildQuery(query: QueryParams | undefined): string {
  if (!query) return '';
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value : [String(value)];
    for (const v of values) pairs.push(`${encodeName(name)}=${encodeURIComponent(v)}`);
  }
  return pairs.length ? `?${pairs.join('&')}` : '';
}

/** Sets `name=value` in the query of `url` without re-encoding the rest of it. */
export function setQueryParam(url: string, name: string, value: string): string {
  const pattern = new RegExp(`([?&])${escapeRegExp(name)}=[^&#]*`, 'i');
  if (pattern.test(url)) return url.replace(pattern, `$1${name}=${encodeURIComponent(value)}`);
  return `${url}${url.includes('?') ? '&' : '?'}${name}=${encodeURIComponent(value)}`;
}

/** OData names keep their `$` readable (`$filter`, `$top`). */
function encodeName(name: string): string {
  return encodeURIComponent(name).replace(/^%24/, '$');
}

function pathAndQuery(uri: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(uri)) {
    const url = new URL(uri);
    return `${url.pathname}${url.search}`;
  }
  return uri.startsWith('/') ? uri : `/${uri}`;
}

function stripVersion(path: string, version: string): string {
  const lower = path.toLowerCase();
  if (lower === version || lower.startsWith(`${version}/`) || lower.startsWith(`${version}?`)) {
    return path.slice(version.length);
  }
  return path;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
