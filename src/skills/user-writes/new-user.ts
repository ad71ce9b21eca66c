import type { NewUserErrors, NewUserValues } from '../../cards/views/user-writes.js';
import { parseUsageLocation } from './usage-location.js';

/** What users.create sends (`develop/create-user-accounts-for-a-customer.md`), password aside. */
export interface NewUser {
  userPrincipalName: string;
  firstName: string;
  lastName: string;
  displayName: string;
  usageLocation: string;
}

/** Entra's limits: 64 characters for the alias and each name, 256 for the display name. */
const LIMITS = { alias: 64, name: 64, displayName: 256 };

// Entra allows letters, digits and . _ - ' in an alias (plus a few symbols nobody uses in a
// sign-in name); no dot first, last or twice in a row.
const ALIAS = /^[a-z0-9_'-]+(?:\.[a-z0-9_'-]+)*$/i;

export type NewUserCheck = { ok: true; user: NewUser } | { ok: false; errors: NewUserErrors };

/**
 * The submitted new-user form, checked before anything is proposed: the user principal name is
 * alias@ one of the customer's domains, first and last name are given, the usage location is a
 * country (a code or a name). The display name defaults to "First Last".
 */
export function checkNewUser(values: NewUserValues, domains: readonly string[]): NewUserCheck {
  const errors: NewUserErrors = {};
  const upn = upnError(values.userPrincipalName, domains);
  if (upn.error) errors.userPrincipalName = upn.error;
  const firstName = values.firstName.trim();
  const lastName = values.lastName.trim();
  if (!firstName) errors.firstName = 'First name is required.';
  else if (firstName.length > LIMITS.name) errors.firstName = `At most ${LIMITS.name} characters.`;
  if (!lastName) errors.lastName = 'Last name is required.';
  else if (lastName.length > LIMITS.name) errors.lastName = `At most ${LIMITS.name} characters.`;
  const displayName = values.displayName.trim() || `${firstName} ${lastName}`.trim();
  if (displayName.length > LIMITS.displayName)
    errors.displayName = `At most ${LIMITS.displayName} characters.`;
  const usageLocation = parseUsageLocation(values.usageLocation);
  if (!usageLocation)
    errors.usageLocation = values.usageLocation.trim()
      ? `"${values.usageLocation.trim()}" is not a country; use a 2-letter code such as US, GB or DE.`
      : 'Usage location is required: a 2-letter country code such as US.';
  if (Object.keys(errors).length > 0 || !usageLocation || !upn.value) return { ok: false, errors };
  return {
    ok: true,
    user: {
      userPrincipalName: upn.value,
      firstName,
      lastName,
      displayName,
      usageLocation,
    },
  };
}

/**
 * What is wrong with a new user principal name, or the name with its domain written as the
 * customer's (`alias@Contoso.onmicrosoft.com` → `alias@contoso.onmicrosoft.com`).
 */
export function upnError(
  text: string,
  domains: readonly string[],
): { value: string; error?: undefined } | { value?: undefined; error: string } {
  const upn = text.trim();
  const at = upn.lastIndexOf('@');
  const alias = at > 0 ? upn.slice(0, at) : '';
  const domain = at > 0 ? upn.slice(at + 1).toLowerCase() : '';
  const known = domains.find((d) => d.toLowerCase() === domain);
  if (!upn) return { error: 'Give the sign-in name, alias@domain.' };
  if (!alias || !domain) return { error: `Write it as alias@${domains[0] ?? 'domain'}.` };
  if (!known)
    return { error: `${domain} is not a domain of this customer; use ${listOf(domains)}.` };
  if (!ALIAS.test(alias) || alias.length > LIMITS.alias)
    return {
      error: `The part before @ may have letters, digits and . _ - ' (at most ${LIMITS.alias}), no dot first, last or twice in a row.`,
    };
  return { value: `${alias}@${known}` };
}

/** First guesses from the sign-in name: `jane.doe@…` → Jane, Doe, "Jane Doe". */
export function namesFromUpn(
  upn: string | undefined,
): Pick<NewUserValues, 'firstName' | 'lastName' | 'displayName'> {
  const alias = upn?.split('@')[0] ?? '';
  const parts = alias.split(/[._]/).filter((p) => /^[a-z]+$/i.test(p));
  if (parts.length !== 2) return { firstName: '', lastName: '', displayName: '' };
  const [first, last] = parts.map((p) => p.charAt(0).toUpperCase() + p.slice(1).toLowerCase()) as [
    string,
    string,
  ];
  return { firstName: first, lastName: last, displayName: `${first} ${last}` };
}

/** The form's input values out of a submitted form (missing inputs are empty). */
export function newUserValues(values: Readonly<Record<string, string>>): NewUserValues {
  const get = (k: keyof NewUserValues) => values[k] ?? '';
  return {
    userPrincipalName: get('userPrincipalName'),
    firstName: get('firstName'),
    lastName: get('lastName'),
    displayName: get('displayName'),
    usageLocation: get('usageLocation'),
  };
}

function listOf(domains: readonly string[]): string {
  return domains.length === 0 ? 'one of its domains' : domains.join(' or ');
}
