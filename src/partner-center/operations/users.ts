/**
 * `client.users`: customer user accounts (`develop/user-resources.md`). App+User only and
 * GDAP-gated in production (partner-center-api.md §4.4).
 */
import { CustomerUserSchema } from '../models/customer-user.js';
import type {
  CustomerUser,
  CustomerUserCreateInput,
  CustomerUserUpdateInput,
  PasswordProfileInput,
} from '../models/customer-user.js';
import { toPascalCase } from '../pascal-case.js';
import type { PagedAsyncIterableIterator } from '../paging.js';
import type { OperationOptions } from '../request-executor.js';
import { listCollection } from './collection.js';
import { filterJson, segment } from './context.js';
import type { OperationContext } from './context.js';

/** Users come 500 a page at most ([3P] PartnerCenterPowerShellModule #86; `view-a-deleted-user.md` uses size=500). */
const USER_PAGING = { defaultSize: 500, maxSize: 500 };
const USER_ATTRIBUTES = { objectType: 'CustomerUser' };

export interface UsersOperations {
  list(customerId: string, options?: OperationOptions): PagedAsyncIterableIterator<CustomerUser>;
  /** Soft-deleted users, restorable for 30 days (`develop/view-a-deleted-user.md`). */
  listDeleted(
    customerId: string,
    options?: OperationOptions,
  ): PagedAsyncIterableIterator<CustomerUser>;
  get(customerId: string, userId: string, options?: OperationOptions): Promise<CustomerUser>;
  create(
    customerId: string,
    user: CustomerUserCreateInput,
    options?: OperationOptions,
  ): Promise<CustomerUser>;
  /** PATCH with only the changed fields (`develop/update-user-accounts-for-a-customer.md`). */
  update(
    customerId: string,
    userId: string,
    patch: CustomerUserUpdateInput,
    options?: OperationOptions,
  ): Promise<CustomerUser>;
  /** Soft delete (204): the user becomes `inactive` and can be restored for 30 days. */
  delete(customerId: string, userId: string, options?: OperationOptions): Promise<void>;
  /** `PATCH {"State":"active"}` (`develop/restore-a-user-for-a-customer.md`). */
  restore(customerId: string, userId: string, options?: OperationOptions): Promise<CustomerUser>;
  /** `PATCH {"PasswordProfile":{...}}` (`develop/reset-user-password-for-a-customer.md`). */
  resetPassword(
    customerId: string,
    userId: string,
    passwordProfile: PasswordProfileInput,
    options?: OperationOptions,
  ): Promise<CustomerUser>;
}

export function createUsersOperations(ctx: OperationContext): UsersOperations {
  const { executor } = ctx;
  const usersPath = (customerId: string) => `/customers/${segment('customerId', customerId)}/users`;
  const userPath = (customerId: string, userId: string) =>
    `${usersPath(customerId)}/${segment('userId', userId)}`;
  const patchUser = (
    operation: string,
    customerId: string,
    userId: string,
    body: Record<string, unknown>,
    options: OperationOptions | undefined,
  ) =>
    executor.sendJson(
      {
        operation,
        api: 'partnerCenter',
        method: 'PATCH',
        path: userPath(customerId, userId),
        body: toPascalCase({ ...body, attributes: USER_ATTRIBUTES }),
      },
      CustomerUserSchema,
      options,
    );

  return {
    list: (customerId, options) =>
      listCollection(
        ctx,
        {
          operation: 'users.list',
          path: usersPath(customerId),
          item: CustomerUserSchema,
          paging: USER_PAGING,
        },
        options,
      ),
    listDeleted: (customerId, options) =>
      listCollection(
        ctx,
        {
          operation: 'users.listDeleted',
          path: usersPath(customerId),
          query: { filter: filterJson('UserState', 'Inactive', 'equals') },
          item: CustomerUserSchema,
          paging: USER_PAGING,
        },
        options,
      ),
    get: async (customerId, userId, options) =>
      executor.sendJson(
        {
          operation: 'users.get',
          api: 'partnerCenter',
          method: 'GET',
          path: userPath(customerId, userId),
        },
        CustomerUserSchema,
        options,
      ),
    create: async (customerId, user, options) =>
      executor.sendJson(
        {
          operation: 'users.create',
          api: 'partnerCenter',
          method: 'POST',
          path: usersPath(customerId),
          body: toPascalCase({ ...user, attributes: USER_ATTRIBUTES }),
        },
        CustomerUserSchema,
        options,
      ),
    update: async (customerId, userId, patch, options) =>
      patchUser('users.update', customerId, userId, patch, options),
    delete: async (customerId, userId, options) => {
      await executor.send(
        {
          operation: 'users.delete',
          api: 'partnerCenter',
          method: 'DELETE',
          path: userPath(customerId, userId),
        },
        options,
      );
    },
    restore: async (customerId, userId, options) =>
      patchUser('users.restore', customerId, userId, { state: 'active' }, options),
    resetPassword: async (customerId, userId, passwordProfile, options) =>
      patchUser('users.resetPassword', customerId, userId, { passwordProfile }, options),
  };
}
