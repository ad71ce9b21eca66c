import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findCustomerId,
  findUser,
  nextHeaders,
  startTestSandbox,
  TEST_NOW,
  type PcErrorBody,
  type TestSandbox,
  type WireCollection,
  type WireUser,
} from '../../helpers/sandbox.js';

let sb: TestSandbox;
let contoso: string;

beforeAll(async () => {
  sb = await startTestSandbox();
  contoso = await findCustomerId(sb.api, 'Contoso Ltd');
});
afterAll(() => sb.close());

const GLOBAL_ADMIN = '62e90394-69f5-4237-9190-012177145e10';
const HELPDESK_ADMIN = '729827e3-9c14-49f7-bb1b-9608f156bbb8';
const INACTIVE = encodeURIComponent(
  JSON.stringify({ Field: 'UserState', Value: 'Inactive', Operator: 'equals' }),
);
const DAY = 86_400_000;

interface WireMember {
  id: string;
  userPrincipalName: string;
  roleId: string;
}

describe('customer users', () => {
  it('when Contoso users are listed, then Megan Bowen is there with a realistic user principal name', async () => {
    const megan = await findUser(sb.api, contoso, 'megan.bowen@contoso.onmicrosoft.com');
    expect(megan).toMatchObject({
      displayName: 'Megan Bowen',
      state: 'active',
      usageLocation: 'US',
    });
  });

  it('when Woodgrove Bank users are listed 500 at a time, then three pages hold about 1,200 distinct users', async () => {
    const woodgrove = await findCustomerId(sb.api, 'Woodgrove Bank');
    const ids = new Set<string>();
    let res = await sb.api.get<WireCollection<WireUser>>(
      `/v1/customers/${woodgrove}/users?size=500`,
    );
    let pages = 1;
    for (;;) {
      res.body.items.forEach((u) => ids.add(u.id));
      const next = res.body.links.next;
      if (!next) break;
      res = await sb.api.get(next.uri, { headers: nextHeaders(next) });
      pages++;
    }
    expect(pages).toBe(3);
    expect(ids.size).toBe(1200);
  });

  it('when more than 500 users are asked for in one page, then 500 come back with links.next and the same token top-level', async () => {
    const woodgrove = await findCustomerId(sb.api, 'Woodgrove Bank');
    const res = await sb.api.get<WireCollection<WireUser>>(
      `/v1/customers/${woodgrove}/users?size=2000`,
    );
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(500);
    expect(res.body.totalCount).toBe(500);
    const next = res.body.links.next;
    expect(next?.uri).toBe(`/v1/customers/${woodgrove}/users?size=500&seekOperation=Next`);
    expect(next?.headers).toEqual([
      { key: 'MS-ContinuationToken', value: res.body.continuationToken },
    ]);
  });

  it('when a user is deleted, then it is inactive with a softDeletionTime, listed as deleted, and can be restored', async () => {
    const lee = await findUser(sb.api, contoso, 'lee.gu@contoso.onmicrosoft.com');
    const deleted = await sb.api.delete(`/v1/customers/${contoso}/users/${lee.id}`);
    expect(deleted.status).toBe(204);
    const after = await sb.api.get<WireUser>(`/v1/customers/${contoso}/users/${lee.id}`);
    expect(after.body.state).toBe('inactive');
    expect(Date.parse(after.body.softDeletionTime ?? '')).toBeGreaterThanOrEqual(
      TEST_NOW.getTime(),
    );
    const listed = await sb.api.get<WireCollection<WireUser>>(
      `/v1/customers/${contoso}/users?size=500&filter=${INACTIVE}`,
    );
    expect(listed.body.items.map((u) => u.id)).toContain(lee.id);

    const restored = await sb.api.patch<WireUser>(`/v1/customers/${contoso}/users/${lee.id}`, {
      State: 'active',
      Attributes: { ObjectType: 'CustomerUser' },
    });
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ state: 'active', softDeletionTime: null });
  });

  it('when a user deleted ten days ago is restored, then it is active again', async () => {
    const johanna = await findUser(
      sb.api,
      contoso,
      'johanna.lorenz@contoso.onmicrosoft.com',
      'Inactive',
    );
    expect(TEST_NOW.getTime() - Date.parse(johanna.softDeletionTime ?? '')).toBeLessThan(30 * DAY);
    const res = await sb.api.patch<WireUser>(`/v1/customers/${contoso}/users/${johanna.id}`, {
      state: 'active',
    });
    expect(res.status).toBe(200);
    expect(res.body.state).toBe('active');
  });

  it('when a user deleted more than 30 days ago is restored, then it is refused with a clear reason', async () => {
    const isaiah = await findUser(
      sb.api,
      contoso,
      'isaiah.langer@contoso.onmicrosoft.com',
      'Inactive',
    );
    expect(TEST_NOW.getTime() - Date.parse(isaiah.softDeletionTime ?? '')).toBeGreaterThan(
      30 * DAY,
    );
    const res = await sb.api.patch<PcErrorBody>(`/v1/customers/${contoso}/users/${isaiah.id}`, {
      State: 'active',
    });
    expect(res.status).toBe(400);
    expect(res.body.description).toMatch(/more than 30 days ago/);
    const still = await sb.api.get<WireUser>(`/v1/customers/${contoso}/users/${isaiah.id}`);
    expect(still.body.state).toBe('inactive');
  });

  it('when a user is created, then the answer is 200 with the user and it can be read back', async () => {
    const res = await sb.api.post<WireUser>(`/v1/customers/${contoso}/users`, {
      usageLocation: 'US',
      userPrincipalName: 'jane.doe@contoso.onmicrosoft.com',
      firstName: 'Jane',
      lastName: 'Doe',
      displayName: 'Jane Doe',
      passwordProfile: { password: 'abCD123*xy', forceChangePassword: true },
      attributes: { objectType: 'CustomerUser' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      userPrincipalName: 'jane.doe@contoso.onmicrosoft.com',
      state: 'active',
    });
    const read = await sb.api.get<WireUser>(`/v1/customers/${contoso}/users/${res.body.id}`);
    expect(read.body.displayName).toBe('Jane Doe');
    expect(read.body.passwordProfile).toBeUndefined();
  });

  it('when a user is created on a domain the customer does not own, then 400', async () => {
    const res = await sb.api.post<PcErrorBody>(`/v1/customers/${contoso}/users`, {
      userPrincipalName: 'x@fabrikam.onmicrosoft.com',
      displayName: 'X',
      passwordProfile: { password: 'abCD123*xy' },
    });
    expect(res.status).toBe(400);
    expect(res.body.description).toMatch(/customer's domains/);
  });

  it('when a password is reset, then the answer carries the new password profile', async () => {
    const alex = await findUser(sb.api, contoso, 'alex.wilber@contoso.onmicrosoft.com');
    const res = await sb.api.patch<WireUser>(`/v1/customers/${contoso}/users/${alex.id}`, {
      passwordProfile: { password: 'N3w-Passw0rd!', forceChangePassword: true },
      attributes: { objectType: 'CustomerUser' },
    });
    expect(res.status).toBe(200);
    expect(res.body.passwordProfile).toEqual({
      password: 'N3w-Passw0rd!',
      forceChangePassword: true,
    });
  });

  it('when a weak password is set, then 400', async () => {
    const alex = await findUser(sb.api, contoso, 'alex.wilber@contoso.onmicrosoft.com');
    const res = await sb.api.patch(`/v1/customers/${contoso}/users/${alex.id}`, {
      passwordProfile: { password: 'short' },
    });
    expect(res.status).toBe(400);
  });

  it('when a user display name is updated, then the change is returned', async () => {
    const patti = await findUser(sb.api, contoso, 'patti.fernandez@contoso.onmicrosoft.com');
    const res = await sb.api.patch<WireUser>(`/v1/customers/${contoso}/users/${patti.id}`, {
      DisplayName: 'Patti F.',
    });
    expect(res.body.displayName).toBe('Patti F.');
  });
});

