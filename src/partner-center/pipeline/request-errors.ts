/** Client-side PartnerCenterErrors about one pipeline request (the context is always the same). */
import { PC_ERRORS, PartnerCenterError } from '../errors.js';
import type { PipelineRequest } from './pipeline.js';

type CatalogKey = keyof typeof PC_ERRORS;

export function requestError(
  request: PipelineRequest,
  key: CatalogKey,
  details: readonly string[] = [],
  extra: { status?: number; cause?: unknown; retryAfterInMs?: number } = {},
): PartnerCenterError {
  return PartnerCenterError.fromCatalog(PC_ERRORS[key], details, {
    status: extra.status ?? 0,
    operation: request.operation,
    requestId: request.requestId,
    correlationId: request.correlationId,
    request: { method: request.method, url: request.url },
    sensitiveValues: request.sensitiveValues,
    cause: extra.cause,
    retryAfterInMs: extra.retryAfterInMs,
  });
}

/** The error to throw when the caller's AbortSignal fired. */
export function abortedError(request: PipelineRequest): PartnerCenterError {
  return requestError(request, 'PC_ABORTED', [], { cause: request.abortSignal?.reason });
}
