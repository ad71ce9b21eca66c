import { describe, expect, it } from 'vitest';
import {
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

// subscriptions.setQuantity through the real agent against its sandbox.
const w = useWriteAgent({ customers: ['Contoso Ltd'] });

const e3 = async () =>
  findSubscription(w.pc, await w.customerId('Contoso Ltd'), 'Microsoft 365 E3');

describe('subscriptions.setQuantity', () => {
  it('when the user sets Microsoft 365 E3 to 30 seats and confirms, then the card shows 25 → 30 and the sandbox holds 30 after exactly one write', async () => {
    const chat = w.agent.conversation();
    const before = await e3();
    expect(before.quantity).toBe(25);
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say('set Microsoft 365 E3 for Contoso Ltd to 30 seats'));
    expect(tableRowsOf(card)).toEqual([
      ['What', 'Now', 'After'],
      ['Seats', '25', '30'],
    ]);
    expect(await writesSince(w.pc, counts)).toEqual({});
    const result = invokeCard(await chat.press(confirmButton(card)));
    expect(textsOf(result)).toEqual(expect.arrayContaining(['Seats: 25 → 30']));
    expect(await writesSince(w.pc, counts)).toEqual({ 'subscription.update': 1 });
    expect((await e3()).quantity).toBe(30);

    // A second press of the same Confirm does nothing more.
    const again = invokeCard(await chat.press(confirmButton(card)));
    expect(textsOf(again).join(' ')).toContain('already done');
    expect(await writesSince(w.pc, counts)).toEqual({ 'subscription.update': 1 });
  });

  it('when the user adds 2 seats and cancels, then nothing changes in the sandbox', async () => {
    const chat = w.agent.conversation();
    const start = (await e3()).quantity;
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say('add 2 seats of E3 for Contoso Ltd'));
    expect(tableRowsOf(card)[1]).toEqual(['Seats', String(start), String(start + 2)]);
    const cancelled = invokeCard(await chat.press(cancelButton(card)));
    expect(textsOf(cancelled)[0]).toBe('Cancelled: nothing was changed');
    const late = invokeCard(await chat.press(confirmButton(card)));
    expect(textsOf(late)[0]).toBe('This change was cancelled');
    expect(await writesSince(w.pc, counts)).toEqual({});
    expect((await e3()).quantity).toBe(start);
  });

  it('when the user types "yes" after a confirmation card, then the newest pending change is made once', async () => {
    const chat = w.agent.conversation();
    const start = (await e3()).quantity;
    const counts = await writeCounts(w.pc);
    onlyCard(await chat.say('add 1 seat of E3 for Contoso Ltd'));
    const done = onlyCard(await chat.say('yes'));
    expect(textsOf(done)).toEqual(expect.arrayContaining([`Seats: ${start} → ${start + 1}`]));
    const nothing = onlyCard(await chat.say('yes'));
    expect(textsOf(nothing)[0]).toBe('Nothing to confirm');
    expect(await writesSince(w.pc, counts)).toEqual({ 'subscription.update': 1 });
  });

  it.each([
    [
      'set Microsoft 365 E3 for Contoso Ltd to 0 seats',
      'Microsoft 365 E3 cannot have 0 seats',
      'The offer allows 1 to 5000 seats',
    ],
    [
      'remove 1000 seats of E3 for Contoso Ltd',
      'so 1000 cannot be removed',
      'The offer allows 1 to 5000 seats',
    ],
    [
      'set Microsoft 365 E3 for Contoso Ltd to 6000 seats',
      'Microsoft 365 E3 cannot have 6000 seats',
      'The offer allows 1 to 5000 seats',
    ],
    [
      'reduce Microsoft 365 E3 at Contoso Ltd by 2',
      'Microsoft 365 E3 cannot be reduced now',
      'only within 7 days (168 hours)',
    ],
    [
      'add 2 seats of Microsoft Teams Essentials for Contoso Ltd',
      'Microsoft Teams Essentials is suspended',
      'Reactivate it first',
    ],
  ])(
    'when the user asks "%s", then a card explains the rule, offers no Confirm and nothing is written',
    async (text, title, rule) => {
      const chat = w.agent.conversation();
      const counts = await writeCounts(w.pc);
      const card = onlyCard(await chat.say(text));
      const texts = textsOf(card).join(' ');
      expect(texts).toContain(title);
      expect(texts).toContain(rule);
      expect(JSON.stringify(card)).not.toContain('"verb":"confirm"');
      expect(await writesSince(w.pc, counts)).toEqual({});
    },
  );
});
