import { describe, expect, it } from 'vitest';
import {
  checkNewCustomer,
  createInputOf,
  prefixOf,
  suggestedPrefix,
} from '../../../../src/skills/customer-writes/new-customer-input.js';

const form = (over: Record<string, string> = {}) => ({
  companyName: 'Tailwind Traders',
  domainPrefix: 'TailwindTraders',
  firstName: 'Jordan',
  lastName: 'Mills',
  email: 'billing@example.com',
  phone: '',
  addressLine1: '1 Harbor Way',
  city: 'Seattle',
  state: 'WA',
  postalCode: '98101',
  country: 'us',
  ...over,
});

describe('checkNewCustomer', () => {
  it('when every field is valid, then the POST body has the onmicrosoft.com domain and the culture and language of the country', () => {
    const checked = checkNewCustomer(form());
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(createInputOf(checked.customer)).toEqual({
      companyProfile: { domain: 'tailwindtraders.onmicrosoft.com' },
      billingProfile: {
        email: 'billing@example.com',
        culture: 'en-US',
        language: 'en',
        companyName: 'Tailwind Traders',
        defaultAddress: {
          firstName: 'Jordan',
          lastName: 'Mills',
          addressLine1: '1 Harbor Way',
          city: 'Seattle',
          state: 'WA',
          postalCode: '98101',
          country: 'US',
        },
      },
    });
  });

  it.each([
    ['a', 'The domain prefix needs at least 2 characters.'],
    ['a'.repeat(28), 'The domain prefix can be at most 27 characters.'],
    ['tail-wind', 'Use letters and digits only (no spaces, dots or hyphens).'],
    ['tail wind', 'Use letters and digits only (no spaces, dots or hyphens).'],
    ['', 'The domain prefix is required.'],
  ])('when the domain prefix is "%s", then the error under it is "%s"', (prefix, message) => {
    expect(checkNewCustomer(form({ domainPrefix: prefix }))).toEqual({
      ok: false,
      errors: { domainPrefix: message },
    });
  });

  it('when a prefix has exactly 2 or 27 letters and digits, then it passes', () => {
    expect(checkNewCustomer(form({ domainPrefix: 'ab' })).ok).toBe(true);
    expect(checkNewCustomer(form({ domainPrefix: 'a1'.repeat(13) + 'b' })).ok).toBe(true);
  });

  it('when the state is empty, then it is an error in the US but not in the United Kingdom', () => {
    expect(checkNewCustomer(form({ state: '' }))).toEqual({
      ok: false,
      errors: { state: 'A state or province is required for an address in United States.' },
    });
    const gb = checkNewCustomer(form({ state: '', country: 'GB', postalCode: 'EC1A 1BB' }));
    expect(gb.ok).toBe(true);
    if (gb.ok) expect(createInputOf(gb.customer).billingProfile.culture).toBe('en-GB');
  });

  it('when values are missing or wrong, then each field gets its own first problem', () => {
    const checked = checkNewCustomer({
      companyName: ' ',
      domainPrefix: 'ok123',
      email: 'nope',
      phone: '12',
      country: 'XX',
    });
    expect(checked).toEqual({
      ok: false,
      errors: {
        companyName: 'Company name is required.',
        firstName: 'First name is required.',
        lastName: 'Last name is required.',
        email: 'Enter an e-mail address such as ap@contoso.com.',
        addressLine1: 'Address line 1 is required.',
        city: 'City is required.',
        postalCode: 'Postal code is required.',
        country: 'Choose a country from the list.',
        phone: 'A phone number has 6 to 15 digits.',
      },
    });
  });
});

describe('domain prefixes', () => {
  it('when a company name has spaces, accents and punctuation, then the suggested prefix keeps its letters and digits', () => {
    expect(suggestedPrefix('Tailwind Traders, Inc.')).toBe('tailwindtradersinc');
    expect(suggestedPrefix('Café Müller 24')).toBe('cafemuller24');
    expect(suggestedPrefix('A'.repeat(40))).toHaveLength(27);
  });

  it('when the user gives the whole domain, then only its prefix is kept', () => {
    expect(prefixOf('TailspinToys.onmicrosoft.com')).toBe('tailspintoys');
    expect(prefixOf(' fourthcoffee ')).toBe('fourthcoffee');
  });
});
