import { describe, expect, it } from 'vitest';
import type { WireBillingProfile } from '../../helpers/sandbox.js';
import {
  cancelButton,
  confirmButton,
  customerNamed,
  invokeCard,
  onlyCard,
  tableRowsOf,
  textsOf,
  useWriteAgent,
  writeCounts,
  writesSince,
} from '../../helpers/writes.js';
import { formErrors, formInputs, submitForm } from './customers-form-helpers.js';

// customers.billingProfile.update through the real agent against its sandbox.
const w = useWriteAgent();

type Billing = WireBillingProfile & {
  firstName: string;
  lastName: string;
  defaultAddress: Record<string, string>;
};

async function billingOf(name: string): Promise<{ id: string; profile: Billing }> {
  const { id } = await customerNamed(w.pc, name);
  const res = await w.pc.get<Billing>(`/v1/customers/${id}/profiles/billing`);
  return { id, profile: res.body };
}

describe('customers.billingProfile.update', () => {
  it('when the user changes Contoso Ltd’s billing email and confirms, then the card shows before → after and the sandbox holds the new e-mail after exactly one write', async () => {
    const chat = w.agent.conversation();
    const { id, profile: before } = await billingOf('Contoso Ltd');
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say('change Contoso Ltd’s billing email to ap@contoso.com'));
    expect(textsOf(card).slice(0, 2)).toEqual([
      'Change the billing profile',
      'Contoso Ltd · Billing profile',
    ]);
    expect(tableRowsOf(card)).toEqual([
      ['What', 'Now', 'After'],
      ['Billing email', before.email, 'ap@contoso.com'],
    ]);
    expect(await writesSince(w.pc, counts)).toEqual({});

    const result = invokeCard(await chat.press(confirmButton(card)));
    expect(textsOf(result)).toEqual(
      expect.arrayContaining([
        'Billing profile updated',
        `Billing email: ${before.email} → ap@contoso.com`,
      ]),
    );
    expect(await writesSince(w.pc, counts)).toEqual({ 'billingProfile.update': 1 });
    const after = (await w.pc.get<Billing>(`/v1/customers/${id}/profiles/billing`)).body;
    expect(after.email).toBe('ap@contoso.com');
    // The rest of the profile was sent back as it was.
    expect({ ...after, email: before.email, attributes: undefined }).toEqual({
      ...before,
      attributes: undefined,
    });
  });

  it('when the user cancels a billing profile change, then nothing is written', async () => {
    const chat = w.agent.conversation();
    const { id, profile: before } = await billingOf('Fabrikam Inc');
    const counts = await writeCounts(w.pc);
    const card = onlyCard(await chat.say('change the billing phone of Fabrikam Inc to 2065550111'));
    expect(tableRowsOf(card)[1]).toEqual([
      'Phone',
      before.defaultAddress.phoneNumber,
      '2065550111',
    ]);
    const cancelled = invokeCard(await chat.press(cancelButton(card)));
    expect(textsOf(cancelled)[0]).toBe('Cancelled: nothing was changed');
    expect(await writesSince(w.pc, counts)).toEqual({});
    const after = (await w.pc.get<Billing>(`/v1/customers/${id}/profiles/billing`)).body;
    expect(after.attributes.etag).toBe(before.attributes.etag);
  });

  it('when the new e-mail is not an e-mail address, then the prefilled form shows the error under the e-mail and nothing is written', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const form = onlyCard(await chat.say('change Fabrikam Inc’s billing email to not-an-email'));
    expect(formErrors(form)).toEqual({
      email: 'Enter an e-mail address such as ap@contoso.com.',
    });
    expect(formInputs(form).email?.value).toBe('not-an-email');
    expect(await writesSince(w.pc, counts)).toEqual({});
  });

  it('when the value is what the profile already has, then the agent says there is nothing to change', async () => {
    const chat = w.agent.conversation();
    const { profile } = await billingOf('Fabrikam Inc');
    const counts = await writeCounts(w.pc);
    const card = onlyCard(
      await chat.say(`change Fabrikam Inc’s billing email to ${profile.email}`),
    );
    expect(textsOf(card)[0]).toBe('Nothing to change');
    expect(await writesSince(w.pc, counts)).toEqual({});
  });

  it('when no field is named, then a form prefilled with the billing profile comes, and its submitted change is confirmed and applied once', async () => {
    const chat = w.agent.conversation();
    const { id, profile: before } = await billingOf('Northwind Traders');
    const counts = await writeCounts(w.pc);
    const form = onlyCard(await chat.say('update the billing profile of Northwind Traders'));
    const inputs = formInputs(form);
    expect(inputs.email?.value).toBe(before.email);
    expect(inputs.city?.value).toBe(before.defaultAddress.city);
    expect(inputs.firstName?.value).toBe(before.firstName);

    // Unchanged: the form says so instead of an empty confirmation.
    const same = invokeCard(await chat.press(submitForm(form, 'Review the change', {})));
    expect(textsOf(same).join(' ')).toContain('Nothing in the form differs');

    const bad = invokeCard(
      await chat.press(submitForm(form, 'Review the change', { email: 'x@', city: '' })),
    );
    expect(formErrors(bad)).toEqual({
      email: 'Enter an e-mail address such as ap@contoso.com.',
      city: 'City is required.',
    });

    const card = invokeCard(
      await chat.press(
        submitForm(form, 'Review the change', { city: 'Hamburg', postalCode: '20095' }),
      ),
    );
    expect(tableRowsOf(card)).toEqual([
      ['What', 'Now', 'After'],
      ['City', before.defaultAddress.city!, 'Hamburg'],
      ['Postal code', before.defaultAddress.postalCode!, '20095'],
    ]);
    invokeCard(await chat.press(confirmButton(card)));
    expect(await writesSince(w.pc, counts)).toEqual({ 'billingProfile.update': 1 });
    const after = (await w.pc.get<Billing>(`/v1/customers/${id}/profiles/billing`)).body;
    expect(after.defaultAddress).toMatchObject({ city: 'Hamburg', postalCode: '20095' });
  });

  it('when the billing profile changes in Partner Center between the card and Confirm, then a re-confirmation says what changed and its Confirm applies once', async () => {
    const chat = w.agent.conversation();
    const { id, profile: before } = await billingOf('Woodgrove Bank');
    const counts = await writeCounts(w.pc);
    const card = onlyCard(
      await chat.say('change Woodgrove Bank’s billing email to invoices@woodgrovebank.com'),
    );
    expect(tableRowsOf(card)[1]).toEqual([
      'Billing email',
      before.email,
      'invoices@woodgrovebank.com',
    ]);

    // Someone else changes the phone in Partner Center, with the current etag.
    const direct = await w.pc.put<Billing>(
      `/v1/customers/${id}/profiles/billing`,
      { ...before, defaultAddress: { ...before.defaultAddress, phoneNumber: '2065550199' } },
      { headers: { 'If-Match': `"${before.attributes.etag}"` } },
    );
    expect(direct.status).toBe(200);
    expect(await writesSince(w.pc, counts)).toEqual({ 'billingProfile.update': 1 });

    const again = invokeCard(await chat.press(confirmButton(card)));
    const texts = textsOf(again);
    expect(texts.join(' ')).toContain('changed in Partner Center since the first card was drawn');
    expect(texts.join(' ')).toContain(
      `Also changed in Partner Center since the first card (kept as it is now): Phone ${before.defaultAddress.phoneNumber} → 2065550199.`,
    );
    expect(tableRowsOf(again)[1]).toEqual([
      'Billing email',
      before.email,
      'invoices@woodgrovebank.com',
    ]);
    // The refused PUT changed nothing.
    expect(await writesSince(w.pc, counts)).toEqual({ 'billingProfile.update': 1 });

    invokeCard(await chat.press(confirmButton(again)));
    expect(await writesSince(w.pc, counts)).toEqual({ 'billingProfile.update': 2 });
    const after = (await w.pc.get<Billing>(`/v1/customers/${id}/profiles/billing`)).body;
    expect(after.email).toBe('invoices@woodgrovebank.com');
    expect(after.defaultAddress.phoneNumber).toBe('2065550199');

    // The first card's Confirm does nothing more.
    const old = invokeCard(await chat.press(confirmButton(card)));
    expect(textsOf(old)[0]).not.toBe('Billing profile updated');
    expect(await writesSince(w.pc, counts)).toEqual({ 'billingProfile.update': 2 });
  });
});