describe('directory roles', () => {
  it('when Contoso Global Administrators are listed, then exactly one member is there: Megan Bowen', async () => {
    const res = await sb.api.get<WireCollection<WireMember>>(
      `/v1/customers/${contoso}/directoryroles/${GLOBAL_ADMIN}/usermembers`,
    );
    expect(res.body.items.map((m) => m.userPrincipalName)).toEqual([
      'megan.bowen@contoso.onmicrosoft.com',
    ]);
  });

  it('when the tenant roles are listed, then they carry Entra names and template ids', async () => {
    const res = await sb.api.get<WireCollection<{ id: string; name: string }>>(
      `/v1/customers/${contoso}/directoryroles`,
    );
    expect(res.body.items).toContainEqual(
      expect.objectContaining({ id: GLOBAL_ADMIN, name: 'Global Administrator' }),
    );
    expect(res.body.items).toHaveLength(12);
  });

  it('when a user is added to a role and removed again, then its roles follow (201, then 204)', async () => {
    const lidia = await findUser(sb.api, contoso, 'lidia.holloway@contoso.onmicrosoft.com');
    const add = await sb.api.post<WireMember>(
      `/v1/customers/${contoso}/directoryroles/${HELPDESK_ADMIN}/usermembers`,
      {
        Id: lidia.id,
        DisplayName: lidia.displayName,
        UserPrincipalName: lidia.userPrincipalName,
        Attributes: { ObjectType: 'UserMember' },
      },
    );
    expect(add.status).toBe(201);
    expect(add.body).toMatchObject({ id: lidia.id, roleId: HELPDESK_ADMIN });
    const roles = await sb.api.get<WireCollection<{ name: string }>>(
      `/v1/customers/${contoso}/users/${lidia.id}/directoryroles`,
    );
    expect(roles.body.items.map((r) => r.name).sort()).toEqual([
      'Exchange Administrator',
      'Helpdesk Administrator',
    ]);
    const removed = await sb.api.delete(
      `/v1/customers/${contoso}/directoryroles/${HELPDESK_ADMIN}/usermembers/${lidia.id}`,
    );
    expect(removed.status).toBe(204);
    expect(removed.text).toBe('');
  });

  it('when the only Global Administrator would be removed, then it is refused', async () => {
    const megan = await findUser(sb.api, contoso, 'megan.bowen@contoso.onmicrosoft.com');
    const res = await sb.api.delete<PcErrorBody>(
      `/v1/customers/${contoso}/directoryroles/${GLOBAL_ADMIN}/usermembers/${megan.id}`,
    );
    expect(res.status).toBe(400);
    expect(res.body.description).toMatch(/at least one Global Administrator/);
  });
});
