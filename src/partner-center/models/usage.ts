/** Usage and utilization records (`develop/` usage pages; partner-center-api.md §5.7). */
import { z } from 'zod';
import { AttributesSchema, pcObject } from './common.js';

/** `usagerecords/resources`: legacy Microsoft Azure (MS-AZR-0145P) subscriptions only. */
export const AzureResourceMonthlyUsageRecordSchema = pcObject({
  id: z.string().optional(),
  name: z.string().optional(),
  category: z.string().optional(),
  subcategory: z.string().optional(),
  quantityUsed: z.number().optional(),
  unit: z.string().optional(),
  totalCost: z.number().optional(),
  currencyLocale: z.string().optional(),
  attributes: AttributesSchema.optional(),
});
export type AzureResourceMonthlyUsageRecord = z.infer<typeof AzureResourceMonthlyUsageRecordSchema>;

/** `subscriptions/usagerecords`: one record per subscription of a customer (App+User). */
export const SubscriptionMonthlyUsageRecordSchema = pcObject({
  id: z.string().optional(),
  resourceId: z.string().optional(),
  name: z.string().optional(),
  resourceName: z.string().optional(),
  status: z.string().optional(),
  offerId: z.string().optional(),
  partnerOnRecord: z.string().optional(),
  totalCost: z.number().optional(),
  currencyLocale: z.string().optional(),
  currencyCode: z.string().optional(),
  usdTotalCost: z.number().optional(),
  lastModifiedDate: z.string().optional(),
  attributes: AttributesSchema.optional(),
});
export type SubscriptionMonthlyUsageRecord = z.infer<typeof SubscriptionMonthlyUsageRecordSchema>;

/** `resourceusagerecords`: Azure plan cost per resource (App+User). */
export const ResourceUsageRecordSchema = pcObject({
  subscriptionId: z.string().optional(),
  resourceUri: z.string().optional(),
  resourceType: z.string().optional(),
  entitlementId: z.string().optional(),
  entitlementName: z.string().optional(),
  resourceGroupName: z.string().optional(),
  name: z.string().optional(),
  resourceName: z.string().optional(),
  totalCost: z.number().optional(),
  currencyCode: z.string().optional(),
  usdTotalCost: z.number().optional(),
  lastModifiedDate: z.string().optional(),
  attributes: AttributesSchema.optional(),
});
export type ResourceUsageRecord = z.infer<typeof ResourceUsageRecordSchema>;

/** `utilizations/azure` (`develop/get-a-customer-s-utilization-record-for-azure.md`). */
export const AzureUtilizationRecordSchema = pcObject({
  usageStartTime: z.string().optional(),
  usageEndTime: z.string().optional(),
  resource: pcObject({
    id: z.string().optional(),
    name: z.string().optional(),
    category: z.string().optional(),
    subcategory: z.string().optional(),
    region: z.string().optional(),
  }).optional(),
  quantity: z.number().optional(),
  unit: z.string().optional(),
  infoFields: z.record(z.string(), z.unknown()).optional(),
  instanceData: pcObject({
    resourceUri: z.string().optional(),
    location: z.string().optional(),
    partNumber: z.string().optional(),
    orderNumber: z.string().optional(),
    tags: z.record(z.string(), z.unknown()).optional(),
    additionalInfo: z.record(z.string(), z.unknown()).optional(),
  }).optional(),
  attributes: AttributesSchema.optional(),
});
export type AzureUtilizationRecord = z.infer<typeof AzureUtilizationRecordSchema>;

export type UtilizationGranularity = 'daily' | 'hourly';
