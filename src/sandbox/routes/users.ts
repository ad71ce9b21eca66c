import { parseUserFilter } from '../filters/pc-filter.js';
import {
  json,
  noContent,
  type PcRequest,
  type RouteDef,
  type SandboxContext,
} from '../http/types.js';
import { PC_ERRORS, PcError } from '../http/pc-errors.js';
import { pageSize, readSeek, splitPage } from '../paging/seek.js';
import { collection, seekPage } from '../views/links.js';
import { directoryRoleResource, userResource } from '../views/user-view.js';
import { param, requireCustomer, requireUser } from './common.js';
import { createUser, updateUser } from './user-writes.js';

const MAX_PAGE = 500;

/**
 * `GET /v1/customers/{id}/users`: active users, or deleted ones with the UserState filter
 * (`develop/view-a-deleted-user.md`); seek pages of at most 500.
 */
function listUsers(req: PcRequest, sb: SandboxContext) {
  const customer = requireCustomer(sb, param(req, 'customerId'));
  const token = readSeek<string, 'active' | 'inactive'>(req, 'users', customer.id);
  const size = token?.size ?? pageSize(req, MAX_PAGE);
  const state = token?.filter ?? parseUserFilter(req.query.get('filter'));
  const rows = sb.store.users.page({
    customerId: customer.id,
    state,
    ...(token ? { afterUpn: token.cursor } : {}),
    limit: size + 1,
  });
  const { items, next } = splitPage(rows, size, {
    uri: `/v1/customers/${customer.id}/users?size=${size}&seekOperation=Next`,
    kind: 'users',
    scope: customer.id,
    cursor: (last) => last.userPrincipalName.toLowerCase(),
    filter: state,
  });
  return json(seekPage(items.map(userResource), req.url, next));
}

/**
 * `DELETE /v1/customers/{id}/users/{userId}`: 204; the user becomes inactive with a
 * softDeletionTime and can be restored for 30 days (`develop/delete-a-user-account-for-a-customer.md`).
 */
function deleteUser(req: PcRequest, sb: SandboxContext) {
  const customer = requireCustomer(sb, param(req, 'customerId'));
  const user = requireUser(sb, customer, param(req, 'userId'));
  if (user.state === 'inactive') {
    throw new PcError(PC_ERRORS.USER_NOT_FOUND, [`User ${user.id} is already deleted.`]);
  }
  const deleted = { ...user, state: 'inactive' as const, softDeletionTime: req.now.toISOString() };
  sb.store.transaction(() => {
    sb.store.users.update(deleted);
    sb.audit.write('user.delete', {
      customer,
      resourceType: 'customerUser',
      operationType: 'delete_customer_user',
      oldValue: userResource(user),
      customizedData: { CustomerUserId: user.id, UserPrincipalName: user.userPrincipalName },
      at: req.now,
    });
  });
  return noContent();
}

export const userRoutes: RouteDef[] = [
  { method: 'GET', path: '/v1/customers/:customerId/users', handler: listUsers },
  { method: 'POST', path: '/v1/customers/:customerId/users', handler: createUser },
  {
    method: 'GET',
    path: '/v1/customers/:customerId/users/:userId',
    handler: (req, sb) => {
      const customer = requireCustomer(sb, param(req, 'customerId'));
      return json(userResource(requireUser(sb, customer, param(req, 'userId'))));
    },
  },
  { method: 'PATCH', path: '/v1/customers/:customerId/users/:userId', handler: updateUser },
  { method: 'DELETE', path: '/v1/customers/:customerId/users/:userId', handler: deleteUser },
  {
    // develop/get-user-roles-for-a-customer.md (directoryroles.json)
    method: 'GET',
    path: '/v1/customers/:customerId/users/:userId/directoryroles',
    handler: (req, sb) => {
      const customer = requireCustomer(sb, param(req, 'customerId'));
      const user = requireUser(sb, customer, param(req, 'userId'));
      const roles = sb.store.directory.rolesOfUser(customer.id, user.id);
      return json(collection(roles.map(directoryRoleResource), req.url));
    },
  },
];
