import { countryName } from '../../cards/views/offers.js';
import { COUNTRY_NAMES } from '../../intents/lexicon/countries.js';

/** Used when the customer's country is not known (the form still lets the user change it). */
export const DEFAULT_USAGE_LOCATION = 'US';

/** Region codes Intl names that are not countries (European Union, United Nations, unknown). */
const NOT_COUNTRIES: ReadonlySet<string> = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ']);

const BY_NAME = new Map<string, string>(
  Object.entries(COUNTRY_NAMES).flatMap(([code, names]) =>
    names.split('|').map((n) => [n.trim().toLowerCase(), code] as const),
  ),
);

/**
 * A usage location as Partner Center stores it: an ISO 3166-1 alpha-2 code, upper case
 * (`develop/create-user-accounts-for-a-customer.md`; it decides which services a license may
 * switch on). Takes a code ("de", "UK" → GB) or a country name ("Germany"); anything else is
 * undefined.
 */
export function parseUsageLocation(text: string | undefined): string | undefined {
  const value = text?.trim() ?? '';
  if (/^[a-z]{2}$/i.test(value)) {
    const code = value.toUpperCase() === 'UK' ? 'GB' : value.toUpperCase();
    // Intl gives the code back for one it does not know ("QQ"); some known ones are no country.
    return countryName(code) !== code && !NOT_COUNTRIES.has(code) ? code : undefined;
  }
  return BY_NAME.get(value.toLowerCase().replace(/\s+/g, ' '));
}

/** `DE` → `DE (Germany)`; empty when not set. */
export function usageLocationText(code: string | undefined): string {
  if (!code) return '';
  const name = countryName(code);
  return name && name !== code ? `${code} (${name})` : code;
}
