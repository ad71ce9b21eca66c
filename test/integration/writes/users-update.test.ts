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

// users.update through the real agent against its sandbox: one field, before → after.
const w = useWriteAgent({ customers: ['Contoso Ltd'] });

const user = async (alias: string) =>
  findUser(w.pc, await w.customerId('Contoso Ltd'), `${alias}@contoso.onmicrosoft.com`);

describe('users.update', () => {
  it('when the user changes the display name of alex.wilber and confirms, then the card shows Alex Wilber → Alex W. and the sandbox holds it after exactly one write', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(
      await chat.say('change the display name of alex.wilber@contoso.onmicrosoft.com to Alex W.'),
    );
    expect(textsOf(card).slice(0, 2)).toEqual([
      'Change the display name of Alex Wilber',
      'Contoso Ltd · alex.wilber@contoso.onmicrosoft.com',
    ]);
    expect(tableRowsOf(card)).toEqual([
      ['What', 'Now', 'After'],
      ['Display name', 'Alex Wilber', 'Alex W.'],
    ]);
    expect(await writesSince(w.pc, counts)).toEqual({});
    const result = invokeCard(await chat.press(confirmButton(card)));
    expect(textsOf(result)).toEqual(
      expect.arrayContaining([
        'Display name changed: Alex W.',
        'Display name: Alex Wilber → Alex W.',
      ]),
    );
    expect(await writesSince(w.pc, counts)).toEqual({ 'user.update': 1 });
    expect(await user('alex.wilber')).toMatchObject({
      displayName: 'Alex W.',
      firstName: 'Alex',
      lastName: 'Wilber',
    });
  });

  it('when the user changes the first name of lee.gu and cancels, then nothing changes', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(
      await chat.say('change the first name of lee.gu@contoso.onmicrosoft.com to Leo'),
    );
    expect(tableRowsOf(card)[1]).toEqual(['First name', 'Lee', 'Leo']);
    expect(textsOf(card)).toContain(
      'The display name stays Lee Gu; change it too if it should follow.',
    );
    const cancelled = invokeCard(await chat.press(cancelButton(card)));
    expect(textsOf(cancelled)[0]).toBe('Cancelled: nothing was changed');
    expect(await writesSince(w.pc, counts)).toEqual({});
    expect((await user('lee.gu')).firstName).toBe('Lee');
  });

  it('when the usage location is set to "Germany", then it is sent as DE and shown with its name', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(
      await chat.say('set the usage location of adele.vance@contoso.onmicrosoft.com to Germany'),
    );
    expect(tableRowsOf(card)[1]).toEqual(['Usage location', 'US (United States)', 'DE (Germany)']);
    invokeCard(await chat.press(confirmButton(card)));
    expect(await writesSince(w.pc, counts)).toEqual({ 'user.update': 1 });
    expect((await user('adele.vance')).usageLocation).toBe('DE');
  });

  it('when a phone number is set on a user without one, then the card shows (not set) → the number', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(
      await chat.say(
        'change the phone number of nestor.wilke@contoso.onmicrosoft.com to +1 425 555 0199',
      ),
    );
    expect(tableRowsOf(card)[1]).toEqual(['Phone number', '(not set)', '+1 425 555 0199']);
    invokeCard(await chat.press(confirmButton(card)));
    expect(await writesSince(w.pc, counts)).toEqual({ 'user.update': 1 });
    const res = await w.pc.get<{ phoneNumber?: string }>(
      `/v1/customers/${await w.customerId('Contoso Ltd')}/users/${(await user('nestor.wilke')).id}`,
    );
    expect(res.body.phoneNumber).toBe('+1 425 555 0199');
  });

  it('when the field is not one a user has, then a card lists the fields that can be changed and nothing is written', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(
      await chat.say('change the favourite color of lee.gu@contoso.onmicrosoft.com to blue'),
    );
    const texts = textsOf(card);
    expect(texts[0]).toBe('What should change on Lee Gu?');
    expect(texts[1]).toContain(
      "I can change a user's display name, first name, last name, usage location, phone number.",
    );
    expectNoConfirm(card);
    expect(await writesSince(w.pc, counts)).toEqual({});
  });

  it('when the e-mail address is to change, then the card says it is the sign-in name and lists what can be changed', async () => {
    const chat = w.agent.conversation();
    const card = onlyCard(
      await chat.say('change the email of lee.gu@contoso.onmicrosoft.com to lee@contoso.com'),
    );
    const texts = textsOf(card);
    expect(texts[0]).toBe('"email" is not something I can change on a user');
    expect(texts[1]).toContain('its sign-in name (user principal name)');
    expectNoConfirm(card);
  });

  it('when the new value is not a country or equals the current one, then a card says so and offers no Confirm', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const bad = onlyCard(
      await chat.say('change the usage location of lee.gu@contoso.onmicrosoft.com to Atlantis'),
    );
    expect(textsOf(bad)).toEqual(
      expect.arrayContaining([
        '"Atlantis" is not a country; give a 2-letter code such as US, GB or DE.',
      ]),
    );
    expectNoConfirm(bad);
    const same = onlyCard(
      await chat.say('change the last name of lee.gu@contoso.onmicrosoft.com to Gu'),
    );
    expect(textsOf(same)[0]).toBe('The last name is already Gu');
    expectNoConfirm(same);
    expect(await writesSince(w.pc, counts)).toEqual({});
  });

  it('when the user is deleted, then it cannot be changed until restored', async () => {
    const chat = w.agent.conversation();
    const card = onlyCard(
      await chat.say(
        'change the display name of johanna.lorenz@contoso.onmicrosoft.com to Jo Lorenz',
      ),
    );
    expect(textsOf(card)).toEqual([
      'Johanna Lorenz is deleted',
      'A deleted user cannot be changed. Restore it first ("restore johanna.lorenz@contoso.onmicrosoft.com").',
    ]);
    expectNoConfirm(card);
  });
});
