/**
 * One line per attempt, nearest the transport so every retry is seen (Azure `logPolicy`, after
 * Sign): method, sanitized URL, status, duration, ids and attempt. Never headers, never bodies.
 * Success is debug; a status the retry policy handles (429, 5xx, no response) is info, because
 * self-healing retries are not warnings (Azure `implementation.md`, Logging); other failures warn.
 */
import type { Logger } from '../../shared/logger.js';
import { isPartnerCenterError } from '../errors.js';
import type { PipelinePolicy, PipelineRequest } from './pipeline.js';
import { isRetryableError, isRetryableStatus } from './retry-policy.js';
import { sanitizeUrl } from './sanitizer.js';

export const logPolicyName = 'log';

export function logPolicy(deps: { logger: Logger; now: () => number }): PipelinePolicy {
  const fields = (request: PipelineRequest, started: number) => ({
    operation: request.operation,
    method: request.method,
    url: sanitizeUrl(request.url),
    durationInMs: deps.now() - started,
    requestId: request.requestId,
    correlationId: request.correlationId,
    attempt: request.attempt,
  });
  return {
    name: logPolicyName,
    async sendRequest(request, next) {
      const started = deps.now();
      try {
        const response = await next(request);
        const line = `${request.method} ${sanitizeUrl(request.url)} ${response.status}`;
        // A HEAD's 404 is an answer, not a failure: "this domain is free"
        // (develop/verify-domain-availability.md).
        const expected =
          response.status < 400 || (request.method === 'HEAD' && response.status === 404);
        const level = expected ? 'debug' : isRetryableStatus(response.status) ? 'info' : 'warn';
        deps.logger[level](line, { ...fields(request, started), status: response.status });
        return response;
      } catch (error) {
        const code = isPartnerCenterError(error) ? error.code : undefined;
        // A cancelled call (the caller gave up, or the client is shutting down) is not a fault.
        const level = code === 'PC_ABORTED' ? 'debug' : isRetryableError(error) ? 'info' : 'warn';
        deps.logger[level](`${request.method} ${sanitizeUrl(request.url)} failed`, {
          ...fields(request, started),
          status: 0,
          code,
        });
        throw error;
      }
    },
  };
}
