/** `client.directoryRoles`: Entra roles in a customer tenant and their members (App+User). */
import { DirectoryRoleSchema, UserMemberSchema } from '../models/directory-role.js';
import type { DirectoryRole, UserMember, UserMemberInput } from '../models/directory-role.js';
import { toPascalCase } from '../pascal-case.js';
import type { PagedAsyncIterableIterator } from '../paging.js';
import type { OperationOptions } from '../request-executor.js';
import { listCollection } from './collection.js';
import { segment } from './context.js';
import type { OperationContext } from './context.js';

/** Role members are seek-paged (`size`, `seekOperation`); no documented maximum, so users' 500 is used. */
const MEMBER_PAGING = { defaultSize: 500, maxSize: 500 };

export interface DirectoryRolesOperations {
  list(customerId: string, options?: OperationOptions): PagedAsyncIterableIterator<DirectoryRole>;
  listForUser(
    customerId: string,
    userId: string,
    options?: OperationOptions,
  ): PagedAsyncIterableIterator<DirectoryRole>;
  listMembers(
    customerId: string,
    roleId: string,
    options?: OperationOptions,
  ): PagedAsyncIterableIterator<UserMember>;
  /** 201 and the member (`develop/set-user-roles-for-a-customer.md`). */
  addMember(
    customerId: string,
    roleId: string,
    member: UserMemberInput,
    options?: OperationOptions,
  ): Promise<UserMember>;
  /** 204 (`develop/remove-customer-user-from-a-role.md`). */
  removeMember(
    customerId: string,
    roleId: string,
    userId: string,
    options?: OperationOptions,
  ): Promise<void>;
}

export function createDirectoryRolesOperations(ctx: OperationContext): DirectoryRolesOperations {
  const customerPath = (customerId: string) => `/customers/${segment('customerId', customerId)}`;
  const membersPath = (customerId: string, roleId: string) =>
    `${customerPath(customerId)}/directoryroles/${segment('roleId', roleId)}/usermembers`;
  return {
    list: (customerId, options) =>
      listCollection(
        ctx,
        {
          operation: 'directoryRoles.list',
          path: `${customerPath(customerId)}/directoryroles`,
          item: DirectoryRoleSchema,
        },
        options,
      ),
    listForUser: (customerId, userId, options) =>
      listCollection(
        ctx,
        {
          operation: 'directoryRoles.listForUser',
          path: `${customerPath(customerId)}/users/${segment('userId', userId)}/directoryroles`,
          item: DirectoryRoleSchema,
        },
        options,
      ),
    listMembers: (customerId, roleId, options) =>
      listCollection(
        ctx,
        {
          operation: 'directoryRoles.listMembers',
          path: membersPath(customerId, roleId),
          item: UserMemberSchema,
          paging: MEMBER_PAGING,
        },
        options,
      ),
    addMember: async (customerId, roleId, member, options) =>
      ctx.executor.sendJson(
        {
          operation: 'directoryRoles.addMember',
          api: 'partnerCenter',
          method: 'POST',
          path: membersPath(customerId, roleId),
          body: toPascalCase({ ...member, attributes: { objectType: 'UserMember' } }),
        },
        UserMemberSchema,
        options,
      ),
    removeMember: async (customerId, roleId, userId, options) => {
      await ctx.executor.send(
        {
          operation: 'directoryRoles.removeMember',
          api: 'partnerCenter',
          method: 'DELETE',
          path: `${membersPath(customerId, roleId)}/${segment('userId', userId)}`,
        },
        options,
      );
    },
  };
}
