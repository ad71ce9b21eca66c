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
import {
  expectNoConfirm,
  inputOf,
  passwordOn,
  replyText,
  startWatchedAgent,
  submitForm,
  type WatchedAgent,
} from './users-helpers.js';

// users.create through the real agent against its sandbox: a form, its checks, the
// confirmation, exactly one write, and a password that is shown once and stored nowhere.
let watched: WatchedAgent;
const w = useWriteAgent({
  start: async () => (watched = await startWatchedAgent()).agent,
  customers: ['Contoso Ltd'],
});

const JANE = {
  userPrincipalName: 'jane.doe@contoso.onmicrosoft.com',
  firstName: 'Jane',
  lastName: 'Doe',
  displayName: 'Jane Doe',
  usageLocation: 'US',
};

describe('users.create', () => {
  it('when the user asks to create jane.doe@contoso.onmicrosoft.com, then a form opens prefilled from the sign-in name with the customer’s domain as hint, and nothing is written', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const form = onlyCard(
      await chat.say('create user jane.doe@contoso.onmicrosoft.com for Contoso Ltd'),
    );
    const texts = textsOf(form);
    expect(texts.slice(0, 2)).toEqual(['Create a user', 'Contoso Ltd']);
    expect(texts).toContain('alias@contoso.onmicrosoft.com');
    expect(inputOf(form, 'userPrincipalName')?.value).toBe('jane.doe@contoso.onmicrosoft.com');
    expect(inputOf(form, 'firstName')?.value).toBe('Jane');
    expect(inputOf(form, 'lastName')?.value).toBe('Doe');
    expect(inputOf(form, 'displayName')?.value).toBe('Jane Doe');
    // Contoso's billing address is in the US.
    expect(inputOf(form, 'usageLocation')?.value).toBe('US');
    expectNoConfirm(form);
    expect(await writesSince(w.pc, counts)).toEqual({});
  });

  it('when no customer is named, then the customer comes from the sign-in name’s domain', async () => {
    const chat = w.agent.conversation();
    const form = onlyCard(await chat.say('create user sam.lee@fabrikam.onmicrosoft.com'));
    expect(textsOf(form).slice(0, 2)).toEqual(['Create a user', 'Fabrikam Inc']);
    expect(inputOf(form, 'userPrincipalName')?.value).toBe('sam.lee@fabrikam.onmicrosoft.com');
  });

  it('when the user says "add a new user to Fabrikam Inc", then an empty form opens with Fabrikam’s domain as hint and US as usage location', async () => {
    const chat = w.agent.conversation();
    const form = onlyCard(await chat.say('add a new user to Fabrikam Inc'));
    expect(textsOf(form)).toContain('alias@fabrikam.onmicrosoft.com');
    expect(inputOf(form, 'userPrincipalName')?.value).toBe('');
    expect(inputOf(form, 'firstName')?.value).toBe('');
    expect(inputOf(form, 'usageLocation')?.value).toBe('US');
  });

  it('when the form is submitted with a foreign domain, no last name and an unknown country, then it comes back with an error under each of them and nothing is proposed', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const form = onlyCard(await chat.say('add a new user to Contoso Ltd'));
    const again = await submitForm(chat, form, {
      userPrincipalName: 'jane.doe@gmail.com',
      firstName: 'Jane',
      lastName: ' ',
      displayName: '',
      usageLocation: 'XQ',
    });
    const texts = textsOf(again);
    expect(texts).toContain('3 fields need a fix.');
    expect(texts).toContain(
      'gmail.com is not a domain of this customer; use contoso.onmicrosoft.com.',
    );
    expect(texts).toContain('Last name is required.');
    expect(texts).toContain('"XQ" is not a country; use a 2-letter code such as US, GB or DE.');
    // What was typed stays in the form.
    expect(inputOf(again, 'userPrincipalName')?.value).toBe('jane.doe@gmail.com');
    expect(inputOf(again, 'firstName')?.value).toBe('Jane');
    expectNoConfirm(again);
    expect(await writesSince(w.pc, counts)).toEqual({});
  });

  it('when the sign-in name belongs to an existing user, then the form says so', async () => {
    const chat = w.agent.conversation();
    const form = onlyCard(
      await chat.say('create user megan.bowen@contoso.onmicrosoft.com for Contoso Ltd'),
    );
    expect(textsOf(form)).toContain(
      'megan.bowen@contoso.onmicrosoft.com already exists; pick another name.',
    );
    const again = await submitForm(chat, form, {
      ...JANE,
      userPrincipalName: 'johanna.lorenz@contoso.onmicrosoft.com',
    });
    expect(textsOf(again).join(' ')).toContain(
      'johanna.lorenz@contoso.onmicrosoft.com belongs to a deleted user',
    );
    expectNoConfirm(again);
  });

  it('when the filled form is confirmed, then the user is created once, and its temporary password is shown in that answer only and kept nowhere', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const form = onlyCard(
      await chat.say('create user jane.doe@contoso.onmicrosoft.com for Contoso Ltd'),
    );
    const card = await submitForm(chat, form, { ...JANE, usageLocation: 'de' });
    expect(textsOf(card)[0]).toBe('Create user Jane Doe');
    expect(tableRowsOf(card)).toEqual([
      ['What', 'Now', 'After'],
      ['User principal name', '—', 'jane.doe@contoso.onmicrosoft.com'],
      ['Display name', '—', 'Jane Doe'],
      ['First name', '—', 'Jane'],
      ['Last name', '—', 'Doe'],
      ['Usage location', '—', 'DE (Germany)'],
    ]);
    expect(await writesSince(w.pc, counts)).toEqual({});

    const result = invokeCard(await chat.press(confirmButton(card)));
    expect(textsOf(result)[0]).toBe('User created: Jane Doe');
    expect(await writesSince(w.pc, counts)).toEqual({ 'user.create': 1 });
    const created = await findUser(
      w.pc,
      await w.customerId('Contoso Ltd'),
      'jane.doe@contoso.onmicrosoft.com',
    );
    expect(created).toMatchObject({
      displayName: 'Jane Doe',
      firstName: 'Jane',
      lastName: 'Doe',
      usageLocation: 'DE',
      state: 'active',
    });
    const password = passwordOn(result);
    expect(password).toMatch(/^.{16,}$/);
    expect(JSON.stringify(card)).not.toContain(password);

    // Confirm again: it was done and the password was shown once; it is not shown again.
    const again = invokeCard(await chat.press(confirmButton(card)));
    expect(textsOf(again).join(' ')).toContain('already done');
    expect(textsOf(again).join(' ')).toContain('Temporary password: shown once');
    expect(JSON.stringify(again)).not.toContain(password);
    expect(await writesSince(w.pc, counts)).toEqual({ 'user.create': 1 });

    // Nowhere else: the audit log, later answers, the logs, the stored conversation state.
    const audit = await chat.say('show recent changes for Contoso Ltd');
    expect(replyText(audit)).toContain('Create a user: jane.doe@contoso.onmicrosoft.com');
    expect(replyText(audit)).not.toContain(password);
    expect(replyText(await chat.say('show user jane.doe@contoso.onmicrosoft.com'))).not.toContain(
      password,
    );
    // (The watches are live: the create call is logged, the user is kept in context.)
    expect(watched.logs.join('\n')).toContain('"operation":"users.create"');
    expect(watched.logs.join('\n')).not.toContain(password);
    expect(watched.stored()).toContain('jane.doe@contoso.onmicrosoft.com');
    expect(watched.stored()).not.toContain(password);
  });

  it('when the filled form is cancelled, then nothing is created', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const form = onlyCard(await chat.say('add a new user to Contoso Ltd'));
    const card = await submitForm(chat, form, {
      ...JANE,
      userPrincipalName: 'sam.nobody@contoso.onmicrosoft.com',
      firstName: 'Sam',
      lastName: 'Nobody',
      displayName: '',
    });
    expect(tableRowsOf(card)[2]).toEqual(['Display name', '—', 'Sam Nobody']);
    const cancelled = invokeCard(await chat.press(cancelButton(card)));
    expect(textsOf(cancelled)[0]).toBe('Cancelled: nothing was changed');
    expect(await writesSince(w.pc, counts)).toEqual({});
    await expect(
      findUser(w.pc, await w.customerId('Contoso Ltd'), 'sam.nobody@contoso.onmicrosoft.com'),
    ).rejects.toThrow('No user');
  });
});
