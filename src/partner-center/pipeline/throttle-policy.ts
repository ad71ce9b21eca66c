/**
 * Keeps this client under Partner Center's per-tenant limits before the service has to say 429:
 * "500 requests per minute per tenant identifier" for customers, subscriptions and orders
 * (`develop/customer-resources.md`, `subscription-resources.md`, `order-resources.md`). It sits
 * inside the retry policy, so every attempt takes a token.
 */
import { createLimiter } from './limiter.js';
import type { Limiter, LimiterOptions } from './limiter.js';
import type { PipelinePolicy } from './pipeline.js';
import { abortedError } from './request-errors.js';

export const throttlePolicyName = 'throttle';

/** `requestsPerMinute: Infinity` turns the rate limit off (the local sandbox). */
export type ThrottleOptions = LimiterOptions;

export function throttlePolicy(
  options: ThrottleOptions,
  deps: { now: () => number },
): PipelinePolicy & { readonly limiter: Limiter } {
  const limiter = createLimiter(options, deps.now);
  return {
    name: throttlePolicyName,
    limiter,
    async sendRequest(request, next) {
      const release = await limiter.acquire(request.abortSignal, () => abortedError(request));
      try {
        return await next(request);
      } finally {
        release();
      }
    },
  };
}
