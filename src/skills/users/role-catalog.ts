import type { DirectoryRole } from '../../partner-center/index.js';
import { compareText } from '../../shared/compare.js';

/**
 * The Entra roles the recognizer names (INTENTS.md `role`), with the legacy names Partner Center
 * may still return (`directoryroles.json` shows "Company Administrator" and "User Account
 * Administrator") and a one-line description. Partner Center's `DirectoryRole` has only a name
 * and an id, so the descriptions come from here (the wording of Microsoft Entra's built-in roles
 * reference, shortened). The order is the order role lists show: the most powerful first.
 */
export interface RoleInfo {
  name: string;
  legacyNames: readonly string[];
  description: string;
}

export const ROLE_CATALOG: readonly RoleInfo[] = [
  {
    name: 'Global Administrator',
    legacyNames: ['Company Administrator'],
    description: 'Can manage all aspects of the tenant and the Microsoft services that use it.',
  },
  {
    name: 'Privileged Role Administrator',
    legacyNames: [],
    description: 'Can manage role assignments, including who holds the admin roles.',
  },
  {
    name: 'User Administrator',
    legacyNames: ['User Account Administrator'],
    description: 'Can manage users and groups, including resetting passwords of limited admins.',
  },
  {
    name: 'Helpdesk Administrator',
    legacyNames: [],
    description: 'Can reset passwords of non-administrators and other Helpdesk Administrators.',
  },
  {
    name: 'Billing Administrator',
    legacyNames: [],
    description: 'Can make purchases, manage subscriptions and support tickets, and see billing.',
  },
  {
    name: 'License Administrator',
    legacyNames: [],
    description: 'Can assign and remove product licenses on users and groups.',
  },
  {
    name: 'Security Administrator',
    legacyNames: [],
    description: 'Can read security reports and manage security configuration.',
  },
  {
    name: 'Exchange Administrator',
    legacyNames: ['Exchange Service Administrator'],
    description: 'Can manage all aspects of Exchange Online.',
  },
  {
    name: 'SharePoint Administrator',
    legacyNames: ['SharePoint Service Administrator'],
    description: 'Can manage all aspects of SharePoint Online.',
  },
  {
    name: 'Teams Administrator',
    legacyNames: ['Teams Service Administrator'],
    description: 'Can manage the Microsoft Teams service.',
  },
  {
    name: 'Global Reader',
    legacyNames: [],
    description: 'Can read everything a Global Administrator can, but change nothing.',
  },
  {
    name: 'Directory Readers',
    legacyNames: ['Directory Reader'],
    description: 'Can read basic directory information (for applications and guests).',
  },
];

const key = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

const BY_NAME = new Map<string, RoleInfo>(
  ROLE_CATALOG.flatMap((r) => [r.name, ...r.legacyNames].map((n) => [key(n), r] as const)),
);

/** The role's catalogue entry, by current or legacy name. */
export function roleInfo(name: string | undefined): RoleInfo | undefined {
  return name ? BY_NAME.get(key(name)) : undefined;
}

/** The current Entra name of a role ("Company Administrator" → "Global Administrator"). */
export function roleDisplayName(role: DirectoryRole): string {
  return roleInfo(role.name)?.name ?? role.name ?? role.id;
}

export function roleDescription(role: DirectoryRole): string {
  return roleInfo(role.name)?.description ?? '';
}

/** Catalogue order first (most powerful first), then any other role by name. */
export function sortRoles(roles: readonly DirectoryRole[]): DirectoryRole[] {
  const rank = (r: DirectoryRole) => {
    const info = roleInfo(r.name);
    return info ? ROLE_CATALOG.indexOf(info) : ROLE_CATALOG.length;
  };
  return [...roles].sort(
    (a, b) => rank(a) - rank(b) || compareText(roleDisplayName(a), roleDisplayName(b)),
  );
}

/**
 * The customer's directory role the user meant: by id (buttons), by current or legacy name
 * (the recognizer gives the canonical name), or by a unique name that contains the text.
 */
export function matchRole(
  roles: readonly DirectoryRole[],
  wanted: string,
): DirectoryRole | undefined {
  const text = key(wanted);
  const byId = roles.find((r) => r.id.toLowerCase() === text);
  if (byId) return byId;
  const canonical = roleInfo(text)?.name;
  const byName = roles.find(
    (r) =>
      key(r.name ?? '') === text ||
      (canonical !== undefined && roleInfo(r.name)?.name === canonical),
  );
  if (byName) return byName;
  const partial = roles.filter((r) => key(roleDisplayName(r)).includes(text));
  return partial.length === 1 ? partial[0] : undefined;
}
