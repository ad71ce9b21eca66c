/** Customer, its company and billing profiles, and the reseller invitation (`develop/customer-resources.md`). */
import { z } from 'zod';
import {
  AddressSchema,
  AttributesSchema,
  ResourceLinksSchema,
  looseEnum,
  pcObject,
} from './common.js';

export const CustomerCompanyProfileSchema = pcObject({
  tenantId: z.string().optional(),
  domain: z.string().optional(),
  companyName: z.string().optional(),
  address: AddressSchema.optional(),
  email: z.string().optional(),
  links: ResourceLinksSchema.optional(),
  attributes: AttributesSchema.optional(),
});
export type CustomerCompanyProfile = z.infer<typeof CustomerCompanyProfileSchema>;

/** `attributes.etag` is what an update must send back in `If-Match` (`update-a-customer-s-billing-profile.md`). */
export const CustomerBillingProfileSchema = pcObject({
  id: z.string().optional(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  email: z.string().optional(),
  culture: z.string().optional(),
  language: z.string().optional(),
  companyName: z.string().optional(),
  defaultAddress: AddressSchema.optional(),
  links: ResourceLinksSchema.optional(),
  attributes: AttributesSchema.optional(),
});
export type CustomerBillingProfile = z.infer<typeof CustomerBillingProfileSchema>;

export const RELATIONSHIPS_TO_PARTNER = [
  'none',
  'reseller',
  'advisor',
  'syndication',
  'microsoft_support',
  'unknown',
] as const;

/**
 * List items carry only id, companyProfile {tenantId, domain, companyName}, relationshipToPartner;
 * GET by id adds the rest. `userCredentials` (the new admin's password) is returned once, by create.
 */
export const CustomerSchema = pcObject({
  id: z.string(),
  commerceId: z.string().optional(),
  companyProfile: CustomerCompanyProfileSchema.optional(),
  billingProfile: CustomerBillingProfileSchema.optional(),
  relationshipToPartner: looseEnum(RELATIONSHIPS_TO_PARTNER).optional(),
  allowDelegatedAccess: z.boolean().optional(),
  customDomains: z.array(z.string()).optional(),
  userCredentials: pcObject({
    userName: z.string().optional(),
    password: z.string().optional(),
  }).optional(),
  links: ResourceLinksSchema.optional(),
  attributes: AttributesSchema.optional(),
});
export type Customer = z.infer<typeof CustomerSchema>;

export const RelationshipRequestSchema = pcObject({
  url: z.string(),
  attributes: AttributesSchema.optional(),
});
export type RelationshipRequest = z.infer<typeof RelationshipRequestSchema>;

/** Input of `customers.create` (`develop/create-a-customer.md`); sent PascalCase. */
export interface CustomerCreateInput {
  companyProfile: { domain: string; [key: string]: unknown };
  billingProfile: {
    email: string;
    culture: string;
    language: string;
    companyName: string;
    defaultAddress: {
      country: string;
      city?: string;
      state?: string;
      region?: string;
      addressLine1?: string;
      addressLine2?: string;
      postalCode?: string;
      firstName?: string;
      lastName?: string;
      phoneNumber?: string;
      [key: string]: unknown;
    };
    [key: string]: unknown;
  };
  [key: string]: unknown;
}
