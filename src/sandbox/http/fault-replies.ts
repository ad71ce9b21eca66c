import type { FaultStep } from '../faults/fault-spec.js';
import { gatewayReply, errorReply } from './error-reply.js';
import { PC_ERRORS, PcError } from './pc-errors.js';
import type { Reply, RouteFamily } from './types.js';

/**
 * The reply an injected fault produces. A 429 carries `Retry-After` and the gateway body of
 * `develop/api-throttling-guidance.md` (`{statusCode, message}`, sample error-429-throttled.json);
 * 502-504 come from the gateway too; other statuses carry a Partner Center error body.
 */
export function faultReply(step: FaultStep, family: RouteFamily): Reply | undefined {
  switch (step.kind) {
    case 'throttle':
      return gatewayReply(
        429,
        `Rate limit is exceeded. Try again in ${step.retryAfterSeconds} seconds.`,
        { 'Retry-After': String(step.retryAfterSeconds) },
      );
    case 'notReady':
      // develop/get-a-customer-s-utilization-record-for-azure.md: 204 + Retry-After when the
      // data is not ready yet.
      return { status: 204, headers: { 'Retry-After': String(step.retryAfterSeconds) } };
    case 'status': {
      const headers: Record<string, string> =
        step.retryAfterSeconds === undefined
          ? {}
          : { 'Retry-After': String(step.retryAfterSeconds) };
      if (step.status >= 502 && step.status <= 504) {
        const message =
          step.status === 503
            ? 'The service is temporarily unavailable. Try again later.'
            : `Upstream error (HTTP ${step.status}).`;
        return gatewayReply(step.status, message, headers);
      }
      const entry =
        step.status === 500
          ? PC_ERRORS.UNEXPECTED
          : {
              ...PC_ERRORS.INVALID_INPUT,
              status: step.status,
              message: 'Injected fault: HTTP {0}.',
            };
      const reply = errorReply(new PcError(entry, [String(step.status)]), family);
      return { ...reply, headers: { ...reply.headers, ...headers } };
    }
    default:
      return undefined;
  }
}
