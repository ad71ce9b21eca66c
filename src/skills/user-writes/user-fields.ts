import type { CustomerUser, CustomerUserUpdateInput } from '../../partner-center/index.js';
import { parseUsageLocation, usageLocationText } from './usage-location.js';

/** The user profile fields users.update can change (`develop/update-user-accounts-for-a-customer.md`). */
export type UserFieldKey =
  'displayName' | 'firstName' | 'lastName' | 'usageLocation' | 'phoneNumber';

export interface UserField {
  key: UserFieldKey;
  label: string;
  /** The value as it will be sent, or why it cannot be. */
  parse(text: string): { value: string } | { error: string };
  /** The value as a card shows it. */
  show(value: string | undefined): string;
}

const NOT_SET = '(not set)';
const plain = (value: string | undefined) => value || NOT_SET;

function name(label: string, max: number): UserField['parse'] {
  return (text) => {
    const value = text.trim();
    if (!value) return { error: `${label} cannot be empty.` };
    if (value.length > max) return { error: `${label} can have at most ${max} characters.` };
    return { value };
  };
}

export const USER_FIELDS: readonly UserField[] = [
  { key: 'displayName', label: 'Display name', parse: name('A display name', 256), show: plain },
  { key: 'firstName', label: 'First name', parse: name('A first name', 64), show: plain },
  { key: 'lastName', label: 'Last name', parse: name('A last name', 64), show: plain },
  {
    key: 'usageLocation',
    label: 'Usage location',
    parse: (text) => {
      const code = parseUsageLocation(text);
      return code
        ? { value: code }
        : {
            error: `"${text.trim()}" is not a country; give a 2-letter code such as US, GB or DE.`,
          };
    },
    show: (value) => usageLocationText(value) || NOT_SET,
  },
  {
    key: 'phoneNumber',
    label: 'Phone number',
    parse: (text) => {
      const value = text.trim();
      const digits = value.replace(/\D/g, '').length;
      return /^\+?[0-9][0-9 ()./-]*$/.test(value) && digits >= 3 && digits <= 20
        ? { value }
        : { error: `"${value}" is not a phone number; use digits, with + and spaces if you like.` };
    },
    show: plain,
  },
];

const BY_KEY = Object.fromEntries(USER_FIELDS.map((f) => [f.key, f])) as Record<
  UserFieldKey,
  UserField
>;

/** A field by its Partner Center name (as stored in a pending action's payload). */
export function fieldByKey(key: UserFieldKey): UserField {
  return BY_KEY[key];
}

/** The recognizer's `field` (INTENTS.md: displayName, firstName, lastName, usageLocation, phone). */
const BY_ENTITY: Readonly<Record<string, UserFieldKey>> = {
  displayname: 'displayName',
  firstname: 'firstName',
  lastname: 'lastName',
  usagelocation: 'usageLocation',
  phone: 'phoneNumber',
  phonenumber: 'phoneNumber',
};

export function userField(entity: string | undefined): UserField | undefined {
  const key = entity ? BY_ENTITY[entity.replace(/[\s_-]/g, '').toLowerCase()] : undefined;
  return key ? BY_KEY[key] : undefined;
}

export function currentValue(user: CustomerUser, field: UserField): string | undefined {
  return user[field.key];
}

export function patchOf(field: UserField, value: string): CustomerUserUpdateInput {
  return { [field.key]: value };
}
