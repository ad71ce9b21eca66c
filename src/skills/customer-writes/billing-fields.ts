import type { Address, CustomerBillingProfile } from '../../partner-center/index.js';
import type { EditField } from './field-edits.js';
import { EMAIL, PHONE, text } from './rules.js';

type Profile = CustomerBillingProfile;

const address = (p: Profile): Address => p.defaultAddress ?? {};

/** A field of the billing address (`defaultAddress`). */
function addressField(
  id: 'addressLine1' | 'city' | 'state' | 'postalCode',
  label: string,
  required: boolean,
  max = 256,
): EditField<Profile> {
  return {
    id,
    label,
    required,
    maxLength: max,
    rule: text(label, max),
    read: (p) => address(p)[id] ?? '',
    write: (p, v) => ({ ...p, defaultAddress: { ...address(p), [id]: v } }),
  };
}

/** First / last name: on the profile, and on its address when the address names the contact. */
function nameField(id: 'firstName' | 'lastName', label: string): EditField<Profile> {
  return {
    id,
    label,
    required: true,
    rule: text(label, 128),
    read: (p) => p[id] ?? address(p)[id] ?? '',
    write: (p, v) => ({
      ...p,
      [id]: v,
      ...(address(p)[id] !== undefined ? { defaultAddress: { ...address(p), [id]: v } } : {}),
    }),
  };
}

/**
 * What `customers.billingProfile.update` may change (`develop/update-a-customer-s-billing-profile.md`).
 * The country is not among them: Partner Center does not move a billing address to another
 * country, and culture / language follow it.
 */
export const BILLING_FIELDS: readonly EditField<Profile>[] = [
  nameField('firstName', 'First name'),
  nameField('lastName', 'Last name'),
  {
    id: 'email',
    label: 'Billing email',
    kind: 'email',
    required: true,
    rule: EMAIL,
    hint: 'Where Microsoft sends invoices and billing notices.',
    read: (p) => p.email ?? '',
    write: (p, v) => ({ ...p, email: v }),
  },
  {
    id: 'phone',
    label: 'Phone',
    kind: 'tel',
    rule: PHONE,
    read: (p) => address(p).phoneNumber ?? '',
    write: (p, v) => ({ ...p, defaultAddress: { ...address(p), phoneNumber: v } }),
  },
  {
    id: 'companyName',
    label: 'Company name',
    required: true,
    rule: text('Company name', 256),
    read: (p) => p.companyName ?? '',
    write: (p, v) => ({ ...p, companyName: v }),
  },
  addressField('addressLine1', 'Address line 1', true),
  addressField('city', 'City', true, 128),
  addressField('state', 'State or province', false, 64),
  addressField('postalCode', 'Postal code', true, 20),
];

/** INTENTS.md `field` → billing field ("address" names its first line). */
export const BILLING_BY_ENTITY: Readonly<Record<string, string>> = {
  firstName: 'firstName',
  lastName: 'lastName',
  email: 'email',
  phone: 'phone',
  companyName: 'companyName',
  address: 'addressLine1',
};
