import { describe, expect, it } from 'vitest';
import { collectAll } from '../../../../src/partner-center/index.js';
import { jsonBody, keyPaths, readSample } from '../samples.js';
import { createTestClient } from '../test-client.js';

const lower = (paths: string[]) => paths.map((p) => p.toLowerCase()).sort();
const isPascal = (paths: string[]) =>
  paths.every((p) => p.split('.').every((k) => /^[A-Z]/.test(k)));

describe('users', () => {
  it('when users are listed, then 500 a page are asked for and the documented page parses', async () => {
    const { client, pc } = createTestClient([{ body: readSample('users-list.json') }]);
    const users = await collectAll(client.users.list('c1'));
    expect(users.map((u) => u.userPrincipalName)).toEqual([
      'Daniel@dtdemocspcustomer005.onmicrosoft.com',
      'admin@dtdemocspcustomer005.onmicrosoft.com',
    ]);
    expect(pc.transcript).toEqual(['GET /v1/customers/c1/users?size=500 -> 200']);
  });

  it('when deleted users are listed, then the UserState equals Inactive filter is sent', async () => {
    const { client, pc } = createTestClient([{ body: readSample('users-deleted-list.json') }]);
    const deleted = await collectAll(client.users.listDeleted('c1'));
    expect(deleted[0]?.state).toBe('inactive');
    expect(JSON.parse(new URL(pc.calls[0]!.url).searchParams.get('filter') ?? '')).toEqual({
      Field: 'UserState',
      Value: 'Inactive',
      Operator: 'equals',
    });
  });

  it('when a user is created, then the body has the documented fields in PascalCase', async () => {
    const { client, pc } = createTestClient([{ body: readSample('user-create.json') }]);
    const user = await client.users.create('c1', {
      usageLocation: 'country/region code',
      userPrincipalName: 'userid@domain.onmicrosoft.com',
      firstName: 'First',
      lastName: 'Last',
      displayName: 'User name',
      immutableId: 'Some unique ID',
      passwordProfile: { password: 'abCD123*', forceChangePassword: true },
    });
    const sent = keyPaths(jsonBody(pc.calls[0]));
    expect(pc.transcript).toEqual(['POST /v1/customers/c1/users -> 200']);
    expect(lower(sent)).toEqual(lower(keyPaths(readSample('user-create-request.json'))));
    expect(isPascal(sent)).toBe(true);
    expect(user.id).toBe('4b10bf41-ab11-40e3-8c53-cd67849b50de');
  });

  it('when a user is updated, then only the changed fields and the object type are PATCHed', async () => {
    const { client, pc } = createTestClient([{ body: readSample('user-update.json') }]);
    await client.users.update('c1', 'u1', { usageLocation: 'new country/region code' });
    expect(pc.transcript).toEqual(['PATCH /v1/customers/c1/users/u1 -> 200']);
    expect(lower(keyPaths(jsonBody(pc.calls[0])))).toEqual(
      lower(keyPaths(readSample('user-update-request.json'))),
    );
  });

  it('when a user is restored, then the body is exactly the documented restore request', async () => {
    const { client, pc } = createTestClient([{ body: readSample('user-restore.json') }]);
    const user = await client.users.restore('c1', 'u1');
    expect(jsonBody(pc.calls[0])).toEqual(readSample('user-restore-request.json'));
    expect(user.state).toBe('active');
  });

  it('when a password is reset, then PasswordProfile is PATCHed', async () => {
    const { client, pc } = createTestClient([{ body: readSample('user-get.json') }]);
    await client.users.resetPassword('c1', 'u1', {
      password: 'N3w-Pass!',
      forceChangePassword: true,
    });
    expect(jsonBody(pc.calls[0])).toEqual({
      PasswordProfile: { Password: 'N3w-Pass!', ForceChangePassword: true },
      Attributes: { ObjectType: 'CustomerUser' },
    });
  });

  it('when a user is deleted, then DELETE answers 204 and the call resolves', async () => {
    const { client, pc } = createTestClient([{ status: 204 }]);
    await expect(client.users.delete('c1', 'u1')).resolves.toBeUndefined();
    expect(pc.transcript).toEqual(['DELETE /v1/customers/c1/users/u1 -> 204']);
  });
});
