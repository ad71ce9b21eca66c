/**
 * `client.usage`: usage and Azure utilization (partner-center-api.md §5.7). Which call applies
 * depends on the subscription: `usagerecords/resources` is legacy MS-AZR-0145P only;
 * `resourceusagerecords` is the Azure plan; `utilizations/azure` is per-meter detail.
 */
import {
  AzureResourceMonthlyUsageRecordSchema,
  AzureUtilizationRecordSchema,
  ResourceUsageRecordSchema,
  SubscriptionMonthlyUsageRecordSchema,
} from '../models/usage.js';
import type {
  AzureResourceMonthlyUsageRecord,
  AzureUtilizationRecord,
  ResourceUsageRecord,
  SubscriptionMonthlyUsageRecord,
  UtilizationGranularity,
} from '../models/usage.js';
import type { PagedAsyncIterableIterator } from '../paging.js';
import type { OperationOptions } from '../request-executor.js';
import { listCollection } from './collection.js';
import { segment, toIsoString } from './context.js';
import type { OperationContext } from './context.js';

/** Utilization pages: default and maximum 1000 records (`get-a-customer-s-utilization-record-for-azure.md`). */
const UTILIZATION_MAX_SIZE = 1000;

export interface AzureUtilizationOptions extends OperationOptions {
  /** UTC start (required by the service), a Date or an ISO string. */
  start: Date | string;
  end: Date | string;
  /** Default `daily`. */
  granularity?: UtilizationGranularity;
  /** Include instance-level detail (service default `true`). */
  showDetails?: boolean;
  /** Records per page (≤ 1000); `byPage({ maxPageSize })` overrides it. */
  size?: number;
}

export interface UsageOperations {
  listMonthlyResourceUsage(
    customerId: string,
    subscriptionId: string,
    options?: OperationOptions,
  ): PagedAsyncIterableIterator<AzureResourceMonthlyUsageRecord>;
  /** `subscriptions/usagerecords`: this month's usage of each of the customer's subscriptions. */
  listSubscriptionUsage(
    customerId: string,
    options?: OperationOptions,
  ): PagedAsyncIterableIterator<SubscriptionMonthlyUsageRecord>;
  listResourceUsageRecords(
    customerId: string,
    subscriptionId: string,
    options?: OperationOptions,
  ): PagedAsyncIterableIterator<ResourceUsageRecord>;
  /**
   * Paged utilization records. When the service answers 204 + Retry-After (data not ready), the
   * iteration throws PartnerCenterError `PC_DATA_NOT_READY` with `retryAfterInMs`.
   */
  listAzureUtilization(
    customerId: string,
    subscriptionId: string,
    options: AzureUtilizationOptions,
  ): PagedAsyncIterableIterator<AzureUtilizationRecord>;
}

export function createUsageOperations(ctx: OperationContext): UsageOperations {
  const subscriptionPath = (customerId: string, subscriptionId: string) =>
    `/customers/${segment('customerId', customerId)}/subscriptions/${segment('subscriptionId', subscriptionId)}`;
  return {
    listMonthlyResourceUsage: (customerId, subscriptionId, options) =>
      listCollection(
        ctx,
        {
          operation: 'usage.listMonthlyResourceUsage',
          path: `${subscriptionPath(customerId, subscriptionId)}/usagerecords/resources`,
          item: AzureResourceMonthlyUsageRecordSchema,
        },
        options,
      ),
    listSubscriptionUsage: (customerId, options) =>
      listCollection(
        ctx,
        {
          operation: 'usage.listSubscriptionUsage',
          path: `/customers/${segment('customerId', customerId)}/subscriptions/usagerecords`,
          item: SubscriptionMonthlyUsageRecordSchema,
        },
        options,
      ),
    listResourceUsageRecords: (customerId, subscriptionId, options) =>
      listCollection(
        ctx,
        {
          operation: 'usage.listResourceUsageRecords',
          path: `${subscriptionPath(customerId, subscriptionId)}/resourceusagerecords`,
          item: ResourceUsageRecordSchema,
        },
        options,
      ),
    listAzureUtilization: (customerId, subscriptionId, options) =>
      listCollection(
        ctx,
        {
          operation: 'usage.listAzureUtilization',
          path: `${subscriptionPath(customerId, subscriptionId)}/utilizations/azure`,
          query: {
            start_time: toIsoString(options.start),
            end_time: toIsoString(options.end),
            granularity: options.granularity,
            show_details: options.showDetails,
          },
          item: AzureUtilizationRecordSchema,
          paging: {
            defaultSize: Math.min(options.size ?? UTILIZATION_MAX_SIZE, UTILIZATION_MAX_SIZE),
            maxSize: UTILIZATION_MAX_SIZE,
          },
        },
        options,
      ),
  };
}
