import { describe, expect, it } from 'vitest';
import type { WireCollection } from '../../helpers/sandbox.js';
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

// customers.create through the real agent against its sandbox.
const w = useWriteAgent();

const REVIEW = 'Review the new customer';

/** A complete, valid form for a company that does not exist yet. */
const valid = (name: string, prefix: string) => ({
  companyName: name,
  domainPrefix: prefix,
  firstName: 'Jordan',
  lastName: 'Mills',
  email: 'billing@example.com',
  phone: '425 555 0199',
  addressLine1: '1 Harbor Way',
  city: 'Seattle',
  state: 'WA',
  postalCode: '98101',
  country: 'US',
});

async function domainTaken(domain: string): Promise<boolean> {
  return (await w.pc.head(`/v1/domains/${domain}`)).status === 200;
}

describe('customers.create', () => {
  it('when the user asks to onboard a new company, then a form comes prefilled with its name, a free domain prefix and the partner’s country, and nothing is written', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const form = onlyCard(await chat.say('onboard customer Tailwind Traders'));
    const inputs = formInputs(form);
    expect(inputs.companyName?.value).toBe('Tailwind Traders');
    expect(inputs.domainPrefix?.value).toBe('tailwindtraders');
    expect(inputs.domainPrefix?.hint).toBe('tailwindtraders.onmicrosoft.com is free.');
    expect(inputs.country?.value).toBe('US');
    expect(Object.keys(inputs)).toEqual([
      'companyName',
      'domainPrefix',
      'firstName',
      'lastName',
      'email',
      'phone',
      'addressLine1',
      'city',
      'state',
      'postalCode',
      'country',
    ]);
    expect(formErrors(form)).toEqual({});
    expect(await writesSince(w.pc, counts)).toEqual({});
  });

  it('when the form is submitted with a bad prefix, a broken e-mail, no city and no state, then the same form comes back with the values kept and each error under its field', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const form = onlyCard(await chat.say('create a new customer'));
    const values = {
      ...valid('Blue Yonder Airlines', 'blue-yonder'),
      email: 'billing.example.com',
      city: '',
      state: '',
    };
    const again = invokeCard(await chat.press(submitForm(form, REVIEW, values)));
    expect(formErrors(again)).toEqual({
      domainPrefix: 'Use letters and digits only (no spaces, dots or hyphens).',
      email: 'Enter an e-mail address such as ap@contoso.com.',
      city: 'City is required.',
      state: 'A state or province is required for an address in United States.',
    });
    expect(textsOf(again)).toContain('4 fields need a fix.');
    const kept = formInputs(again);
    expect(kept.companyName?.value).toBe('Blue Yonder Airlines');
    expect(kept.domainPrefix?.value).toBe('blue-yonder');
    expect(kept.email?.value).toBe('billing.example.com');
    expect(kept.phone?.value).toBe('425 555 0199');

    // A prefix of one letter, or longer than 27, is refused too.
    const short = invokeCard(
      await chat.press(submitForm(again, REVIEW, valid('Blue Yonder Airlines', 'b'))),
    );
    expect(formErrors(short)).toEqual({
      domainPrefix: 'The domain prefix needs at least 2 characters.',
    });
    expect(await writesSince(w.pc, counts)).toEqual({});
  });

  it('when the domain is already taken, then the form says so under the domain prefix and warns that a customer of that name exists', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    expect(await domainTaken('tailspintoys.onmicrosoft.com')).toBe(true);
    const form = onlyCard(await chat.say('onboard customer Tailspin Toys'));
    expect(formErrors(form)).toEqual({
      domainPrefix: 'tailspintoys.onmicrosoft.com is already taken. Choose another prefix.',
    });
    expect(textsOf(form).join(' ')).toContain(
      'You already have a customer called Tailspin Toys (tailspintoys.onmicrosoft.com).',
    );
    // Submitting it unchanged gives the same answer: nothing is proposed for a taken domain.
    const again = invokeCard(
      await chat.press(submitForm(form, REVIEW, valid('Tailspin Toys', 'tailspintoys'))),
    );
    expect(formErrors(again)).toEqual({
      domainPrefix: 'tailspintoys.onmicrosoft.com is already taken. Choose another prefix.',
    });
    expect(await writesSince(w.pc, counts)).toEqual({});
  });

  it('when a valid form is confirmed, then one customer.create write makes the tenant, the result shows its id, domain and the admin password once, and "show customer" finds it', async () => {
    const chat = w.agent.conversation();
    // Looked up before it exists, so a cached "no such customer" would show below.
    const before = onlyCard(await chat.say('show customer Tailwind Traders'));
    expect(textsOf(before)[0]).not.toBe('Tailwind Traders');
    const counts = await writeCounts(w.pc);

    const form = onlyCard(await chat.say('onboard customer Tailwind Traders'));
    const card = invokeCard(
      await chat.press(submitForm(form, REVIEW, valid('Tailwind Traders', 'tailwindtraders'))),
    );
    expect(textsOf(card)[0]).toBe('Create customer Tailwind Traders');
    expect(tableRowsOf(card)).toEqual([
      ['What', 'Now', 'After'],
      ['Company name', '—', 'Tailwind Traders'],
      ['Domain', '—', 'tailwindtraders.onmicrosoft.com'],
      ['Billing contact', '—', 'Jordan Mills'],
      ['Billing email', '—', 'billing@example.com'],
      ['Phone', '—', '425 555 0199'],
      ['Address', '—', '1 Harbor Way, Seattle, WA 98101, US'],
      ['Country', '—', 'United States (US)'],
      ['Language', '—', 'en (en-US)'],
    ]);
    expect(await writesSince(w.pc, counts)).toEqual({});

    const result = invokeCard(await chat.press(confirmButton(card)));
    expect(await writesSince(w.pc, counts)).toEqual({ 'customer.create': 1 });
    const created = await customerNamed(w.pc, 'Tailwind Traders');
    expect(created.companyProfile.domain).toBe('tailwindtraders.onmicrosoft.com');
    const texts = textsOf(result);
    expect(texts[0]).toBe('Customer created: Tailwind Traders');
    expect(texts).toEqual(
      expect.arrayContaining([
        `Tenant id: ${created.companyProfile.tenantId}`,
        'Domain: tailwindtraders.onmicrosoft.com',
        'Admin account: admin@tailwindtraders.onmicrosoft.com',
        'Temporary password of admin@tailwindtraders.onmicrosoft.com',
      ]),
    );
    const label = texts.indexOf('Temporary password of admin@tailwindtraders.onmicrosoft.com');
    const password = texts[label + 1]!;
    expect(password.length).toBeGreaterThanOrEqual(8);

    const billing = await w.pc.get<{ email: string; culture: string; language: string }>(
      `/v1/customers/${created.id}/profiles/billing`,
    );
    expect(billing.body).toMatchObject({
      email: 'billing@example.com',
      culture: 'en-US',
      language: 'en',
    });

    // Pressed again: nothing more is created, and the password is not shown a second time.
    const again = invokeCard(await chat.press(confirmButton(card)));
    expect(textsOf(again).join(' ')).toContain('already done');
    expect(JSON.stringify(again)).not.toContain(password);
    expect(await writesSince(w.pc, counts)).toEqual({ 'customer.create': 1 });

    // The new customer is found by name right away (the search cache was invalidated).
    const shown = onlyCard(await chat.say('show customer Tailwind Traders'));
    expect(textsOf(shown)[0]).toBe('Tailwind Traders');
    expect(textsOf(shown)).toContain('Domain: tailwindtraders.onmicrosoft.com');
  });

  it('when the user types "yes" in a group chat, then nothing is created until the card\'s own Confirm, which creates the customer once', async () => {
    const chat = w.agent.conversation();
    const inGroup = (text: string) =>
      chat.send({
        type: 'message',
        text,
        conversation: { id: chat.id, conversationType: 'groupChat' },
      });
    const counts = await writeCounts(w.pc);
    const form = onlyCard(await inGroup('create a new customer'));
    const card = invokeCard(
      await chat.press(submitForm(form, REVIEW, valid('Fourth Coffee', 'fourthcoffeeroasters'))),
    );
    const asked = onlyCard(await inGroup('yes'));
    expect(textsOf(asked)[0]).toBe('Press Confirm on the card');
    expect(JSON.stringify(asked)).not.toContain('Monospace');
    expect(await writesSince(w.pc, counts)).toEqual({});
    const done = invokeCard(await chat.press(confirmButton(card)));
    expect(textsOf(done)[0]).toBe('Customer created: Fourth Coffee');
    expect(await writesSince(w.pc, counts)).toEqual({ 'customer.create': 1 });
    expect(await domainTaken('fourthcoffeeroasters.onmicrosoft.com')).toBe(true);
  });

  it('when the user cancels the confirmation, then no customer is created', async () => {
    const chat = w.agent.conversation();
    const counts = await writeCounts(w.pc);
    const form = onlyCard(await chat.say('create a new customer'));
    const card = invokeCard(
      await chat.press(submitForm(form, REVIEW, valid('Blue Yonder Airlines', 'blueyonderair'))),
    );
    expect(textsOf(card)[0]).toBe('Create customer Blue Yonder Airlines');
    const cancelled = invokeCard(await chat.press(cancelButton(card)));
    expect(textsOf(cancelled)[0]).toBe('Cancelled: nothing was changed');
    expect(await writesSince(w.pc, counts)).toEqual({});
    expect(await domainTaken('blueyonderair.onmicrosoft.com')).toBe(false);
    const search = await w.pc.get<WireCollection<unknown>>(
      `/v1/customers?size=5&filter=${encodeURIComponent(JSON.stringify({ Field: 'CompanyName', Value: 'Blue Yonder', Operator: 'starts_with' }))}`,
    );
    expect(search.body.items).toEqual([]);
  });
});
