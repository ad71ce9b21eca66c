import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../shared/errors.js';
import { SECURITY_ERRORS } from './errors.js';
import { ROLE_DISPLAY_NAMES, ROLE_PRECEDENCE, ROLES, parseRole, type Role } from './roles.js';

/**
 * Who has which role. Keys are lower-cased: user object ids and group ids (GUIDs) and UPNs are
 * matched case-insensitively. A flat entry keyed by a GUID may be a user or a group, so it is in
 * both maps.
 */
export interface RoleMap {
  readonly users: ReadonlyMap<string, Role>;
  readonly groups: ReadonlyMap<string, Role>;
}

export interface UserIdentityForRole {
  /** Entra object id (`aadObjectId` on Teams activities). */
  userObjectId?: string;
  /** User principal name. */
  upn?: string;
  /** Entra group ids the user belongs to. */
  groupIds?: readonly string[];
}

export type RoleSource = 'map-user' | 'map-group' | 'sandbox-default' | 'none';

export interface ResolvedRole {
  role?: Role;
  source: RoleSource;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UPN = /^[^@\s]+@[^@\s]+$/;
const ROLE_HINT = ROLES.map((r) => `${r} / ${ROLE_DISPLAY_NAMES[r]}`).join(', ');

const roleValue = z.string().transform((value, ctx) => {
  const role = parseRole(value);
  if (role) return role;
  ctx.addIssue({ code: 'custom', message: `"${value}" is not a role (use one of ${ROLE_HINT})` });
  return z.NEVER;
});
const userKey = z.string().refine((k) => GUID.test(k) || UPN.test(k), {
  message: 'is neither a user object id (GUID) nor a user principal name (name@domain)',
});
const groupKey = z.string().refine((k) => GUID.test(k), {
  message: 'is not a group object id (GUID)',
});
const anyKey = z.string().refine((k) => GUID.test(k) || UPN.test(k), {
  message: 'is neither an object id (GUID) nor a user principal name (name@domain)',
});

/**
 * `{ "<objectId|upn|groupId>": "<role>" }` and/or `{ "users": {...}, "groups": {...} }`; roles
 * as ids or display names (`AdminAgent`, `Admin Agent`).
 */
const RoleMapSchema = z
  .object({
    users: z.record(userKey, roleValue).optional(),
    groups: z.record(groupKey, roleValue).optional(),
  })
  .catchall(roleValue);

/** Flat keys are checked apart: a catchall sees values only, and zod skips refinements after errors. */
function flatKeyIssues(value: unknown): z.core.$ZodIssue[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.keys(value)
    .filter((key) => key !== 'users' && key !== 'groups')
    .flatMap((key) => {
      const check = anyKey.safeParse(key);
      return check.success ? [] : check.error.issues.map((issue) => ({ ...issue, path: [key] }));
    });
}

/** Validates a parsed JSON value into a RoleMap; errors name each bad entry. */
export function parseRoleMap(value: unknown): RoleMap {
  const parsed = RoleMapSchema.safeParse(value);
  const issues = [...flatKeyIssues(value), ...(parsed.success ? [] : parsed.error.issues)];
  if (!parsed.success || issues.length)
    throw new AppError(SECURITY_ERRORS.ROLE_MAP_INVALID, [describe(issues)]);
  const {
    users = {},
    groups = {},
    ...flat
  } = parsed.data as {
    users?: Record<string, Role>;
    groups?: Record<string, Role>;
  } & Record<string, Role>;
  const userMap = new Map<string, Role>();
  const groupMap = new Map<string, Role>();
  const problems: string[] = [];
  const put = (map: Map<string, Role>, key: string, role: Role, where: string) => {
    const k = key.toLowerCase();
    const existing = map.get(k);
    if (existing !== undefined && existing !== role)
      problems.push(`${where}"${key}" is listed twice with different roles (${existing}, ${role})`);
    map.set(k, role);
  };
  for (const [key, role] of Object.entries(users)) put(userMap, key, role, 'users › ');
  for (const [key, role] of Object.entries(groups)) put(groupMap, key, role, 'groups › ');
  for (const [key, role] of Object.entries(flat)) {
    put(userMap, key, role, '');
    if (GUID.test(key)) put(groupMap, key, role, '');
  }
  if (problems.length) throw new AppError(SECURITY_ERRORS.ROLE_MAP_INVALID, [problems.join('; ')]);
  return { users: userMap, groups: groupMap };
}

/**
 * Reads the role map the configuration points at: JSON text (an environment variable) or a
 * JSON file. Neither → `undefined` (no map: see `resolveRole`); both → an error, since which
 * one wins would be a guess.
 */
export function loadRoleMap(source: { json?: string; file?: string }): RoleMap | undefined {
  if (source.json !== undefined && source.file !== undefined)
    throw new AppError(SECURITY_ERRORS.ROLE_MAP_AMBIGUOUS);
  let text: string;
  if (source.json !== undefined) text = source.json;
  else if (source.file !== undefined) {
    try {
      text = readFileSync(source.file, 'utf8');
    } catch (err) {
      const reason = (err as NodeJS.ErrnoException).code ?? 'unreadable';
      throw new AppError(SECURITY_ERRORS.ROLE_MAP_UNREADABLE, [source.file, reason], {
        cause: err,
      });
    }
  } else return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const reason = err instanceof Error ? err.message : 'parse error';
    throw new AppError(SECURITY_ERRORS.ROLE_MAP_INVALID, [`not valid JSON (${reason})`]);
  }
  return parseRoleMap(value);
}

/**
 * The user's role. With a map: a direct entry (object id first, then UPN, since a UPN can be
 * renamed) wins, so one member of a broad group can be narrowed; otherwise the most privileged
 * role among the user's groups (ROLE_PRECEDENCE); otherwise none. Without a map: everyone is
 * Global Admin in sandbox mode, and nobody has a role in tenant mode (only the intents that need
 * no permission, such as help).
 */
export function resolveRole(
  identity: UserIdentityForRole,
  options: { map?: RoleMap; mode: 'sandbox' | 'tenant' },
): ResolvedRole {
  const { map, mode } = options;
  if (!map)
    return mode === 'sandbox'
      ? { role: 'GlobalAdmin', source: 'sandbox-default' }
      : { source: 'none' };
  for (const key of [identity.userObjectId, identity.upn]) {
    const role = key ? map.users.get(key.toLowerCase()) : undefined;
    if (role) return { role, source: 'map-user' };
  }
  const groupRoles = new Set(
    (identity.groupIds ?? [])
      .map((g) => map.groups.get(g.toLowerCase()))
      .filter((r) => r !== undefined),
  );
  const role = ROLE_PRECEDENCE.find((r) => groupRoles.has(r));
  return role ? { role, source: 'map-group' } : { source: 'none' };
}

function describe(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const where = issue.path.map((p) => (typeof p === 'string' ? `"${p}"` : String(p)));
      const entry = where.length ? `entry ${where.join(' › ')}` : 'the role map';
      const message =
        issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
      if (issue.code === 'invalid_type' && where.length)
        return issue.expected === 'string'
          ? `${entry}: must be a role name (use one of ${ROLE_HINT})`
          : `${entry}: must be an object of id → role`;
      return `${entry}: ${message}`;
    })
    .join('; ');
}
