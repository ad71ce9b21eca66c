import { beforeAll, describe, expect, it } from 'vitest';
import type { WireCollection } from '../../helpers/sandbox.js';
import {
  button,
  cancelButton,
  confirmButton,
  findUser,
  invokeCard,
  onlyCard,
  tableRowsOf,
  textsOf,
  useWriteAgent,
  writeCounts,
  writesSince,
} from '../../helpers/writes.js';
import { expectNoConfirm } from './users-helpers.js';

// roles.removeMember through the real agent against its sandbox. Contoso Ltd has one Global
// Administrator (Megan Bowen); Alex Wilber is its User Administrator.
const w = useWriteAgent({ customers: ['Contoso Ltd'] });
let roleIds: Record<string, string>;

beforeAll(async () => {
  const roles = await w.pc.get<WireCollection<{ id: string; name: string }>>(
    `/v1/customers/${await w.customerId('Contoso Ltd')}/directoryroles`,
  );
  roleIds = Object.fromEntries(roles.body.items.map((r) => [r.name, r.id]));
});

const upnOf = (alias: string) => `${alias}@contoso.onmicrosoft.com`;

async function membersOf(role: string): Promise<string[]> {
  const res = await w.pc.get<WireCollection<{ userPrincipalName: string }>>(
    `/v1/customers/${await w.customerId('Contoso Ltd')}/directoryroles/${roleIds[role]}/usermembers`,
  );
  return res.body.items.map((m) => m.userPrincipalName);
}

describe('roles.removeMember', () => {
  it('when alex.wilber is removed from User Administrator and the user confirms, then he is no longer a member after exactly one write', async () => {
    const chat = w.agent.conversation();
    expect(await membersOf('User Administrator')).toContain(upnOf('alex.wilber'));
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say(`remove ${upnOf('alex.wilber')} from User Administrator`));
    expect(textsOf(card).slice(0, 2)).toEqual([
      'Remove Alex Wilber from User Administrator',
      `Contoso Ltd · ${upnOf('alex.wilber')}`,
    ]);
    expect(tableRowsOf(card)).toEqual([
      ['What', 'Now', 'After'],
      ['User Administrator', 'Member', 'Not a member'],
    ]);
    expect(textsOf(card)).toContain(
      'Alex Wilber keeps the account; only User Administrator is removed.',
    );
    expect(await writesSince(w.pc, counts)).toEqual({});
    const result = invokeCard(await chat.press(confirmButton(card)));
    expect(textsOf(result)).toEqual(
      expect.arrayContaining([
        'Removed from User Administrator: Alex Wilber',
        'User Administrator: Member → Not a member',
      ]),
    );
    expect(await writesSince(w.pc, counts)).toEqual({ 'roleMember.remove': 1 });
    expect(await membersOf('User Administrator')).not.toContain(upnOf('alex.wilber'));
  });

  it('when the removal is cancelled, then the user keeps the role', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(
      await chat.say(`remove ${upnOf('adele.vance')} from Helpdesk Administrator`),
    );
    const cancelled = invokeCard(await chat.press(cancelButton(card)));
    expect(textsOf(cancelled)[0]).toBe('Cancelled: nothing was changed');
    expect(await writesSince(w.pc, counts)).toEqual({});
    expect(await membersOf('Helpdesk Administrator')).toContain(upnOf('adele.vance'));
  });

  it('when the user does not hold the role, then a card says so and offers no Confirm', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say(`remove ${upnOf('lidia.holloway')} from global admin`));
    expect(textsOf(card)).toEqual([
      'Lidia Holloway is not a Global Administrator',
      'Lidia Holloway holds Exchange Administrator at Contoso Ltd, not Global Administrator, so there is nothing to remove.',
    ]);
    expectNoConfirm(card);
    expect(await writesSince(w.pc, counts)).toEqual({});
  });

  it('when the user is the only Global Administrator, then a card says a tenant must keep one and offers no Confirm', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    expect(await membersOf('Global Administrator')).toEqual([upnOf('megan.bowen')]);
    const card = onlyCard(
      await chat.say(`remove ${upnOf('megan.bowen')} from Global Administrator`),
    );
    expect(textsOf(card)).toEqual([
      'Megan Bowen is the only Global Administrator of Contoso Ltd',
      'A tenant must keep at least one Global Administrator, so Partner Center refuses to remove the last one. Make another user Global Administrator first, then remove Megan Bowen.',
    ]);
    expectNoConfirm(card);
    expect(await writesSince(w.pc, counts)).toEqual({});
  });

  it('when one other Global Administrator would remain, then the card warns that they will be the only one, and Confirm removes the role once', async () => {
    const lee = await findUser(w.pc, await w.customerId('Contoso Ltd'), upnOf('lee.gu'));
    const added = await w.pc.post(
      `/v1/customers/${await w.customerId('Contoso Ltd')}/directoryroles/${roleIds['Global Administrator']}/usermembers`,
      { Id: lee.id, Attributes: { ObjectType: 'UserMember' } },
    );
    expect(added.status).toBe(201);
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(
      await chat.say(`remove ${upnOf('megan.bowen')} from Global Administrator`),
    );
    expect(textsOf(card)).toContain(
      'After this, Lee Gu will be the only Global Administrator of Contoso Ltd.',
    );
    invokeCard(await chat.press(confirmButton(card)));
    expect(await writesSince(w.pc, counts)).toEqual({ 'roleMember.remove': 1 });
    expect(await membersOf('Global Administrator')).toEqual([upnOf('lee.gu')]);
  });

  it('when no role is named, then the roles the user holds are offered as buttons that ask for the removal', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const res = await chat.press({
      type: 'Action.Execute',
      title: 'Remove',
      verb: 'intent',
      data: { intent: 'roles.removeMember', entities: { user: upnOf('patti.fernandez') } },
    });
    const choose = invokeCard(res);
    expect(textsOf(choose)[0]).toBe('Remove Patti Fernandez from which role?');
    const card = invokeCard(await chat.press(button(choose, 'Global Reader')));
    expect(tableRowsOf(card)[1]).toEqual(['Global Reader', 'Member', 'Not a member']);
    expect(await writesSince(w.pc, counts)).toEqual({});
  });
});
