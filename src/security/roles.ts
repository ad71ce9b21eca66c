/**
 * Partner Center's own roles and what each may do (shared/INTENTS.md, "Roles and permissions").
 * Permissions name an area and an access level; which intent needs which permission is in
 * permissions.ts.
 */
export const ROLES = ['GlobalAdmin', 'AdminAgent', 'SalesAgent', 'HelpdeskAgent'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_DISPLAY_NAMES = {
  GlobalAdmin: 'Global Admin',
  AdminAgent: 'Admin Agent',
  SalesAgent: 'Sales Agent',
  HelpdeskAgent: 'Helpdesk Agent',
} as const satisfies Record<Role, string>;
export type RoleDisplayName = (typeof ROLE_DISPLAY_NAMES)[Role];

export const READ_PERMISSIONS = [
  'read:partner',
  'read:customers',
  'read:users',
  'read:subscriptions',
  'read:catalog',
  'read:referrals',
  'read:usage',
  'read:audit',
] as const;

export const PERMISSIONS = [
  ...READ_PERMISSIONS,
  'write:partner',
  'write:customers',
  'write:users',
  'write:subscriptions',
  'write:benefits',
  'write:referrals',
  'admin:connection',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * What a role holds. `onlyIntents` narrows a permission to some intents: the Sales Agent's
 * write:customers covers creating and inviting customers, not changing billing profiles.
 */
export interface RoleGrant {
  readonly permissions: readonly Permission[];
  readonly onlyIntents?: Readonly<Partial<Record<Permission, readonly string[]>>>;
}

export const ROLE_GRANTS: Readonly<Record<Role, RoleGrant>> = {
  GlobalAdmin: { permissions: PERMISSIONS },
  AdminAgent: {
    permissions: [
      ...READ_PERMISSIONS,
      'write:customers',
      'write:users',
      'write:subscriptions',
      'write:referrals',
      'admin:connection',
    ],
  },
  SalesAgent: {
    permissions: [
      'read:partner',
      'read:customers',
      'read:subscriptions',
      'read:catalog',
      'read:referrals',
      'read:usage',
      'write:customers',
      'write:referrals',
    ],
    onlyIntents: { 'write:customers': ['customers.create', 'customers.invite'] },
  },
  HelpdeskAgent: {
    permissions: [
      'read:customers',
      'read:users',
      'read:subscriptions',
      'read:catalog',
      'read:audit',
    ],
  },
};

/**
 * Most privileged first; used when a user's groups map to several roles. Sales Agent and Helpdesk
 * Agent are not nested (each has permissions the other lacks); Sales Agent ranks higher because
 * it can change things.
 */
export const ROLE_PRECEDENCE: readonly Role[] = [
  'GlobalAdmin',
  'AdminAgent',
  'SalesAgent',
  'HelpdeskAgent',
];

export function roleDisplayName(role: Role): RoleDisplayName {
  return ROLE_DISPLAY_NAMES[role];
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * A role from its id or display name, ignoring case, spaces, `-` and `_`:
 * `AdminAgent`, `Admin Agent`, `admin_agent` → `AdminAgent`.
 */
export function parseRole(text: string): Role | undefined {
  const wanted = squash(text);
  return ROLES.find((role) => squash(role) === wanted);
}

function squash(text: string): string {
  return text.replace(/[\s_-]+/g, '').toLowerCase();
}
