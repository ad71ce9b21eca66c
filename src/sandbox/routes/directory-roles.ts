import { DIRECTORY_ROLES, GLOBAL_ADMIN_ROLE_ID, roleById } from '../catalog/directory-roles.js';
import { PC_ERRORS, PcError } from '../http/pc-errors.js';
import {
  json,
  noContent,
  type PcRequest,
  type RouteDef,
  type SandboxContext,
} from '../http/types.js';
import { pageSize, readSeek, splitPage } from '../paging/seek.js';
import { collection, seekPage } from '../views/links.js';
import { directoryRoleResource, userMemberResource } from '../views/user-view.js';
import { param, requireBody, requireCustomer, requireUser, stringAt } from './common.js';

const MAX_PAGE = 500;

function requireRole(req: PcRequest) {
  const role = roleById(param(req, 'roleId'));
  if (!role) {
    throw new PcError(PC_ERRORS.NOT_FOUND, [
      `Directory role ${param(req, 'roleId')} does not exist.`,
    ]);
  }
  return role;
}

/** `GET …/directoryroles/{roleId}/usermembers`: seek-paged members (`size`, `seekOperation`). */
function listMembers(req: PcRequest, sb: SandboxContext) {
  const customer = requireCustomer(sb, param(req, 'customerId'));
  const role = requireRole(req);
  const scope = `${customer.id}/${role.id}`;
  const token = readSeek<string, null>(req, 'usermembers', scope);
  const size = token?.size ?? pageSize(req, MAX_PAGE);
  const rows = sb.store.directory.membersPage(customer.id, role.id, token?.cursor ?? '', size + 1);
  const { items, next } = splitPage(rows, size, {
    uri: `/v1/customers/${customer.id}/directoryroles/${role.id}/usermembers?size=${size}&seekOperation=Next`,
    kind: 'usermembers',
    scope,
    cursor: (last) => last.userPrincipalName.toLowerCase(),
  });
  return json(
    seekPage(
      items.map((u) => userMemberResource(u, role.id)),
      req.url,
      next,
    ),
  );
}

/** `POST …/usermembers`: 201 and the UserMember (`develop/set-user-roles-for-a-customer.md`). */
function addMember(req: PcRequest, sb: SandboxContext) {
  const customer = requireCustomer(sb, param(req, 'customerId'));
  const role = requireRole(req);
  const userId = stringAt(requireBody(req), 'id', 'Id');
  if (!userId) throw new PcError(PC_ERRORS.INVALID_INPUT, ['The body needs the user "Id".']);
  const user = requireUser(sb, customer, userId);
  if (user.state !== 'active') {
    throw new PcError(PC_ERRORS.INVALID_INPUT, [`User ${user.userPrincipalName} is deleted.`]);
  }
  if (sb.store.directory.isMember(customer.id, role.id, user.id)) {
    throw new PcError(PC_ERRORS.INVALID_INPUT, [
      `${user.userPrincipalName} is already a ${role.name}.`,
    ]);
  }
  sb.store.transaction(() => {
    sb.store.directory.addMember(customer.id, role.id, user.id);
    sb.audit.write('roleMember.add', {
      customer,
      resourceType: 'roleMembership',
      operationType: 'add_customer_user_role',
      newValue: userMemberResource(user, role.id),
      customizedData: { CustomerUserId: user.id, RoleId: role.id, RoleName: role.name },
      at: req.now,
    });
  });
  return json(userMemberResource(user, role.id), 201);
}

/** `DELETE …/usermembers/{userId}`: 204 (`develop/remove-customer-user-from-a-role.md`). */
function removeMember(req: PcRequest, sb: SandboxContext) {
  const customer = requireCustomer(sb, param(req, 'customerId'));
  const role = requireRole(req);
  const user = requireUser(sb, customer, param(req, 'userId'));
  if (!sb.store.directory.isMember(customer.id, role.id, user.id)) {
    throw new PcError(PC_ERRORS.NOT_FOUND, [`${user.userPrincipalName} is not a ${role.name}.`]);
  }
  if (role.id === GLOBAL_ADMIN_ROLE_ID) {
    const admins = sb.store.directory.membersPage(customer.id, role.id, '', 2);
    if (admins.length < 2) {
      throw new PcError(PC_ERRORS.INVALID_INPUT, [
        'A tenant must keep at least one Global Administrator; assign another one first.',
      ]);
    }
  }
  sb.store.transaction(() => {
    sb.store.directory.removeMember(customer.id, role.id, user.id);
    sb.audit.write('roleMember.remove', {
      customer,
      resourceType: 'roleMembership',
      operationType: 'remove_customer_user_role',
      oldValue: userMemberResource(user, role.id),
      customizedData: { CustomerUserId: user.id, RoleId: role.id, RoleName: role.name },
      at: req.now,
    });
  });
  return noContent();
}

const BASE = '/v1/customers/:customerId/directoryroles';

export const directoryRoleRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: BASE,
    handler: (req, sb) => {
      requireCustomer(sb, param(req, 'customerId'));
      return json(
        collection(
          DIRECTORY_ROLES.map((r) => directoryRoleResource(r.id)),
          req.url,
        ),
      );
    },
  },
  { method: 'GET', path: `${BASE}/:roleId/usermembers`, handler: listMembers },
  { method: 'POST', path: `${BASE}/:roleId/usermembers`, handler: addMember },
  { method: 'DELETE', path: `${BASE}/:roleId/usermembers/:userId`, handler: removeMember },
];
