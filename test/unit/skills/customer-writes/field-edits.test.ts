import { describe, expect, it } from 'vitest';
import type { CustomerBillingProfile } from '../../../../src/partner-center/index.js';
import {
  BILLING_BY_ENTITY,
  BILLING_FIELDS,
} from '../../../../src/skills/customer-writes/billing-fields.js';
import {
  applyEdits,
  changesOf,
  editFromEntities,
  editFromForm,
  movedBetween,
  pendingEdits,
} from '../../../../src/skills/customer-writes/field-edits.js';

/** Frozen, as the client hands parsed models out. */
const profile: CustomerBillingProfile = Object.freeze({
  id: 'b1',
  firstName: 'Megan',
  lastName: 'Bowen',
  email: 'megan@contoso.com',
  companyName: 'Contoso Ltd',
  defaultAddress: Object.freeze({
    country: 'US',
    city: 'Redmond',
    state: 'WA',
    addressLine1: '4567 Main Street',
    postalCode: '98052',
    firstName: 'Megan',
    lastName: 'Bowen',
    phoneNumber: '4255550100',
  }),
  attributes: { etag: '42' },
});

const fromEntities = (field?: string, value?: string) =>
  editFromEntities(
    BILLING_FIELDS,
    BILLING_BY_ENTITY,
    profile,
    { ...(field ? { field } : {}), ...(value ? { value } : {}) },
    'billing profile',
  );

describe('editFromEntities', () => {
  it('when a field and a valid new value are named, then that one edit is proposed', () => {
    expect(fromEntities('email', 'ap@contoso.com')).toEqual({
      kind: 'edits',
      edits: { email: 'ap@contoso.com' },
    });
    expect(fromEntities('phone', '+1 (425) 555-0123')).toEqual({
      kind: 'edits',
      edits: { phone: '+1 (425) 555-0123' },
    });
  });

  it('when the value breaks the field’s rule, then the form comes with the value and the error under it', () => {
    expect(fromEntities('email', 'ap@')).toEqual({
      kind: 'form',
      values: { email: 'ap@' },
      errors: { email: 'Enter an e-mail address such as ap@contoso.com.' },
    });
  });

  it('when the value is already there, then nothing is proposed', () => {
    expect(fromEntities('email', 'megan@contoso.com')).toEqual({
      kind: 'same',
      label: 'Billing email',
      value: 'megan@contoso.com',
    });
  });

  it('when the field is not on the profile, or no field or value is named, then the form comes', () => {
    expect(fromEntities('usageLocation', 'DE')).toEqual({
      kind: 'form',
      summary: 'The billing profile has no "usageLocation". Change what you need below.',
    });
    expect(fromEntities()).toEqual({ kind: 'form' });
    expect(fromEntities('email')).toEqual({
      kind: 'form',
      summary: 'Enter the new billing email below.',
    });
  });

  it('when an address has several comma-separated parts, then the form asks to check each field', () => {
    expect(fromEntities('address', '1 Main St, Seattle, WA 98101')).toMatchObject({
      kind: 'form',
      values: { addressLine1: '1 Main St' },
    });
    expect(fromEntities('address', '1 Main St')).toEqual({
      kind: 'edits',
      edits: { addressLine1: '1 Main St' },
    });
  });
});

describe('editFromForm', () => {
  it('when some fields are changed, then only those become edits', () => {
    expect(
      editFromForm(BILLING_FIELDS, profile, {
        email: 'megan@contoso.com',
        city: ' Seattle ',
        state: '',
      }),
    ).toEqual({ kind: 'edits', edits: { city: 'Seattle', state: '' } });
  });

  it('when a required field is emptied or a value is invalid, then each error is under its field', () => {
    expect(editFromForm(BILLING_FIELDS, profile, { city: '', phone: 'call me' })).toEqual({
      kind: 'form',
      values: { city: '', phone: 'call me' },
      errors: {
        city: 'City is required.',
        phone: 'Enter a phone number: digits, spaces, + ( ) - only.',
      },
      summary: '2 fields need a fix.',
    });
  });

  it('when nothing differs, then the form says so', () => {
    expect(editFromForm(BILLING_FIELDS, profile, { email: 'megan@contoso.com' })).toMatchObject({
      kind: 'form',
      summary: expect.stringContaining('Nothing in the form differs'),
    });
  });
});

describe('applying edits', () => {
  it('when edits are applied, then a new full profile is made and the read one is left as it was', () => {
    const next = applyEdits(BILLING_FIELDS, profile, {
      phone: '4255550199',
      firstName: 'Ana',
    });
    expect(next).toEqual({
      ...profile,
      firstName: 'Ana',
      defaultAddress: { ...profile.defaultAddress, phoneNumber: '4255550199', firstName: 'Ana' },
    });
    expect(profile.defaultAddress?.phoneNumber).toBe('4255550100');
    expect(changesOf(BILLING_FIELDS, profile, { phone: '4255550199', state: '' })).toEqual([
      { field: 'Phone', before: '4255550100', after: '4255550199' },
      { field: 'State or province', before: 'WA', after: '(none)' },
    ]);
  });

  it('when the profile was changed by someone else, then the moved fields and the edits still to make are known', () => {
    const now = applyEdits(BILLING_FIELDS, profile, {
      phone: '4255550199',
      email: 'ap@contoso.com',
    });
    expect(movedBetween(BILLING_FIELDS, profile, now)).toEqual([
      'Billing email megan@contoso.com → ap@contoso.com',
      'Phone 4255550100 → 4255550199',
    ]);
    expect(pendingEdits(BILLING_FIELDS, now, { email: 'ap@contoso.com', city: 'Seattle' })).toEqual(
      { city: 'Seattle' },
    );
  });
});
