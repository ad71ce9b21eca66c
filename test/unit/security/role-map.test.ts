import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/shared/errors.js';
import { loadRoleMap, parseRoleMap, resolveRole } from '../../../src/security/role-map.js';

const MEGAN_ID = '6e7b768e-07e2-4810-8459-485f84f8f204';
const SALES_GROUP = 'a1b2c3d4-0000-4000-8000-000000000001';
const HELPDESK_GROUP = 'a1b2c3d4-0000-4000-8000-000000000002';
const ADMIN_GROUP = 'a1b2c3d4-0000-4000-8000-000000000003';

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (isAppError(err)) return `${err.code}: ${err.message}`;
    throw err;
  }
  return 'no error';
}

describe('role map', () => {
  const map = parseRoleMap({
    users: { 'Megan@Contoso.com': 'Admin Agent', [MEGAN_ID]: 'HelpdeskAgent' },
    groups: {
      [SALES_GROUP]: 'SalesAgent',
      [HELPDESK_GROUP]: 'helpdesk agent',
      [ADMIN_GROUP]: 'AdminAgent',
    },
    'adele@contoso.com': 'Global Admin',
  });

  it('when the UPN differs only in case, then the user still matches', () => {
    expect(resolveRole({ upn: 'MEGAN@contoso.COM' }, { map, mode: 'tenant' })).toEqual({
      role: 'AdminAgent',
      source: 'map-user',
    });
    expect(resolveRole({ upn: 'adele@CONTOSO.com' }, { map, mode: 'tenant' }).role).toBe(
      'GlobalAdmin',
    );
  });

  it('when both the object id and the UPN are mapped, then the object id wins (a UPN can be renamed)', () => {
    const resolved = resolveRole(
      { userObjectId: MEGAN_ID.toUpperCase(), upn: 'megan@contoso.com' },
      { map, mode: 'tenant' },
    );
    expect(resolved).toEqual({ role: 'HelpdeskAgent', source: 'map-user' });
  });

  it('when the user is in several mapped groups, then the most privileged role wins', () => {
    expect(
      resolveRole({ groupIds: [HELPDESK_GROUP, SALES_GROUP] }, { map, mode: 'tenant' }),
    ).toEqual({ role: 'SalesAgent', source: 'map-group' });
    expect(
      resolveRole(
        { groupIds: [HELPDESK_GROUP, ADMIN_GROUP.toUpperCase(), SALES_GROUP] },
        { map, mode: 'tenant' },
      ).role,
    ).toBe('AdminAgent');
  });

  it('when the user has a direct entry and mapped groups, then the direct entry wins', () => {
    expect(
      resolveRole({ upn: 'megan@contoso.com', groupIds: [ADMIN_GROUP] }, { map, mode: 'tenant' }),
    ).toEqual({ role: 'AdminAgent', source: 'map-user' });
    expect(
      resolveRole({ userObjectId: MEGAN_ID, groupIds: [ADMIN_GROUP] }, { map, mode: 'tenant' })
        .role,
    ).toBe('HelpdeskAgent');
  });

  it('when a map is given but the user is not in it, then there is no role, in sandbox mode too', () => {
    const nobody = { upn: 'eve@contoso.com', groupIds: ['ffffffff-0000-4000-8000-000000000000'] };
    expect(resolveRole(nobody, { map, mode: 'tenant' })).toEqual({ source: 'none' });
    expect(resolveRole(nobody, { map, mode: 'sandbox' })).toEqual({ source: 'none' });
  });

  it('when there is no map, then sandbox mode makes everyone Global Admin and tenant mode nobody anything', () => {
    expect(resolveRole({ upn: 'x@y.z' }, { mode: 'sandbox' })).toEqual({
      role: 'GlobalAdmin',
      source: 'sandbox-default',
    });
    expect(resolveRole({ upn: 'x@y.z' }, { mode: 'tenant' })).toEqual({ source: 'none' });
  });

  it('when a flat entry is keyed by a GUID, then it matches a user object id or a group id', () => {
    const flat = parseRoleMap({ [SALES_GROUP]: 'SalesAgent' });
    expect(resolveRole({ userObjectId: SALES_GROUP }, { map: flat, mode: 'tenant' }).source).toBe(
      'map-user',
    );
    expect(resolveRole({ groupIds: [SALES_GROUP] }, { map: flat, mode: 'tenant' }).source).toBe(
      'map-group',
    );
  });

  it('when a role name is wrong, then the error names the entry and lists the roles', () => {
    const message = errorOf(() => parseRoleMap({ users: { 'jane@contoso.com': 'Owner' } }));
    expect(message).toContain('ROLE_MAP_INVALID');
    expect(message).toContain('"users" › "jane@contoso.com"');
    expect(message).toContain('"Owner" is not a role');
    expect(message).toContain('Admin Agent');
  });

  it('when keys are neither ids nor UPNs, then each bad entry is named', () => {
    const message = errorOf(() =>
      parseRoleMap({ 'Sales Team': 'SalesAgent', groups: { 'helpdesk-group': 'HelpdeskAgent' } }),
    );
    expect(message).toContain(
      '"Sales Team": is neither an object id (GUID) nor a user principal name',
    );
    expect(message).toContain('"groups" › "helpdesk-group": is not a group object id (GUID)');
  });

  it('when a value or a section has the wrong type, then the error says what is expected', () => {
    expect(errorOf(() => parseRoleMap({ 'a@b.c': 3 }))).toContain('"a@b.c": must be a role name');
    expect(errorOf(() => parseRoleMap({ users: 'AdminAgent' }))).toContain(
      '"users": must be an object',
    );
    expect(errorOf(() => parseRoleMap(['AdminAgent']))).toContain('ROLE_MAP_INVALID');
  });

  it('when one user is listed twice with different roles, then the map is refused', () => {
    const message = errorOf(() =>
      parseRoleMap({
        users: { 'jane@contoso.com': 'SalesAgent' },
        'JANE@contoso.com': 'GlobalAdmin',
      }),
    );
    expect(message).toContain('"JANE@contoso.com" is listed twice with different roles');
  });
});

describe('loading the role map', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('when the JSON comes from the environment, then it is parsed', () => {
    const map = loadRoleMap({ json: '{"megan@contoso.com":"SalesAgent"}' });
    expect(map?.users.get('megan@contoso.com')).toBe('SalesAgent');
  });

  it('when the map comes from a file, then it is read and parsed', () => {
    dir = mkdtempSync(join(tmpdir(), 'pc-agent-roles-'));
    const file = join(dir, 'roles.json');
    writeFileSync(file, JSON.stringify({ groups: { [SALES_GROUP]: 'Sales Agent' } }));
    expect(loadRoleMap({ file })?.groups.get(SALES_GROUP)).toBe('SalesAgent');
  });

  it('when nothing is configured, then there is no map', () => {
    expect(loadRoleMap({})).toBeUndefined();
  });

  it('when the file is missing, the JSON is broken or both are given, then a catalogued error explains it', () => {
    expect(errorOf(() => loadRoleMap({ file: '/nonexistent/roles.json' }))).toMatch(
      /ROLE_MAP_UNREADABLE: .*\/nonexistent\/roles\.json.*ENOENT/,
    );
    expect(errorOf(() => loadRoleMap({ json: '{"a@b.c": "AdminAgent",}' }))).toContain(
      'not valid JSON',
    );
    expect(errorOf(() => loadRoleMap({ json: '{}', file: 'x.json' }))).toContain(
      'ROLE_MAP_AMBIGUOUS',
    );
  });
});
