/**
 * What may be printed about a request: the URL with only allow-listed query parameters (Azure
 * core-rest-pipeline `util/sanitizer.ts`). Everything else in the query reads `REDACTED`; headers
 * and bodies are never printed at all.
 */
import { REDACTED } from '../../shared/redact.js';

/** Query parameters that carry no secrets (page sizes, dates, filters on names and ids). */
const ALLOWED_QUERY_PARAMS = new Set(
  [
    'size',
    'seekOperation',
    'seek_operation',
    'filter',
    'country',
    'offer_category_id',
    'order_id',
    'mpn_id',
    'mpnId',
    'billingType',
    'include_price',
    'vettingVersion',
    'licenseGroupIds',
    'start_time',
    'end_time',
    'granularity',
    'show_details',
    'startDate',
    'endDate',
    'offset',
    'indirectResellerId',
    '$filter',
    '$top',
    '$orderby',
    '$select',
    '$count',
  ].map((name) => name.toLowerCase()),
);

/** The URL with every query value that is not allow-listed replaced by `REDACTED`. */
export function sanitizeUrl(url: string): string {
  const queryStart = url.indexOf('?');
  if (queryStart < 0) return url;
  const hashStart = url.indexOf('#', queryStart);
  const query = url.slice(queryStart + 1, hashStart < 0 ? undefined : hashStart);
  const safe = query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0) return pair;
      const name = safeDecode(pair.slice(0, eq)).toLowerCase();
      return ALLOWED_QUERY_PARAMS.has(name) ? pair : `${pair.slice(0, eq)}=${REDACTED}`;
    })
    .join('&');
  return `${url.slice(0, queryStart)}?${safe}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
