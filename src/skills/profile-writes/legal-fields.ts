import type { LegalBusinessProfile } from '../../partner-center/index.js';
import { addressFieldsOf, type EditField } from '../customer-writes/field-edits.js';
import { EMAIL, PHONE, text } from '../customer-writes/rules.js';

type Profile = LegalBusinessProfile;
type Contact = NonNullable<Profile['primaryContact']>;

const contact = (p: Profile): Contact => p.primaryContact ?? {};

function contactField(
  id: 'firstName' | 'lastName' | 'email' | 'phoneNumber',
  formId: string,
  label: string,
  extra: Partial<EditField<Profile>> & Pick<EditField<Profile>, 'rule'>,
): EditField<Profile> {
  return {
    id: formId,
    label,
    read: (p) => contact(p)[id] ?? '',
    write: (p, v) => ({ ...p, primaryContact: { ...contact(p), [id]: v } }),
    ...extra,
  };
}

/**
 * What profile.update may change on the partner's legal business profile
 * (`develop/update-legal-business-profile.md`): the legal name, the address and the primary
 * contact, named as profile.show names them. The country is not among them.
 */
export const LEGAL_FIELDS: readonly EditField<Profile>[] = [
  {
    id: 'companyName',
    label: 'Legal name',
    required: true,
    rule: text('Legal name', 256),
    read: (p) => p.companyName ?? '',
    write: (p, v) => ({ ...p, companyName: v }),
  },
  ...addressFieldsOf<Profile>('address'),
  contactField('firstName', 'firstName', 'Contact first name', {
    required: true,
    rule: text('Contact first name', 128),
  }),
  contactField('lastName', 'lastName', 'Contact last name', {
    required: true,
    rule: text('Contact last name', 128),
  }),
  contactField('email', 'email', 'Contact email', { required: true, kind: 'email', rule: EMAIL }),
  contactField('phoneNumber', 'phone', 'Contact phone', { kind: 'tel', rule: PHONE }),
];

/** INTENTS.md `field` → legal business field ("company phone" is the primary contact's). */
export const LEGAL_BY_ENTITY: Readonly<Record<string, string>> = {
  companyName: 'companyName',
  address: 'addressLine1',
  firstName: 'firstName',
  lastName: 'lastName',
  email: 'email',
  phone: 'phone',
};
