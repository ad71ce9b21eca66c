/** Orders (`develop/order-resources.md`). */
import { z } from 'zod';
import { AttributesSchema, LinkSchema, looseEnum, pcObject } from './common.js';
import { BILLING_CYCLES } from './subscription.js';

export const ORDER_STATUSES = ['unknown', 'completed', 'pending', 'cancelled'] as const;

export const OrderLineItemSchema = pcObject({
  lineItemNumber: z.number().optional(),
  offerId: z.string().optional(),
  subscriptionId: z.string().optional(),
  parentSubscriptionId: z.string().optional(),
  friendlyName: z.string().optional(),
  quantity: z.number().optional(),
  partnerIdOnRecord: z.string().optional(),
  termDuration: z.string().optional(),
  provisioningContext: z.record(z.string(), z.unknown()).optional(),
  links: pcObject({
    subscription: LinkSchema.optional(),
    sku: LinkSchema.optional(),
    provisioningStatus: LinkSchema.optional(),
  }).optional(),
});
export type OrderLineItem = z.infer<typeof OrderLineItemSchema>;

export const OrderSchema = pcObject({
  id: z.string(),
  alternateId: z.string().optional(),
  referenceCustomerId: z.string().optional(),
  billingCycle: looseEnum(BILLING_CYCLES).optional(),
  transactionType: z.string().optional(),
  lineItems: z.array(OrderLineItemSchema).optional(),
  currencyCode: z.string().optional(),
  currencySymbol: z.string().optional(),
  creationDate: z.string().optional(),
  status: looseEnum(ORDER_STATUSES).optional(),
  links: pcObject({
    self: LinkSchema.optional(),
    provisioningStatus: LinkSchema.optional(),
    patchOperation: LinkSchema.optional(),
  }).optional(),
  attributes: AttributesSchema.optional(),
});
export type Order = z.infer<typeof OrderSchema>;
