/** What every resource group gets from the client: the executor and the few settings they need. */
import { PC_ERRORS, PartnerCenterError } from '../errors.js';
import type { PartnerCenterErrorInit } from '../errors.js';
import { randomUUID } from 'node:crypto';
import type { OperationOptions, RequestExecutor } from '../request-executor.js';

export interface PollingOptions {
  /** GETs after a 202 before giving up (PC_POLLING_GAVE_UP). */
  maxAttempts: number;
  /** First wait when the 202 has no Retry-After; doubles each time up to `maxDelayInMs`. */
  initialDelayInMs: number;
  maxDelayInMs: number;
}

export interface OperationContext {
  executor: RequestExecutor;
  benefitsEndpoint: string | undefined;
  polling: PollingOptions;
  now: () => number;
}

/**
 * Options for each page of one listing. A listing is one logical operation: every page carries
 * the same MS-CorrelationId (the caller's, or one made here), while each page is a request of its
 * own with a new MS-RequestId (`develop/headers.md`: reset "for the next call"). A caller's
 * `requestId` goes to the first page only.
 */
export function pageOptions(options: OperationOptions): () => OperationOptions {
  const correlationId = options.correlationId ?? randomUUID();
  let first = true;
  return () => {
    const page: OperationOptions = first
      ? { ...options, correlationId }
      : { ...options, correlationId, requestId: undefined };
    first = false;
    return page;
  };
}

/** One path segment from a caller-supplied id; an empty id is a programming error. */
export function segment(name: string, value: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new TypeError(`${name} must be a non-empty string`);
  }
  return encodeURIComponent(value);
}

/** Partner Center's filter JSON (PascalCase keys, snake_case operators; `get-a-customer-by-name.md`). */
export function filterJson(field: string, value: string, operator: string): string {
  return JSON.stringify({ Field: field, Value: value, Operator: operator });
}

/** Dates go on the wire as ISO 8601 UTC strings; strings are passed as given. */
export function toIsoString(value: Date | string): string {
  return typeof value === 'string' ? value : value.toISOString();
}

/** `"etag"`: If-Match values go in double quotes (`develop/test-and-debug.md`). */
export function quoteEtag(etag: string): string {
  return etag.startsWith('"') || etag.startsWith('W/') ? etag : `"${etag}"`;
}

/** A client-side PartnerCenterError raised by an operation before or after its HTTP calls. */
export function operationError(
  key: keyof typeof PC_ERRORS,
  details: readonly string[],
  operation: string,
  extra: Partial<Omit<PartnerCenterErrorInit, 'code' | 'description' | 'operation'>> = {},
): PartnerCenterError {
  return PartnerCenterError.fromCatalog(PC_ERRORS[key], details, {
    status: 0,
    request: { method: 'GET', url: '' },
    ...extra,
    operation,
  });
}
