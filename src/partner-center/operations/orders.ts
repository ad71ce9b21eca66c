/** `client.orders`: a customer's orders (not paged by the service). */
import { OrderSchema } from '../models/order.js';
import type { Order } from '../models/order.js';
import type { PagedAsyncIterableIterator } from '../paging.js';
import type { OperationOptions } from '../request-executor.js';
import { listCollection } from './collection.js';
import { segment } from './context.js';
import type { OperationContext } from './context.js';

export interface ListOrdersOptions extends OperationOptions {
  /** `?billingType=` (`develop/get-all-of-a-customer-s-orders.md`). */
  billingType?: string;
}

export interface OrdersOperations {
  list(customerId: string, options?: ListOrdersOptions): PagedAsyncIterableIterator<Order>;
  get(customerId: string, orderId: string, options?: OperationOptions): Promise<Order>;
}

export function createOrdersOperations(ctx: OperationContext): OrdersOperations {
  const listPath = (customerId: string) => `/customers/${segment('customerId', customerId)}/orders`;
  return {
    list: (customerId, options = {}) =>
      listCollection(
        ctx,
        {
          operation: 'orders.list',
          path: listPath(customerId),
          query: { billingType: options.billingType },
          item: OrderSchema,
        },
        options,
      ),
    get: async (customerId, orderId, options) =>
      ctx.executor.sendJson(
        {
          operation: 'orders.get',
          api: 'partnerCenter',
          method: 'GET',
          path: `${listPath(customerId)}/${segment('orderId', orderId)}`,
        },
        OrderSchema,
        options,
      ),
  };
}
