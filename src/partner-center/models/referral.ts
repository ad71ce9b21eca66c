/**
 * Co-sell referrals on the Partner API (`api.partner.microsoft.com/v1.0/engagements/referrals`,
 * partner-rest `referral-resources.md`). camelCase OData JSON, unlike Partner Center's envelope.
 */
import { z } from 'zod';
import { AddressSchema, looseEnum, pcObject } from './common.js';

export const REFERRAL_STATUSES = ['None', 'New', 'Active', 'Closed'] as const;
export const REFERRAL_TYPES = ['Independent', 'Shared'] as const;
export const REFERRAL_DIRECTIONS = ['Incoming', 'Outgoing'] as const;

const ODataLinkSchema = pcObject({ uri: z.string().optional(), method: z.string().optional() });

export const ReferralSchema = pcObject({
  id: z.string(),
  engagementId: z.string().optional(),
  organizationId: z.string().optional(),
  organizationName: z.string().optional(),
  name: z.string().optional(),
  createdDateTime: z.string().optional(),
  updatedDateTime: z.string().optional(),
  expirationDateTime: z.string().optional(),
  status: looseEnum(REFERRAL_STATUSES).optional(),
  substatus: z.string().optional(),
  qualification: z.string().optional(),
  type: looseEnum(REFERRAL_TYPES).optional(),
  direction: looseEnum(REFERRAL_DIRECTIONS).optional(),
  customerProfile: pcObject({
    name: z.string().optional(),
    address: AddressSchema.optional(),
    size: z.string().optional(),
    team: z.array(z.unknown()).optional(),
    ids: z.record(z.string(), z.unknown()).optional(),
  }).optional(),
  consent: z.unknown().optional(),
  details: pcObject({
    notes: z.string().optional(),
    dealValue: z.number().optional(),
    currency: z.string().optional(),
    closingDateTime: z.string().optional(),
    requirements: z.unknown().optional(),
  }).optional(),
  team: z.array(z.unknown()).optional(),
  inviteContext: z.unknown().optional(),
  links: pcObject({
    relatedReferrals: ODataLinkSchema.optional(),
    self: ODataLinkSchema.optional(),
  }).optional(),
  eTag: z.string().optional(),
});
export type Referral = z.infer<typeof ReferralSchema>;

/** One OData page: `value`, optional `@odata.count` and `@odata.nextLink` (with `$skiptoken`). */
export const ReferralPageSchema = pcObject({
  '@odata.context': z.string().optional(),
  '@odata.count': z.number().optional(),
  '@odata.nextLink': z.string().optional(),
  value: z.array(ReferralSchema),
});
export type ReferralPage = z.infer<typeof ReferralPageSchema>;

/** Fields `referrals.update` may change (partner-rest `patch-a-referral.md`). */
export interface ReferralUpdateInput {
  status?: (typeof REFERRAL_STATUSES)[number] | (string & {});
  substatus?: string;
  details?: Record<string, unknown>;
  team?: unknown[];
  [key: string]: unknown;
}
