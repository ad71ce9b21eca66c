import { roleById } from '../catalog/directory-roles.js';
import type { UserRecord } from '../models.js';
import { link } from './links.js';

/** A customer user (users-list.json, user-get.json, users-deleted-list.json). */
export function userResource(u: UserRecord) {
  return {
    usageLocation: u.usageLocation,
    id: u.id,
    userPrincipalName: u.userPrincipalName,
    firstName: u.firstName,
    lastName: u.lastName,
    displayName: u.displayName,
    ...(u.immutableId ? { immutableId: u.immutableId } : {}),
    ...(u.phoneNumber ? { phoneNumber: u.phoneNumber } : {}),
    lastDirectorySyncTime: null,
    userDomainType: 'none',
    state: u.state,
    softDeletionTime: u.softDeletionTime,
    links: { self: link(`/v1/customers/${u.customerId}/users/${u.id}`) },
    attributes: { objectType: 'CustomerUser' },
  };
}

/** A directory role (directoryroles.json). */
export function directoryRoleResource(roleId: string) {
  return {
    name: roleById(roleId)?.name ?? 'Unknown role',
    id: roleId,
    attributes: { objectType: 'DirectoryRole' },
  };
}

/** A role member (directoryrole-usermember-add.json). */
export function userMemberResource(u: UserRecord, roleId: string) {
  return {
    displayName: u.displayName,
    userPrincipalName: u.userPrincipalName,
    roleId,
    id: u.id,
    attributes: { objectType: 'UserMember' },
  };
}
