/** Directory roles and their user members (`develop/get-user-roles-for-a-customer.md`). */
import { z } from 'zod';
import { AttributesSchema, pcObject } from './common.js';

export const DirectoryRoleSchema = pcObject({
  id: z.string(),
  name: z.string().optional(),
  attributes: AttributesSchema.optional(),
});
export type DirectoryRole = z.infer<typeof DirectoryRoleSchema>;

export const UserMemberSchema = pcObject({
  id: z.string(),
  displayName: z.string().optional(),
  userPrincipalName: z.string().optional(),
  roleId: z.string().optional(),
  attributes: AttributesSchema.optional(),
});
export type UserMember = z.infer<typeof UserMemberSchema>;

/** Input of `directoryRoles.addMember` (`develop/set-user-roles-for-a-customer.md`). */
export interface UserMemberInput {
  id: string;
  displayName?: string;
  userPrincipalName?: string;
}
