import { describe, expect, it } from 'vitest';
import {
  actionsOf,
  cancelButton,
  confirmButton,
  findSubscription,
  invokeCard,
  onlyCard,
  tableRowsOf,
  textsOf,
  useWriteAgent,
  writeCounts,
  writesSince,
} from '../../helpers/writes.js';

// subscriptions.rename through the real agent against its sandbox.
const w = useWriteAgent({ customers: ['Contoso Ltd'] });

const e1 = async () => findSubscription(w.pc, await w.customerId('Contoso Ltd'), 'Office 365 E1');
const titles = (card: unknown) => actionsOf(card).map((a) => a.title);

describe('subscriptions.rename', () => {
  it('when the user renames Office 365 E1 to Frontline and confirms, then the card shows the nickname before → after and the sandbox holds it after exactly one write', async () => {
    const chat = w.agent.conversation();
    const before = await e1();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(
      await chat.say("rename Contoso Ltd's Office 365 E1 subscription to Frontline"),
    );
    expect(textsOf(card)[0]).toBe('Rename Office 365 E1');
    expect(textsOf(card).join(' ')).toContain('Contoso Ltd');
    expect(tableRowsOf(card)).toEqual([
      ['What', 'Now', 'After'],
      ['Nickname', before.friendlyName, 'Frontline'],
    ]);
    expect(await writesSince(w.pc, counts)).toEqual({});
    const done = invokeCard(await chat.press(confirmButton(card)));
    expect(textsOf(done)).toEqual(
      expect.arrayContaining([`Nickname: ${before.friendlyName} → Frontline`]),
    );
    expect(await writesSince(w.pc, counts)).toEqual({ 'subscription.update': 1 });
    const after = await e1();
    expect(after.friendlyName).toBe('Frontline');
    expect(after.quantity).toBe(before.quantity);
    expect(after.status).toBe(before.status);
  });

  it('when the user asks for a rename and cancels, then nothing changes in the sandbox', async () => {
    const chat = w.agent.conversation();
    const before = await e1();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say('rename Office 365 E1 for Contoso Ltd to Desk workers'));
    expect(tableRowsOf(card)[1]).toEqual(['Nickname', before.friendlyName, 'Desk workers']);
    const cancelled = invokeCard(await chat.press(cancelButton(card)));
    expect(textsOf(cancelled)[0]).toBe('Cancelled: nothing was changed');
    expect(await writesSince(w.pc, counts)).toEqual({});
    expect((await e1()).friendlyName).toBe(before.friendlyName);
  });

  it('when the new nickname is the current one, then the card says there is nothing to change and offers no Confirm', async () => {
    const chat = w.agent.conversation();
    const current = (await e1()).friendlyName;
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say(`rename Office 365 E1 for Contoso Ltd to ${current}`));
    expect(textsOf(card).slice(0, 2)).toEqual([
      `Office 365 E1 is already called "${current}"`,
      'Nothing to change.',
    ]);
    expect(titles(card)).not.toContain('Confirm');
    expect(await writesSince(w.pc, counts)).toEqual({});
  });

  it('when the new nickname is longer than 128 characters, then a card says so and nothing is written', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const long = 'Frontline'.repeat(15);
    const card = onlyCard(await chat.say(`rename Office 365 E1 for Contoso Ltd to ${long}`));
    expect(textsOf(card)[0]).toBe('That nickname is too long');
    expect(textsOf(card).join(' ')).toContain('at most 128 characters');
    expect(textsOf(card).join(' ')).toContain(`has ${long.length}`);
    expect(titles(card)).not.toContain('Confirm');
    expect(await writesSince(w.pc, counts)).toEqual({});
  });

  it('when no new nickname is given, then a card asks for one and nothing is written', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say("rename Contoso Ltd's Office 365 E1 to ''"));
    expect(textsOf(card)[0]).toMatch(/^What should .*Office 365 E1.* be called\?$/);
    expect(textsOf(card).join(' ')).toContain('1 to 128 characters');
    expect(titles(card)).not.toContain('Confirm');
    expect(await writesSince(w.pc, counts)).toEqual({});
  });

  it('when the nickname is changed in Partner Center between the card and Confirm, then Confirm shows a new card saying what changed, and its Confirm renames once', async () => {
    const chat = w.agent.conversation();
    const before = await e1();
    const card = onlyCard(await chat.say('rename Office 365 E1 for Contoso Ltd to Field staff'));
    expect(tableRowsOf(card)[1]).toEqual(['Nickname', before.friendlyName, 'Field staff']);

    // Someone else renames it directly, with the current etag.
    const direct = await w.pc.patch(
      `/v1/customers/${await w.customerId('Contoso Ltd')}/subscriptions/${before.id}`,
      { ...before, friendlyName: 'Night shift' },
      { headers: { 'If-Match': before.attributes.etag } },
    );
    expect(direct.status).toBe(200);
    const counts = await writeCounts(w.pc);

    const again = invokeCard(await chat.press(confirmButton(card)));
    expect(textsOf(again).join(' ')).toContain(
      `Since the first card was drawn, Partner Center changed: Nickname ${before.friendlyName} → Night shift.`,
    );
    expect(tableRowsOf(again)[1]).toEqual(['Nickname', 'Night shift', 'Field staff']);
    expect(await writesSince(w.pc, counts)).toEqual({});
    expect((await e1()).friendlyName).toBe('Night shift');

    const done = invokeCard(await chat.press(confirmButton(again)));
    expect(textsOf(done)).toEqual(expect.arrayContaining(['Nickname: Night shift → Field staff']));
    expect(await writesSince(w.pc, counts)).toEqual({ 'subscription.update': 1 });
    expect((await e1()).friendlyName).toBe('Field staff');

    // The first card is replaced: pressing it again changes nothing.
    const old = invokeCard(await chat.press(confirmButton(card)));
    expect(textsOf(old)[0]).toMatch(/already done|replaced/);
    expect(await writesSince(w.pc, counts)).toEqual({ 'subscription.update': 1 });
  });
});
