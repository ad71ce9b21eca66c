/** `client.subscribedSkus`: a customer's licenses, with assigned and free units (App+User). */
import { SubscribedSkuSchema } from '../models/subscribed-sku.js';
import type { SubscribedSku } from '../models/subscribed-sku.js';
import type { PagedAsyncIterableIterator } from '../paging.js';
import type { OperationOptions } from '../request-executor.js';
import { listCollection } from './collection.js';
import { segment } from './context.js';
import type { OperationContext } from './context.js';

export interface ListSubscribedSkusOptions extends OperationOptions {
  /** `?licenseGroupIds=Group1&licenseGroupIds=Group2` (`get-a-list-of-available-licenses.md`). */
  licenseGroupIds?: readonly string[];
}

export interface SubscribedSkusOperations {
  list(
    customerId: string,
    options?: ListSubscribedSkusOptions,
  ): PagedAsyncIterableIterator<SubscribedSku>;
}

export function createSubscribedSkusOperations(ctx: OperationContext): SubscribedSkusOperations {
  return {
    list: (customerId, options = {}) =>
      listCollection(
        ctx,
        {
          operation: 'subscribedSkus.list',
          path: `/customers/${segment('customerId', customerId)}/subscribedskus`,
          query: { licenseGroupIds: options.licenseGroupIds },
          item: SubscribedSkuSchema,
        },
        options,
      ),
  };
}
