/**
 * The ONE place the policy order is written (Azure `createPipelineFromOptions.ts`, DESIGN.md):
 *
 *   userAgent → requestIds → retry → throttle → auth → log → transport
 *
 * - requestIds outside retry: a retried call keeps its MS-RequestId (idempotency, `develop/headers.md`).
 * - throttle inside retry: every attempt counts against the client-side rate limit.
 * - auth inside retry: a retried attempt gets a fresh token when the old one expired.
 * - log nearest the transport: one line per attempt.
 */
import type { Logger } from '../../shared/logger.js';
import { authPolicy } from './auth-policy.js';
import type { TokenProviders } from './auth-policy.js';
import { logPolicy } from './log-policy.js';
import { composePipeline } from './pipeline.js';
import type { PipelinePolicy, SendRequest } from './pipeline.js';
import { requestIdsPolicy } from './request-ids-policy.js';
import { retryPolicy } from './retry-policy.js';
import type { RetryOptions } from './retry-policy.js';
import { throttlePolicy } from './throttle-policy.js';
import type { ThrottleOptions } from './throttle-policy.js';
import { fetchTransport } from './transport.js';
import type { FetchLike } from './transport.js';
import { userAgentPolicy } from './user-agent-policy.js';

export interface PipelineOptions {
  applicationName?: string;
  tokenProviders: TokenProviders;
  retry: RetryOptions;
  throttle: ThrottleOptions;
  timeoutInMs: number;
  fetch?: FetchLike;
  logger: Logger;
  now: () => number;
  random: () => number;
}

/** The policies in pipeline order, outermost first (exported so a test can pin the order). */
export function createPolicies(options: PipelineOptions): PipelinePolicy[] {
  const { logger, now, random } = options;
  return [
    userAgentPolicy({ applicationName: options.applicationName }),
    requestIdsPolicy(),
    retryPolicy(options.retry, { logger, now, random }),
    throttlePolicy(options.throttle, { now }),
    authPolicy(options.tokenProviders),
    logPolicy({ logger, now }),
  ];
}

export function createPipeline(options: PipelineOptions): SendRequest {
  return composePipeline(
    createPolicies(options),
    fetchTransport({ fetch: options.fetch, timeoutInMs: options.timeoutInMs }),
  );
}
