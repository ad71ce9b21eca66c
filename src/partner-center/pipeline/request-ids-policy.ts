/**
 * Writes the request's ids as headers. It sits OUTSIDE the retry policy, so every attempt of one
 * logical call carries the same `MS-RequestId`, which Partner Center uses for idempotency ("If
 * there's a timeout, the retry call should include the same value", `develop/headers.md`).
 * The Partner API (referrals) names it `client-request-id` instead (partner-rest `develop/headers.md`).
 */
import { withHeaders } from './pipeline.js';
import type { PipelinePolicy } from './pipeline.js';

export const requestIdsPolicyName = 'requestIds';

export function requestIdsPolicy(): PipelinePolicy {
  return {
    name: requestIdsPolicyName,
    sendRequest: (request, next) =>
      next(
        request.audience === 'partnerApi'
          ? withHeaders(request, { 'client-request-id': request.requestId })
          : withHeaders(request, {
              'MS-RequestId': request.requestId,
              'MS-CorrelationId': request.correlationId,
            }),
      ),
  };
}
