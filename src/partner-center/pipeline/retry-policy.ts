/**
 * Retries what may succeed later: 408, 429, 5xx (except 501/505) and failures without a response
 * (network, timeout). Never 400/401/403/404/409/412/422 and other 4xx: those will fail the same way
 * again (`develop/error-codes.md`; 401 is the auth policy's single refresh). Writes are retried
 * too: the request-ids policy outside this one keeps `MS-RequestId`, which makes them idempotent.
 */
import type { Logger } from '../../shared/logger.js';
import { hasErrorCode } from '../errors.js';
import { delay } from './delay.js';
import { abortedError } from './request-errors.js';
import { backoffDelay, parseRetryAfter } from './retry-delay.js';
import type { PipelinePolicy, PipelineRequest, PipelineResponse } from './pipeline.js';
import { sanitizeUrl } from './sanitizer.js';

export const retryPolicyName = 'retry';

export interface RetryOptions {
  /** Retries after the first attempt (so maxRetries + 1 attempts in all). */
  maxRetries: number;
  /** Base of the exponential backoff. */
  retryDelayInMs: number;
  /** Cap of the computed backoff. */
  maxRetryDelayInMs: number;
  /**
   * A `Retry-After` longer than this is not waited for: the response is returned (and becomes an
   * error carrying `retryAfterInMs`), so a chat turn is not held for minutes.
   */
  maxRetryAfterInMs: number;
}

export interface RetryPolicyDeps {
  logger: Logger;
  now: () => number;
  random: () => number;
}

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

export function isRetryableError(error: unknown): boolean {
  return hasErrorCode(error, 'PC_NETWORK_ERROR') || hasErrorCode(error, 'PC_TIMEOUT');
}

export function retryPolicy(options: RetryOptions, deps: RetryPolicyDeps): PipelinePolicy {
  const wait = (request: PipelineRequest, ms: number, reason: string, attempt: number) => {
    deps.logger.info(`retrying ${request.operation} in ${ms} ms after ${reason}`, {
      operation: request.operation,
      url: sanitizeUrl(request.url),
      attempt,
      delayInMs: ms,
      requestId: request.requestId,
      correlationId: request.correlationId,
    });
    return delay(ms, request.abortSignal, () => abortedError(request));
  };

  return {
    name: retryPolicyName,
    async sendRequest(request, next): Promise<PipelineResponse> {
      for (let attempt = 1; ; attempt++) {
        let response: PipelineResponse;
        try {
          response = await next({ ...request, attempt });
        } catch (error) {
          if (!isRetryableError(error)) throw error;
          if (attempt > options.maxRetries) {
            giveUp(deps.logger, request, attempt, 'network failure');
            throw error;
          }
          await wait(
            request,
            backoffDelay(attempt, options, deps.random),
            'a network failure',
            attempt,
          );
          continue;
        }
        if (!isRetryableStatus(response.status)) return response;
        if (attempt > options.maxRetries) {
          giveUp(deps.logger, request, attempt, `status ${response.status}`);
          return response;
        }
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'), deps.now());
        if (retryAfter !== undefined && retryAfter > options.maxRetryAfterInMs) return response;
        const ms = retryAfter ?? backoffDelay(attempt, options, deps.random);
        await wait(request, ms, `status ${response.status}`, attempt);
      }
    },
  };
}

function giveUp(logger: Logger, request: PipelineRequest, attempts: number, reason: string): void {
  logger.warn(`${request.operation} failed after ${attempts} attempts (${reason})`, {
    operation: request.operation,
    url: sanitizeUrl(request.url),
    attempts,
    requestId: request.requestId,
    correlationId: request.correlationId,
  });
}
