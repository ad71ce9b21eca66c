import { describe, expect, it } from 'vitest';
import { collectAll } from '../../../../src/partner-center/index.js';
import { collection } from '../../../helpers/scripted-fetch.js';
import { jsonBody, readSample } from '../samples.js';
import { createTestClient } from '../test-client.js';

describe('directoryRoles', () => {
  it('when roles of a customer and of a user are listed, then the documented routes are called', async () => {
    const { client, pc } = createTestClient([
      { body: readSample('directoryroles.json') },
      { body: readSample('directoryroles.json') },
    ]);
    const roles = await collectAll(client.directoryRoles.list('c1'));
    await collectAll(client.directoryRoles.listForUser('c1', 'u1'));
    expect(roles.map((r) => r.name)).toEqual([
      'Helpdesk Administrator',
      'User Account Administrator',
    ]);
    expect(pc.transcript).toEqual([
      'GET /v1/customers/c1/directoryroles -> 200',
      'GET /v1/customers/c1/users/u1/directoryroles -> 200',
    ]);
  });

  it('when role members span pages, then the seek link is followed with its continuation token', async () => {
    const member = {
      id: 'm1',
      displayName: 'Megan',
      roleId: 'r1',
      attributes: { objectType: 'UserMember' },
    };
    const { client, pc } = createTestClient([
      {
        body: collection([member], {
          uri: '/customers/c1/directoryroles/r1/usermembers?size=500&seekOperation=Next',
          continuationToken: 'm-2',
        }),
      },
      { body: collection([{ ...member, id: 'm2' }]) },
    ]);
    const members = await collectAll(client.directoryRoles.listMembers('c1', 'r1'));
    expect(members.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(pc.calls[1]).toMatchObject({
      path: '/v1/customers/c1/directoryroles/r1/usermembers?size=500&seekOperation=Next',
      headers: { 'ms-continuationtoken': 'm-2' },
    });
  });

  it('when a member is added, then the documented body is POSTed and the 201 member returned', async () => {
    const { client, pc } = createTestClient([
      { status: 201, body: readSample('directoryrole-usermember-add.json') },
    ]);
    const member = await client.directoryRoles.addMember('c1', 'f023fd81', {
      id: 'a9ef48bb-8758-4590-a312-d4a47bfaded4',
      displayName: 'Daniel Tsai',
      userPrincipalName: 'Daniel@dtdemocspcustomer005.onmicrosoft.com',
    });
    expect(jsonBody(pc.calls[0])).toEqual(readSample('directoryrole-usermember-add-request.json'));
    expect(member.roleId).toBe('f023fd81-a637-4b56-95fd-791ac0226033');
  });

  it('when a member is removed, then DELETE …/usermembers/{userId} answers 204', async () => {
    const { client, pc } = createTestClient([{ status: 204 }]);
    await client.directoryRoles.removeMember('c1', 'r1', 'u1');
    expect(pc.transcript).toEqual([
      'DELETE /v1/customers/c1/directoryroles/r1/usermembers/u1 -> 204',
    ]);
  });
});
