/**
 * After a 202 to a subscription PATCH ("If the operation takes longer than expected, the response
 * is 202 with Location", `develop/change-the-quantity-of-a-subscription.md`), GET the Location
 * with bounded, growing waits until the subscription shows what was asked, or give up with
 * PC_POLLING_GAVE_UP (the change may still land: the agent says "accepted, check later").
 */
import { SubscriptionSchema } from '../models/subscription.js';
import type { Subscription } from '../models/subscription.js';
import { delay } from '../pipeline/delay.js';
import { parseRetryAfter } from '../pipeline/retry-delay.js';
import type { OperationOptions, RawResponse } from '../request-executor.js';
import { operationError } from './context.js';
import type { OperationContext } from './context.js';

/** The fields a subscription PATCH may change (`develop/subscription-resources.md`). */
const CHANGEABLE = ['friendlyName', 'quantity', 'status', 'autoRenewEnabled'] as const;

export function reflectsChange(current: Subscription, desired: Subscription): boolean {
  return CHANGEABLE.every(
    (field) => desired[field] === undefined || current[field] === desired[field],
  );
}

export async function pollSubscription(
  ctx: OperationContext,
  accepted: RawResponse,
  desired: Subscription,
  fallbackLocation: string,
  options: OperationOptions,
): Promise<Subscription> {
  const operation = 'subscriptions.update';
  const { polling, executor } = ctx;
  const location = accepted.headers.get('location') ?? fallbackLocation;
  const url = executor.urls.link('partnerCenter', location);
  let waitMs =
    parseRetryAfter(accepted.headers.get('retry-after'), ctx.now()) ?? polling.initialDelayInMs;
  const aborted = () =>
    operationError('PC_ABORTED', [], operation, {
      requestId: accepted.request.requestId,
      correlationId: accepted.request.correlationId,
    });

  for (let attempt = 1; attempt <= polling.maxAttempts; attempt++) {
    await delay(waitMs, options.abortSignal, aborted);
    const response = await executor.send(
      { operation: `${operation}.poll`, api: 'partnerCenter', method: 'GET', url, cache: 'bypass' },
      { correlationId: accepted.request.correlationId, abortSignal: options.abortSignal },
    );
    const current = executor.parse(response, SubscriptionSchema);
    if (reflectsChange(current, desired)) return current;
    waitMs =
      parseRetryAfter(response.headers.get('retry-after'), ctx.now()) ??
      Math.min(polling.maxDelayInMs, waitMs * 2);
  }
  throw operationError('PC_POLLING_GAVE_UP', [String(polling.maxAttempts)], operation, {
    status: 202,
    requestId: accepted.request.requestId,
    correlationId: accepted.request.correlationId,
    request: { method: accepted.request.method, url: accepted.request.url },
  });
}
