/** The partner's own profiles (`develop/get-legal-business-profile.md`, organization, MPN). */
import { z } from 'zod';
import {
  AddressSchema,
  AttributesSchema,
  ResourceLinksSchema,
  looseEnum,
  pcObject,
} from './common.js';

export const VETTING_STATUSES = ['none', 'pending', 'authorized', 'rejected'] as const;

export const LegalBusinessProfileSchema = pcObject({
  companyName: z.string().optional(),
  address: AddressSchema.optional(),
  primaryContact: pcObject({
    firstName: z.string().optional(),
    lastName: z.string().optional(),
    email: z.string().optional(),
    phoneNumber: z.string().optional(),
  }).optional(),
  companyApproverAddress: AddressSchema.optional(),
  companyApproverEmail: z.string().optional(),
  vettingStatus: looseEnum(VETTING_STATUSES).optional(),
  vettingSubStatus: z.string().optional(),
  profileType: z.string().optional(),
  links: ResourceLinksSchema.optional(),
  attributes: AttributesSchema.optional(),
});
export type LegalBusinessProfile = z.infer<typeof LegalBusinessProfileSchema>;

export const OrganizationProfileSchema = pcObject({
  id: z.string().optional(),
  companyName: z.string().optional(),
  defaultAddress: AddressSchema.optional(),
  tenantId: z.string().optional(),
  domain: z.string().optional(),
  email: z.string().optional(),
  language: z.string().optional(),
  culture: z.string().optional(),
  profileType: z.string().optional(),
  links: ResourceLinksSchema.optional(),
  attributes: AttributesSchema.optional(),
});
export type OrganizationProfile = z.infer<typeof OrganizationProfileSchema>;

export const MpnProfileSchema = pcObject({
  mpnId: z.string(),
  organizationName: z.string().optional(),
  profileType: z.string().optional(),
  links: ResourceLinksSchema.optional(),
  attributes: AttributesSchema.optional(),
});
export type MpnProfile = z.infer<typeof MpnProfileSchema>;
