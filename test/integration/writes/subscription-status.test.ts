import { describe, expect, it } from 'vitest';
import {
  actionsOf,
  button,
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

// subscriptions.suspend / subscriptions.reactivate through the real agent against its sandbox.
const w = useWriteAgent({ customers: ['Contoso Ltd'] });

const sub = async (offerName: string) =>
  findSubscription(w.pc, await w.customerId('Contoso Ltd'), offerName);
const titles = (card: unknown) => actionsOf(card).map((a) => a.title);
const text = (card: unknown) => textsOf(card).join(' ');

/** Sets a subscription's status directly in the sandbox, as someone else would. */
async function setStatusDirectly(offerName: string, status: 'active' | 'suspended') {
  const s = await sub(offerName);
  const res = await w.pc.patch(
    `/v1/customers/${await w.customerId('Contoso Ltd')}/subscriptions/${s.id}`,
    { ...s, status },
    { headers: { 'If-Match': s.attributes.etag } },
  );
  expect(res.status).toBe(200);
}

describe('subscriptions.suspend', () => {
  it('when the user suspends Power BI Pro and confirms, then the card explains access and billing, and the sandbox shows it suspended with the same seats after exactly one write', async () => {
    const chat = w.agent.conversation();
    const before = await sub('Power BI Pro');
    expect(before.status).toBe('active');
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say("suspend Contoso Ltd's Power BI Pro subscription"));
    expect(textsOf(card)[0]).toBe('Suspend Power BI Pro');
    expect(tableRowsOf(card)).toEqual([
      ['What', 'Now', 'After'],
      ['Status', 'Active', 'Suspended'],
    ]);
    expect(text(card)).toContain("Contoso Ltd's users cannot sign in to or use it");
    expect(text(card)).toContain('Microsoft keeps billing you for it while it is suspended');
    expect(text(card)).toContain(`The seats stay at ${before.quantity}`);
    expect(await writesSince(w.pc, counts)).toEqual({});

    const done = invokeCard(await chat.press(confirmButton(card)));
    expect(textsOf(done)[0]).toBe('Suspended: Power BI Pro');
    expect(textsOf(done)).toEqual(expect.arrayContaining(['Status: Active → Suspended']));
    expect(await writesSince(w.pc, counts)).toEqual({ 'subscription.update': 1 });
    const after = await sub('Power BI Pro');
    expect(after.status).toBe('suspended');
    expect(after.quantity).toBe(before.quantity);
  });

  it('when the user asks to suspend Microsoft 365 E3 and cancels, then nothing changes in the sandbox', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say('suspend Microsoft 365 E3 for Contoso Ltd'));
    expect(tableRowsOf(card)[1]).toEqual(['Status', 'Active', 'Suspended']);
    const cancelled = invokeCard(await chat.press(cancelButton(card)));
    expect(textsOf(cancelled)[0]).toBe('Cancelled: nothing was changed');
    expect(await writesSince(w.pc, counts)).toEqual({});
    expect((await sub('Microsoft 365 E3')).status).toBe('active');
  });

  it('when the subscription has add-ons, then the card names them and says they depend on it', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say('suspend Office 365 E1 for Contoso Ltd'));
    expect(text(card)).toContain(
      'Add-ons depend on it: Exchange Online Archiving for Exchange Online.',
    );
    // A legacy offer: the 90-day data rule, and no billing rule invented.
    expect(text(card)).toContain('reactivated within 90 days');
    expect(text(card)).toContain('Partner Center documents no billing rule');
    invokeCard(await chat.press(cancelButton(card)));
    expect(await writesSince(w.pc, counts)).toEqual({});
  });

  it('when the subscription is already suspended, then the card says so, offers Reactivate instead of Confirm and writes nothing', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say('suspend Teams Essentials for Contoso Ltd'));
    expect(textsOf(card).slice(0, 2)).toEqual([
      'Microsoft Teams Essentials is already suspended',
      'Nothing to change.',
    ]);
    expect(titles(card)).not.toContain('Confirm');
    expect(titles(card)).toContain('Reactivate Microsoft Teams Essentials');
    expect(await writesSince(w.pc, counts)).toEqual({});
  });

  it('when the subscription is deleted, then the card says only an active one can be suspended', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say('suspend Exchange Online Plan 1 for Contoso Ltd'));
    expect(textsOf(card).slice(0, 2)).toEqual([
      'Exchange Online (Plan 1) is deleted',
      'Only an active subscription can be suspended.',
    ]);
    expect(titles(card)).not.toContain('Confirm');
    expect(await writesSince(w.pc, counts)).toEqual({});
  });
});

