/** `client.subscriptions`: list, get and update (nickname, quantity, suspend, reactivate, auto-renew). */
import { SubscriptionSchema } from '../models/subscription.js';
import type { Subscription } from '../models/subscription.js';
import { toPascalCase } from '../pascal-case.js';
import type { PagedAsyncIterableIterator } from '../paging.js';
import type { OperationOptions } from '../request-executor.js';
import { listCollection } from './collection.js';
import { operationError, quoteEtag, segment } from './context.js';
import type { OperationContext } from './context.js';
import { pollSubscription } from './subscription-polling.js';

export interface ListSubscriptionsOptions extends OperationOptions {
  /** Only the subscriptions of one order (`?order_id=`, `get-a-list-of-subscriptions-by-order.md`). */
  orderId?: string;
}

export interface SubscriptionsOperations {
  /** Not paged by the service: one collection with every subscription. */
  list(
    customerId: string,
    options?: ListSubscriptionsOptions,
  ): PagedAsyncIterableIterator<Subscription>;
  get(
    customerId: string,
    subscriptionId: string,
    options?: OperationOptions,
  ): Promise<Subscription>;
  /**
   * PATCHes the FULL subscription (as returned by `get`, with the fields changed: `friendlyName`,
   * `quantity`, `status: 'suspended' | 'active'`, `autoRenewEnabled`), with its etag in the body
   * and in `If-Match` (`develop/suspend-a-subscription.md`). On 202 + Location it polls until the
   * change shows (or PC_POLLING_GAVE_UP) and returns the final subscription.
   */
  update(
    customerId: string,
    subscription: Subscription,
    options?: OperationOptions,
  ): Promise<Subscription>;
}

export function createSubscriptionsOperations(ctx: OperationContext): SubscriptionsOperations {
  const { executor } = ctx;
  const listPath = (customerId: string) =>
    `/customers/${segment('customerId', customerId)}/subscriptions`;
  const itemPath = (customerId: string, subscriptionId: string) =>
    `${listPath(customerId)}/${segment('subscriptionId', subscriptionId)}`;

  return {
    list: (customerId, options = {}) =>
      listCollection(
        ctx,
        {
          operation: 'subscriptions.list',
          path: listPath(customerId),
          query: { order_id: options.orderId },
          item: SubscriptionSchema,
        },
        options,
      ),
    get: async (customerId, subscriptionId, options) =>
      executor.sendJson(
        {
          operation: 'subscriptions.get',
          api: 'partnerCenter',
          method: 'GET',
          path: itemPath(customerId, subscriptionId),
        },
        SubscriptionSchema,
        options,
      ),
    update: async (customerId, subscription, options = {}) => {
      const operation = 'subscriptions.update';
      const etag = subscription.attributes?.etag;
      if (!etag) throw operationError('PC_MISSING_ETAG', ['subscription'], operation);
      const path = itemPath(customerId, subscription.id);
      const response = await executor.send(
        {
          operation,
          api: 'partnerCenter',
          method: 'PATCH',
          path,
          headers: { 'If-Match': quoteEtag(etag) },
          body: toPascalCase(subscription),
        },
        options,
      );
      if (response.status === 202)
        return pollSubscription(ctx, response, subscription, path, options);
      if (response.bodyText.trim() === '') {
        return executor.sendJson(
          {
            operation: 'subscriptions.get',
            api: 'partnerCenter',
            method: 'GET',
            path,
            cache: 'bypass',
          },
          SubscriptionSchema,
          { correlationId: options.correlationId, abortSignal: options.abortSignal },
        );
      }
      return executor.parse(response, SubscriptionSchema);
    },
  };
}
