import { parseUserFilter } from '../filters/pc-filter.js';
import { json, type PcRequest, type RouteDef, type SandboxContext } from '../http/types.js';
import { pageSize, readSeek, splitPage } from '../paging/seek.js';
import { collection, seekPage } from '../views/links.js';
import { directoryRoleResource, userResource } from '../views/user-view.js';
import { param, requireCustomer, requireUser } from './common.js';
import { createUser, deleteUser, updateUser } from './user-writes.js';

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
