import { describe, expect, it } from 'vitest';
import {
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

// users.delete and users.restore through the real agent against its sandbox (TEST_NOW is
// 2026-03-15, so a user deleted now is restorable until 2026-04-14).
const w = useWriteAgent({ customers: ['Contoso Ltd'] });

const upnOf = (alias: string) => `${alias}@contoso.onmicrosoft.com`;
const active = async (alias: string) =>
  findUser(w.pc, await w.customerId('Contoso Ltd'), upnOf(alias));
const deleted = async (alias: string) =>
  findUser(w.pc, await w.customerId('Contoso Ltd'), upnOf(alias), 'Inactive');

describe('users.delete', () => {
  it('when the user deletes lee.gu and confirms, then the card explains the 30 days, and the sandbox has Lee Gu deleted after exactly one write', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say(`delete user ${upnOf('lee.gu')}`));
    const texts = textsOf(card);
    expect(texts.slice(0, 2)).toEqual(['Delete user Lee Gu', `Contoso Ltd · ${upnOf('lee.gu')}`]);
    expect(tableRowsOf(card)).toEqual([
      ['What', 'Now', 'After'],
      ['State', 'Active', 'Deleted'],
    ]);
    expect(texts).toContain('Restorable until: 2026-04-14');
    expect(texts).toContain(
      `Lee Gu can no longer sign in. Partner Center keeps a deleted user for 30 days: you can restore it until 2026-04-14 ("restore ${upnOf('lee.gu')}"); after that it is removed for good.`,
    );
    expect(await writesSince(w.pc, counts)).toEqual({});
    const result = invokeCard(await chat.press(confirmButton(card)));
    expect(textsOf(result)).toEqual(
      expect.arrayContaining(['User deleted: Lee Gu', 'State: Active → Deleted']),
    );
    expect(await writesSince(w.pc, counts)).toEqual({ 'user.delete': 1 });
    expect(await deleted('lee.gu')).toMatchObject({
      state: 'inactive',
      softDeletionTime: expect.stringMatching(/^2026-03-15T12:/),
    });
  });

  it('when the delete is cancelled, then the user stays active', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say(`delete user ${upnOf('nestor.wilke')}`));
    const cancelled = invokeCard(await chat.press(cancelButton(card)));
    expect(textsOf(cancelled)[0]).toBe('Cancelled: nothing was changed');
    expect(await writesSince(w.pc, counts)).toEqual({});
    expect((await active('nestor.wilke')).state).toBe('active');
  });

  it('when the user is deleted already, then a card says until when it can be restored and offers Restore, not Confirm', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say(`delete user ${upnOf('johanna.lorenz')}`));
    expect(textsOf(card)).toEqual([
      'Johanna Lorenz is already deleted',
      'Deleted on 2026-03-05; it can be restored until 2026-04-04.',
    ]);
    expectNoConfirm(card);
    expect(await writesSince(w.pc, counts)).toEqual({});
  });
});

describe('users.restore', () => {
  it('when the user restores johanna.lorenz and confirms, then the card shows Deleted → Active and the sandbox has her active after exactly one write', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say(`restore ${upnOf('johanna.lorenz')}`));
    const texts = textsOf(card);
    expect(texts[0]).toBe('Restore user Johanna Lorenz');
    expect(tableRowsOf(card)).toEqual([
      ['What', 'Now', 'After'],
      ['State', 'Deleted', 'Active'],
    ]);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Deleted on: 2026-03-05',
        'Restorable until: 2026-04-04 (20 days left)',
      ]),
    );
    const result = invokeCard(await chat.press(confirmButton(card)));
    expect(textsOf(result)).toEqual(
      expect.arrayContaining(['User restored: Johanna Lorenz', 'State: Deleted → Active']),
    );
    expect(await writesSince(w.pc, counts)).toEqual({ 'user.restore': 1 });
    expect(await active('johanna.lorenz')).toMatchObject({
      state: 'active',
      softDeletionTime: null,
    });
  });

  it('when a user deleted in this conversation is restored, then it is active again', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    invokeCard(
      await chat.press(
        confirmButton(onlyCard(await chat.say(`delete user ${upnOf('grady.archie')}`))),
      ),
    );
    const card = onlyCard(await chat.say(`restore ${upnOf('grady.archie')}`));
    expect(textsOf(card)).toContain('Restorable until: 2026-04-14 (30 days left)');
    invokeCard(await chat.press(confirmButton(card)));
    expect(await writesSince(w.pc, counts)).toEqual({ 'user.delete': 1, 'user.restore': 1 });
    expect((await active('grady.archie')).state).toBe('active');
  });

  it('when the restore is cancelled, then the user stays deleted', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say(`restore ${upnOf('joni.sherman')}`));
    const cancelled = invokeCard(await chat.press(cancelButton(card)));
    expect(textsOf(cancelled)[0]).toBe('Cancelled: nothing was changed');
    expect(await writesSince(w.pc, counts)).toEqual({});
    expect((await deleted('joni.sherman')).state).toBe('inactive');
  });

  it('when the user is active, then a card says there is nothing to restore', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say(`restore ${upnOf('adele.vance')}`));
    expect(textsOf(card)[0]).toBe('Adele Vance is not deleted');
    expectNoConfirm(card);
    expect(await writesSince(w.pc, counts)).toEqual({});
  });

  it('when the user was deleted more than 30 days ago, then a card says it can no longer be restored', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say(`restore ${upnOf('isaiah.langer')}`));
    expect(textsOf(card)).toEqual([
      'Isaiah Langer can no longer be restored',
      'It was deleted on 2026-01-29, more than 30 days ago, and Partner Center restores a user only within 30 days. Create the user again instead.',
    ]);
    expectNoConfirm(card);
    expect(await writesSince(w.pc, counts)).toEqual({});
  });
});
