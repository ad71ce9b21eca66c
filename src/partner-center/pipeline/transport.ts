/**
 * The only place that calls `fetch` (Octokit `fetch-wrapper.ts`). It returns every HTTP status as
 * a response (policies decide what a 429 or 401 means) and turns failures without a response into
 * PartnerCenterErrors with status 0: PC_NETWORK_ERROR, PC_TIMEOUT (retryable) or PC_ABORTED.
 */
import { abortedError, requestError } from './request-errors.js';
import type { PipelineRequest, PipelineResponse, SendRequest } from './pipeline.js';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface TransportOptions {
  /** Injected fetch (tests, proxies); defaults to the global one. */
  fetch?: FetchLike;
  /** Per-attempt limit, so a hung connection becomes a retryable timeout. */
  timeoutInMs: number;
}

export function fetchTransport(options: TransportOptions): SendRequest {
  return async (request: PipelineRequest): Promise<PipelineResponse> => {
    const fetchImpl = options.fetch ?? globalThis.fetch;
    if (request.abortSignal?.aborted) throw abortedError(request);
    const timeout = AbortSignal.timeout(options.timeoutInMs);
    const signal = request.abortSignal ? AbortSignal.any([request.abortSignal, timeout]) : timeout;
    try {
      const response = await fetchImpl(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal,
      });
      const bodyText = await response.text();
      return { status: response.status, headers: response.headers, bodyText, request };
    } catch (error) {
      if (request.abortSignal?.aborted) throw abortedError(request);
      if (timeout.aborted) {
        throw requestError(request, 'PC_TIMEOUT', [String(options.timeoutInMs)], { cause: error });
      }
      throw requestError(request, 'PC_NETWORK_ERROR', [describeNetworkError(error)], {
        cause: error,
      });
    }
  };
}

/** undici reports "fetch failed" with the socket error (ECONNRESET, ECONNREFUSED) as its cause. */
function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  if (cause && typeof cause.code === 'string') return `${error.message} (${cause.code})`;
  if (cause && typeof cause.message === 'string') return `${error.message} (${cause.message})`;
  return error.message;
}
