/** Subscriptions (`develop/subscription-resources.md`). */
import { z } from 'zod';
import { AttributesSchema, LinkSchema, looseEnum, pcObject } from './common.js';

export const SUBSCRIPTION_STATUSES = [
  'none',
  'active',
  'pending',
  'suspended',
  'deleted',
  'expired',
  'disabled',
] as const;
export const BILLING_TYPES = ['none', 'usage', 'license'] as const;
export const BILLING_CYCLES = ['none', 'monthly', 'annual', 'triennial', 'one_time'] as const;

export const SubscriptionLinksSchema = pcObject({
  offer: LinkSchema.optional(),
  parentSubscription: LinkSchema.optional(),
  product: LinkSchema.optional(),
  sku: LinkSchema.optional(),
  availability: LinkSchema.optional(),
  self: LinkSchema.optional(),
});

export const SubscriptionSchema = pcObject({
  id: z.string(),
  offerId: z.string().optional(),
  entitlementId: z.string().optional(),
  offerName: z.string().optional(),
  /** The nickname. */
  friendlyName: z.string().optional(),
  quantity: z.number().optional(),
  unitType: z.string().optional(),
  parentSubscriptionId: z.string().optional(),
  creationDate: z.string().optional(),
  effectiveStartDate: z.string().optional(),
  commitmentEndDate: z.string().optional(),
  status: looseEnum(SUBSCRIPTION_STATUSES).optional(),
  autoRenewEnabled: z.boolean().optional(),
  billingType: looseEnum(BILLING_TYPES).optional(),
  billingCycle: looseEnum(BILLING_CYCLES).optional(),
  hasPurchasableAddons: z.boolean().optional(),
  isTrial: z.boolean().optional(),
  isMicrosoftProduct: z.boolean().optional(),
  publisherName: z.string().optional(),
  actions: z.array(z.string()).optional(),
  partnerId: z.string().optional(),
  suspensionReasons: z.array(z.string()).optional(),
  contractType: z.string().optional(),
  /**
   * New commerce: while a full refund is possible (7 days after purchase or renewal), one entry
   * with its end (`develop/subscription-resources.md`, RefundOption).
   */
  refundOptions: z
    .array(pcObject({ type: z.string().optional(), expiresAt: z.string().optional() }))
    .optional(),
  orderId: z.string().optional(),
  termDuration: z.string().optional(),
  renewalTermDuration: z.string().optional(),
  links: SubscriptionLinksSchema.optional(),
  attributes: AttributesSchema.optional(),
});
export type Subscription = z.infer<typeof SubscriptionSchema>;