describe('subscriptions.reactivate', () => {
  it('when the user reactivates the suspended Teams Essentials and confirms, then the sandbox shows it active after exactly one write', async () => {
    const chat = w.agent.conversation();
    const before = await sub('Microsoft Teams Essentials');
    expect(before.status).toBe('suspended');
    const counts = await writeCounts(w.pc);
    const card = onlyCard(
      await chat.say('reactivate the suspended Teams Essentials for Contoso Ltd'),
    );
    expect(textsOf(card)[0]).toBe('Reactivate Microsoft Teams Essentials');
    expect(tableRowsOf(card)).toEqual([
      ['What', 'Now', 'After'],
      ['Status', 'Suspended', 'Active'],
    ]);
    expect(text(card)).toContain("Contoso Ltd's users can use it again");
    const done = invokeCard(await chat.press(confirmButton(card)));
    expect(textsOf(done)).toEqual(expect.arrayContaining(['Status: Suspended → Active']));
    expect(await writesSince(w.pc, counts)).toEqual({ 'subscription.update': 1 });
    const after = await sub('Microsoft Teams Essentials');
    expect(after.status).toBe('active');
    expect(after.quantity).toBe(before.quantity);
  });

  it('when the user asks to reactivate and cancels, then the subscription stays suspended', async () => {
    const chat = w.agent.conversation();
    expect((await sub('Power BI Pro')).status).toBe('suspended');
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say('reactivate Power BI Pro for Contoso Ltd'));
    expect(tableRowsOf(card)[1]).toEqual(['Status', 'Suspended', 'Active']);
    invokeCard(await chat.press(cancelButton(card)));
    expect(await writesSince(w.pc, counts)).toEqual({});
    expect((await sub('Power BI Pro')).status).toBe('suspended');
  });

  it('when the subscription is active, then the card says there is nothing to change and offers no Confirm', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say('reactivate Microsoft 365 E3 for Contoso Ltd'));
    expect(textsOf(card).slice(0, 2)).toEqual([
      'Microsoft 365 E3 is already active',
      'Nothing to change.',
    ]);
    expect(titles(card)).not.toContain('Confirm');
    expect(await writesSince(w.pc, counts)).toEqual({});
  });

  it('when the subscription is deleted, then the card says it cannot come back and offers no Confirm', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say('reactivate Exchange Online Plan 1 for Contoso Ltd'));
    expect(textsOf(card)[0]).toBe('Exchange Online (Plan 1) is deleted');
    expect(text(card)).toContain('Only a suspended subscription can be reactivated');
    expect(titles(card)).not.toContain('Confirm');
    expect(await writesSince(w.pc, counts)).toEqual({});
  });

  it('when an add-on is reactivated while its parent is suspended, then the card explains the parent must be active first and offers no Confirm; after the parent is reactivated, the add-on is', async () => {
    await setStatusDirectly('Exchange Online Archiving for Exchange Online', 'suspended');
    await setStatusDirectly('Office 365 E1', 'suspended');
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);

    const card = onlyCard(await chat.say('reactivate Exchange Online Archiving for Contoso Ltd'));
    expect(textsOf(card).slice(0, 2)).toEqual([
      'Exchange Online Archiving for Exchange Online cannot be reactivated while Office 365 E1 is suspended',
      'Exchange Online Archiving for Exchange Online is an add-on of Office 365 E1, and Partner Center reactivates an add-on only while its parent subscription is active. Reactivate Office 365 E1 first, then Exchange Online Archiving for Exchange Online.',
    ]);
    expect(titles(card)).not.toContain('Confirm');
    expect(await writesSince(w.pc, counts)).toEqual({});

    // Its button proposes reactivating the parent, whose card names the add-on left suspended.
    const parentCard = invokeCard(await chat.press(button(card, 'Reactivate Office 365 E1')));
    expect(tableRowsOf(parentCard)[1]).toEqual(['Status', 'Suspended', 'Active']);
    expect(text(parentCard)).toContain(
      'Its suspended add-ons stay suspended until each is reactivated: Exchange Online Archiving for Exchange Online (suspended).',
    );
    invokeCard(await chat.press(confirmButton(parentCard)));
    expect(await writesSince(w.pc, counts)).toEqual({ 'subscription.update': 1 });
    expect((await sub('Office 365 E1')).status).toBe('active');

    const addOnCard = onlyCard(
      await chat.say('reactivate Exchange Online Archiving for Contoso Ltd'),
    );
    invokeCard(await chat.press(confirmButton(addOnCard)));
    expect(await writesSince(w.pc, counts)).toEqual({ 'subscription.update': 2 });
    expect((await sub('Exchange Online Archiving for Exchange Online')).status).toBe('active');
  });
});
