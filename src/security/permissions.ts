import {
  ROLES,
  ROLE_DISPLAY_NAMES,
  ROLE_GRANTS,
  type Permission,
  type Role,
  type RoleDisplayName,
} from './roles.js';

/**
 * The permission each intent needs: the `perm` column of shared/INTENTS.md, for every intent id
 * (`null` = none, the `—` rows). Keep in the catalogue's order; the help card lists intents in it.
 */
export const INTENT_PERMISSIONS = {
  help: null,
  greeting: null,
  cancel: null,
  confirm: null,
  reject: null,
  more: null,
  whoami: null,
  'profile.show': 'read:partner',
  'profile.update': 'write:partner',
  'customers.list': 'read:customers',
  'customers.search': 'read:customers',
  'customers.show': 'read:customers',
  'customers.create': 'write:customers',
  'customers.invite': 'write:customers',
  'customers.billingProfile.show': 'read:customers',
  'customers.billingProfile.update': 'write:customers',
  'customers.companyProfile.show': 'read:customers',
  'users.list': 'read:users',
  'users.show': 'read:users',
  'users.create': 'write:users',
  'users.update': 'write:users',
  'users.resetPassword': 'write:users',
  'users.delete': 'write:users',
  'users.deleted': 'read:users',
  'users.restore': 'write:users',
  'users.roles': 'read:users',
  'roles.list': 'read:users',
  'roles.members': 'read:users',
  'roles.removeMember': 'write:users',
  'subscriptions.list': 'read:subscriptions',
  'subscriptions.show': 'read:subscriptions',
  'subscriptions.rename': 'write:subscriptions',
  'subscriptions.setQuantity': 'write:subscriptions',
  'subscriptions.suspend': 'write:subscriptions',
  'subscriptions.reactivate': 'write:subscriptions',
  'subscriptions.renewals': 'read:subscriptions',
  'licenses.list': 'read:subscriptions',
  'orders.list': 'read:subscriptions',
  'orders.show': 'read:subscriptions',
  'benefits.list': 'read:partner',
  'benefits.activate': 'write:benefits',
  'usage.customer': 'read:usage',
  'usage.subscription': 'read:usage',
  'usage.azure': 'read:usage',
  'usage.report': 'read:usage',
  'offers.list': 'read:catalog',
  'offers.search': 'read:catalog',
  'offers.show': 'read:catalog',
  'offers.categories': 'read:catalog',
  'referrals.list': 'read:referrals',
  'referrals.show': 'read:referrals',
  'referrals.update': 'write:referrals',
  'connection.connect': 'admin:connection',
  'connection.status': null,
  'connection.test': 'admin:connection',
  'connection.selectOrganization': 'admin:connection',
  'connection.disconnect': 'admin:connection',
  'audit.list': 'read:audit',
  'notifications.subscribe': 'read:subscriptions',
  'notifications.unsubscribe': 'read:subscriptions',
  none: null,
} as const satisfies Record<string, Permission | null>;

/** An intent id this layer knows (the same list as the recognizer's catalogue). */
export type SecuredIntentId = keyof typeof INTENT_PERMISSIONS;

export type PermissionCheck =
  | { allowed: true }
  | {
      allowed: false;
      reason: 'missing-permission';
      missing: Permission;
      /** Display names of the roles that may run this intent, most privileged first. */
      rolesWithIt: RoleDisplayName[];
    }
  | {
      /** An intent id outside the catalogue: denied for everyone, Global Admin included. */
      allowed: false;
      reason: 'unknown-intent';
      missing: 'unknown-intent';
      rolesWithIt: RoleDisplayName[];
    };

const KNOWN = new Set<string>(Object.keys(INTENT_PERMISSIONS));

export function isSecuredIntentId(value: string): value is SecuredIntentId {
  return KNOWN.has(value);
}

/** The permission `intentId` needs; `null` for none, `undefined` for an unknown intent. */
export function requiredPermission(intentId: string): Permission | null | undefined {
  return isSecuredIntentId(intentId) ? INTENT_PERMISSIONS[intentId] : undefined;
}

/**
 * May `role` run `intentId`? Checked per intent, not per permission, so the Sales Agent's
 * narrowed write:customers (create / invite only) holds. No role (tenant mode, user not in the
 * role map) may run only the intents that need no permission. An unknown intent is denied to
 * every role: a new intent must be added to INTENT_PERMISSIONS before anyone can run it.
 */
export function can(role: Role | undefined, intentId: string): PermissionCheck {
  const needed = requiredPermission(intentId);
  if (needed === undefined)
    return { allowed: false, reason: 'unknown-intent', missing: 'unknown-intent', rolesWithIt: [] };
  if (needed === null || (role !== undefined && grants(role, needed, intentId)))
    return { allowed: true };
  return {
    allowed: false,
    reason: 'missing-permission',
    missing: needed,
    rolesWithIt: ROLES.filter((r) => grants(r, needed, intentId)).map((r) => ROLE_DISPLAY_NAMES[r]),
  };
}

/** The intents `role` may run, in catalogue order (the help card shows only these). */
export function allowedIntents(role: Role | undefined): SecuredIntentId[] {
  return (Object.keys(INTENT_PERMISSIONS) as SecuredIntentId[]).filter(
    (intent) => can(role, intent).allowed,
  );
}

function grants(role: Role, permission: Permission, intentId: string): boolean {
  const grant = ROLE_GRANTS[role];
  if (!grant.permissions.includes(permission)) return false;
  const only = grant.onlyIntents?.[permission];
  return only === undefined || only.includes(intentId);
}
