import { describe, expect, it } from 'vitest';
import {
  cancelButton,
  confirmButton,
  invokeCard,
  onlyCard,
  tableRowsOf,
  textsOf,
  useWriteAgent,
  writeCounts,
  writesSince,
} from '../../helpers/writes.js';
import { formErrors, formInputs, submitForm } from './customers-form-helpers.js';

// profile.update (the partner's legal business profile) through the real agent against its sandbox.
const w = useWriteAgent();

interface Legal {
  companyName: string;
  address: Record<string, string>;
  primaryContact: { firstName: string; lastName: string; email: string; phoneNumber: string };
}

const legal = async () => (await w.pc.get<Legal>('/v1/profiles/legalbusiness')).body;

describe('profile.update', () => {
  it('when the user sets our company phone number and confirms, then the card shows before → after and the profile holds it after exactly one write', async () => {
    const chat = w.agent.conversation();
    const before = await legal();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say('update our company phone number to 4255550123'));
    expect(textsOf(card)[0]).toBe('Change our legal business profile');
    expect(tableRowsOf(card)).toEqual([
      ['What', 'Now', 'After'],
      ['Contact phone', before.primaryContact.phoneNumber, '4255550123'],
    ]);
    expect(await writesSince(w.pc, counts)).toEqual({});

    const result = invokeCard(await chat.press(confirmButton(card)));
    expect(textsOf(result)).toEqual(
      expect.arrayContaining([
        'Partner profile updated',
        `Contact phone: ${before.primaryContact.phoneNumber} → 4255550123`,
      ]),
    );
    expect(await writesSince(w.pc, counts)).toEqual({ 'legalBusinessProfile.update': 1 });
    const after = await legal();
    expect(after.primaryContact.phoneNumber).toBe('4255550123');
    expect(after.companyName).toBe(before.companyName);

    // profile.show reads it back too (the client's read cache was invalidated by the PUT).
    const shown = onlyCard(await chat.say('show our partner profile'));
    expect(textsOf(shown)).toContain('Contact phone: 4255550123');
  });

  it('when the user cancels a profile change, then nothing is written', async () => {
    const chat = w.agent.conversation();
    const before = await legal();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say('change our company name to Trey Research Partners'));
    expect(tableRowsOf(card)[1]).toEqual([
      'Legal name',
      before.companyName,
      'Trey Research Partners',
    ]);
    expect(textsOf(card).join(' ')).toContain('Microsoft may verify a changed legal name');
    const cancelled = invokeCard(await chat.press(cancelButton(card)));
    expect(textsOf(cancelled)[0]).toBe('Cancelled: nothing was changed');
    expect(await writesSince(w.pc, counts)).toEqual({});
    expect((await legal()).companyName).toBe(before.companyName);
  });

  it('when the phone is already that number, then the agent says there is nothing to change', async () => {
    const chat = w.agent.conversation();
    const { primaryContact } = await legal();
    const counts = await writeCounts(w.pc);
    const card = onlyCard(
      await chat.say(`update our company phone number to ${primaryContact.phoneNumber}`),
    );
    expect(textsOf(card)[0]).toBe('Nothing to change');
    expect(await writesSince(w.pc, counts)).toEqual({});
  });

  it('when the new e-mail is not an e-mail address, then the prefilled form shows the error under it and nothing is written', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const form = onlyCard(await chat.say('change our company email to info@partner'));
    expect(formErrors(form)).toEqual({ email: 'Enter an e-mail address such as ap@contoso.com.' });
    expect(await writesSince(w.pc, counts)).toEqual({});
  });

  it('when an address with several parts is given, then the form asks to check each address field, and its confirmed change is applied once', async () => {
    const chat = w.agent.conversation();
    const before = await legal();
    const counts = await writeCounts(w.pc);
    const form = onlyCard(await chat.say('update our address to 1 Main St, Buffalo, NY 14203'));
    expect(textsOf(form).join(' ')).toContain('Check the address');
    expect(formInputs(form).addressLine1?.value).toBe('1 Main St');
    expect(formInputs(form).city?.value).toBe(before.address.city);

    const card = invokeCard(
      await chat.press(submitForm(form, 'Review the change', { postalCode: '14203' })),
    );
    expect(tableRowsOf(card)).toEqual([
      ['What', 'Now', 'After'],
      ['Address line 1', before.address.addressLine1!, '1 Main St'],
      ['Postal code', before.address.postalCode!, '14203'],
    ]);
    invokeCard(await chat.press(confirmButton(card)));
    expect(await writesSince(w.pc, counts)).toEqual({ 'legalBusinessProfile.update': 1 });
    expect((await legal()).address).toMatchObject({
      addressLine1: '1 Main St',
      postalCode: '14203',
      city: before.address.city,
      country: before.address.country,
    });
  });
});
