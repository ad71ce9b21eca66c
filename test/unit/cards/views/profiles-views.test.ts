import { describe, expect, it } from 'vitest';
import { MAX_CARD_BYTES } from '../../../../src/cards/render.js';
import {
  billingProfileCard,
  companyProfileCard,
  formatAddress,
  partnerProfileCard,
} from '../../../../src/cards/views/profiles.js';
import type {
  LegalBusinessProfile,
  MpnProfile,
  OrganizationProfile,
} from '../../../../src/partner-center/index.js';
import { actionsOf, textsOf } from '../../../helpers/agent.js';
import { validateCard } from '../../../helpers/validate-card.js';

function expectValid(card: object) {
  const result = validateCard(card);
  expect(result.errors).toEqual([]);
  expect(result.bytes).toBeLessThan(MAX_CARD_BYTES);
  expect(JSON.stringify(card)).not.toContain('${');
  return result;
}

const address = {
  addressLine1: '123 Main Street',
  addressLine2: '',
  city: 'Buffalo',
  state: 'NY',
  postalCode: '14202',
  country: 'US',
};
const legal: LegalBusinessProfile = {
  companyName: 'Trey Research Inc',
  address,
  primaryContact: {
    firstName: 'Gena',
    lastName: 'Soto',
    email: 'gena@treyresearch.net',
    phoneNumber: '4255550100',
  },
  companyApproverEmail: 'gena@treyresearch.net',
  vettingStatus: 'authorized',
  vettingSubStatus: 'none',
};
const organization: OrganizationProfile = {
  id: 'org-1',
  companyName: 'Trey Research Inc',
  defaultAddress: address,
  tenantId: 'tenant-1',
  domain: 'treyresearch.onmicrosoft.com',
  email: 'partners@treyresearch.net',
  language: 'en',
  culture: 'en-US',
};
const mpn: MpnProfile = { mpnId: '4391507', profileType: 'MpnProfile' };
const contoso = { id: 'c-1', name: 'Contoso Ltd' };

describe('profile cards', () => {
  it('when an address has empty parts, then it reads as one line without gaps', () => {
    expect(formatAddress(address)).toBe('123 Main Street, Buffalo, NY 14202, US');
    expect(formatAddress(undefined)).toBe('');
  });

  it('when all three partner profiles are drawn, then each has its own section with its facts', () => {
    const card = partnerProfileCard({ legal, organization, mpn });
    expectValid(card);
    const texts = textsOf(card);
    expect(texts.slice(0, 2)).toEqual([
      'Trey Research Inc',
      'Partner profile: legal business, organization and MPN',
    ]);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Legal business profile',
        'Organization profile',
        'MPN profile',
        'Address: 123 Main Street, Buffalo, NY 14202, US',
        'Primary contact: Gena Soto',
        'Vetting status: Authorized',
        'Tenant id: tenant-1',
        'Language: en (en-US)',
        'MPN ID (Partner ID): 4391507',
      ]),
    );
  });

  it('when only the MPN profile is asked for, then the title answers with the id and buttons open the others', () => {
    const card = partnerProfileCard({ field: 'mpn', mpn });
    expectValid(card);
    expect(textsOf(card)[0]).toBe('Our MPN ID is 4391507');
    expect(textsOf(card)).not.toContain('Legal business profile');
    expect(actionsOf(card).map((a) => [a.title, a.data])).toEqual([
      ['Legal business profile', { intent: 'profile.show', entities: { field: 'legal' } }],
      ['Organization profile', { intent: 'profile.show', entities: { field: 'organization' } }],
      ['Whole profile', { intent: 'profile.show', entities: {} }],
    ]);
  });

  it('when a profile could not be read, then the card says which and shows the others', () => {
    const card = partnerProfileCard({
      legal,
      unavailable: ['Organization profile (Partner Center answered 403 / 900421)'],
    });
    expectValid(card);
    expect(textsOf(card)).toContain(
      'Not available: Organization profile (Partner Center answered 403 / 900421).',
    );
  });

  it('when the profiles hold the longest values, then the card stays under 28 KB', () => {
    const long = 'X'.repeat(256);
    const card = partnerProfileCard({
      legal: { ...legal, companyName: long, address: { ...address, addressLine1: long } },
      organization: { ...organization, companyName: long, email: long },
      mpn: { ...mpn, organizationName: long },
    });
    expectValid(card);
  });

  it('when a billing profile is drawn, then contact, email, phone, company and address are facts and buttons go to the company profile and subscriptions', () => {
    const card = billingProfileCard(contoso, {
      id: 'b-1',
      firstName: 'Megan',
      lastName: 'Bowen',
      email: 'megan@contoso.onmicrosoft.com',
      companyName: 'Contoso Ltd',
      culture: 'en-US',
      language: 'en',
      defaultAddress: { ...address, phoneNumber: '4255550100' },
    });
    expectValid(card);
    expect(textsOf(card)).toEqual([
      'Billing profile of Contoso Ltd',
      'Billing contact',
      'Contact: Megan Bowen',
      'Email: megan@contoso.onmicrosoft.com',
      'Phone: 4255550100',
      'Company: Contoso Ltd',
      'Address: 123 Main Street, Buffalo, NY 14202, US',
      'Language: en (en-US)',
    ]);
    expect(actionsOf(card).map((a) => [a.title, a.data])).toEqual([
      [
        'Company profile',
        { intent: 'customers.companyProfile.show', entities: { customer: 'c-1' } },
      ],
      ['Subscriptions', { intent: 'subscriptions.list', entities: { customer: 'c-1' } }],
    ]);
  });

  it('when a company profile has no address, then the card shows the rest and no empty fact', () => {
    const card = companyProfileCard(contoso, {
      companyName: 'Contoso Ltd',
      domain: 'contoso.onmicrosoft.com',
      tenantId: 't-1',
    });
    expectValid(card);
    expect(textsOf(card)).toEqual([
      'Company profile of Contoso Ltd',
      'contoso.onmicrosoft.com',
      'Company: Contoso Ltd',
      'Domain: contoso.onmicrosoft.com',
      'Tenant id: t-1',
    ]);
    expect(actionsOf(card).map((a) => a.title)).toEqual(['Billing profile', 'Subscriptions']);
  });

  it('when Partner Center returns an empty billing profile, then the card still validates and says so', () => {
    const card = billingProfileCard(contoso, {});
    expectValid(card);
    expect(textsOf(card)).toContain('Billing contact: Partner Center returned no details');
  });
});
