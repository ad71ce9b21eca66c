/** Customer user accounts (`develop/user-resources.md`). All user calls are App+User only. */
import { z } from 'zod';
import { AttributesSchema, ResourceLinksSchema, looseEnum, pcObject } from './common.js';

export const USER_STATES = ['active', 'inactive'] as const;
export const USER_DOMAIN_TYPES = ['none', 'managed', 'federated'] as const;

export const CustomerUserSchema = pcObject({
  id: z.string(),
  usageLocation: z.string().optional(),
  userPrincipalName: z.string().optional(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  displayName: z.string().optional(),
  immutableId: z.string().optional(),
  passwordProfile: pcObject({
    password: z.string().optional(),
    forceChangePassword: z.boolean().optional(),
  }).optional(),
  phoneNumber: z.string().optional(),
  lastDirectorySyncTime: z.string().optional(),
  userDomainType: looseEnum(USER_DOMAIN_TYPES).optional(),
  /** `inactive` = soft-deleted, restorable for 30 days after `softDeletionTime`. */
  state: looseEnum(USER_STATES).optional(),
  softDeletionTime: z.string().optional(),
  links: ResourceLinksSchema.optional(),
  attributes: AttributesSchema.optional(),
});
export type CustomerUser = z.infer<typeof CustomerUserSchema>;

export interface PasswordProfileInput {
  password: string;
  forceChangePassword: boolean;
}

/** Input of `users.create` (`develop/create-user-accounts-for-a-customer.md`). */
export interface CustomerUserCreateInput {
  userPrincipalName: string;
  displayName: string;
  firstName?: string;
  lastName?: string;
  usageLocation: string;
  immutableId?: string;
  passwordProfile: PasswordProfileInput;
  [key: string]: unknown;
}

/** Input of `users.update`: only the fields to change (`develop/update-user-accounts-for-a-customer.md`). */
export interface CustomerUserUpdateInput {
  userPrincipalName?: string;
  displayName?: string;
  firstName?: string;
  lastName?: string;
  usageLocation?: string;
  phoneNumber?: string;
  [key: string]: unknown;
}
