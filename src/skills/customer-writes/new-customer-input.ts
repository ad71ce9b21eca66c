import { z } from 'zod';
import type { NewCustomerValues } from '../../cards/views/customer-writes.js';
import type { CustomerCreateInput } from '../../partner-center/index.js';
import type { FormValues } from '../writes/write-definition.js';
import { countryOf } from './countries.js';
import { DOMAIN_PREFIX, EMAIL, PHONE, problemOf } from './rules.js';

const required = (label: string, max = 256) =>
  z
    .string()
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} can be at most ${max} characters.`);

/**
 * The new-customer form, checked before anything is sent. Partner Center needs the domain, the
 * billing e-mail, company name, culture, language and a full address (`develop/create-a-customer.md`);
 * culture and language come from the country, so they are not asked for.
 */
const NEW_CUSTOMER = z.object({
  companyName: required('Company name'),
  domainPrefix: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, 'The domain prefix is required.')
    .pipe(DOMAIN_PREFIX),
  firstName: required('First name', 128),
  lastName: required('Last name', 128),
  email: z.string().trim().min(1, 'Billing email is required.').pipe(EMAIL),
  phone: z.string().trim(),
  addressLine1: required('Address line 1'),
  city: required('City', 128),
  state: z.string().trim().max(64, 'State or province can be at most 64 characters.'),
  postalCode: required('Postal code', 20),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((c) => countryOf(c) !== undefined, 'Choose a country from the list.'),
});

export type NewCustomer = z.output<typeof NEW_CUSTOMER>;
export type FieldErrors = Partial<Record<keyof NewCustomerValues, string>>;

export type CheckedNewCustomer =
  { ok: true; customer: NewCustomer } | { ok: false; errors: FieldErrors };

const KEYS = Object.keys(NEW_CUSTOMER.shape) as Array<keyof NewCustomerValues>;

/** The submitted form as typed values, or the first problem of each field that has one. */
export function checkNewCustomer(values: FormValues): CheckedNewCustomer {
  const input = Object.fromEntries(KEYS.map((k) => [k, values[k] ?? '']));
  const parsed = NEW_CUSTOMER.safeParse(input);
  const errors: FieldErrors = {};
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as keyof NewCustomerValues;
      errors[key] ??= issue.message;
    }
  const phone = (values.phone ?? '').trim();
  const phoneProblem = phone ? problemOf(PHONE, phone) : undefined;
  if (phoneProblem) errors.phone ??= phoneProblem;
  const country = countryOf(values.country);
  if (country?.stateRequired && !(values.state ?? '').trim())
    errors.state ??= `A state or province is required for an address in ${country.name}.`;
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, customer: parsed.data };
}

/** `tailspintoys` → `tailspintoys.onmicrosoft.com`. */
export function domainOf(prefix: string): string {
  return `${prefix.trim().toLowerCase()}.onmicrosoft.com`;
}

/** A domain prefix suggested from a company name ("Tailwind Traders" → "tailwindtraders"). */
export function suggestedPrefix(companyName: string | undefined): string {
  return (companyName ?? '')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 27);
}

/** "tailspintoys.onmicrosoft.com" or "tailspintoys" as the user gave it → the prefix. */
export function prefixOf(text: string | undefined): string {
  return (text ?? '')
    .trim()
    .toLowerCase()
    .replace(/\.onmicrosoft\.com$/, '');
}

/** The body of `POST /v1/customers` (customer-create-request.json). */
export function createInputOf(c: NewCustomer): CustomerCreateInput {
  const country = countryOf(c.country)!;
  return {
    companyProfile: { domain: domainOf(c.domainPrefix) },
    billingProfile: {
      email: c.email,
      culture: country.culture,
      language: country.language,
      companyName: c.companyName,
      defaultAddress: {
        firstName: c.firstName,
        lastName: c.lastName,
        addressLine1: c.addressLine1,
        city: c.city,
        ...(c.state ? { state: c.state } : {}),
        postalCode: c.postalCode,
        country: country.code,
        ...(c.phone ? { phoneNumber: c.phone } : {}),
      },
    },
  };
}
