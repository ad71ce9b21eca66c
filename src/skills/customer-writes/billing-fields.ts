import type { Address, CustomerBillingProfile } from '../../partner-center/index.js';
import { addressFieldsOf, type EditField } from './field-edits.js';
import { EMAIL, PHONE, text } from './rules.js';

type Profile = CustomerBillingProfile;

const address = (p: Profile): Address => p.defaultAddress ?? {};

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
  ...addressFieldsOf<Profile>('defaultAddress'),
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
