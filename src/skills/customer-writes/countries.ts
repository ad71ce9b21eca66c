/**
 * The countries a new customer can be created in, with the billing culture and language Partner
 * Center expects for each (`develop/create-a-customer.md` sends `Culture` "en-US" and `Language`
 * "en" for the US). `stateRequired`: addresses there are not valid without a state or province.
 */
export interface CountryOption {
  code: string;
  name: string;
  culture: string;
  language: string;
  stateRequired?: boolean;
}

export const COUNTRIES: readonly CountryOption[] = [
  { code: 'US', name: 'United States', culture: 'en-US', language: 'en', stateRequired: true },
  { code: 'CA', name: 'Canada', culture: 'en-CA', language: 'en', stateRequired: true },
  { code: 'MX', name: 'Mexico', culture: 'es-MX', language: 'es' },
  { code: 'BR', name: 'Brazil', culture: 'pt-BR', language: 'pt' },
  { code: 'GB', name: 'United Kingdom', culture: 'en-GB', language: 'en' },
  { code: 'IE', name: 'Ireland', culture: 'en-IE', language: 'en' },
  { code: 'DE', name: 'Germany', culture: 'de-DE', language: 'de' },
  { code: 'AT', name: 'Austria', culture: 'de-AT', language: 'de' },
  { code: 'CH', name: 'Switzerland', culture: 'de-CH', language: 'de' },
  { code: 'FR', name: 'France', culture: 'fr-FR', language: 'fr' },
  { code: 'BE', name: 'Belgium', culture: 'fr-BE', language: 'fr' },
  { code: 'NL', name: 'Netherlands', culture: 'nl-NL', language: 'nl' },
  { code: 'ES', name: 'Spain', culture: 'es-ES', language: 'es' },
  { code: 'PT', name: 'Portugal', culture: 'pt-PT', language: 'pt' },
  { code: 'IT', name: 'Italy', culture: 'it-IT', language: 'it' },
  { code: 'SE', name: 'Sweden', culture: 'sv-SE', language: 'sv' },
  { code: 'NO', name: 'Norway', culture: 'nb-NO', language: 'nb' },
  { code: 'DK', name: 'Denmark', culture: 'da-DK', language: 'da' },
  { code: 'FI', name: 'Finland', culture: 'fi-FI', language: 'fi' },
  { code: 'PL', name: 'Poland', culture: 'pl-PL', language: 'pl' },
  { code: 'AU', name: 'Australia', culture: 'en-AU', language: 'en', stateRequired: true },
  { code: 'NZ', name: 'New Zealand', culture: 'en-NZ', language: 'en' },
  { code: 'JP', name: 'Japan', culture: 'ja-JP', language: 'ja' },
  { code: 'IN', name: 'India', culture: 'en-IN', language: 'en', stateRequired: true },
  { code: 'SG', name: 'Singapore', culture: 'en-SG', language: 'en' },
  { code: 'ZA', name: 'South Africa', culture: 'en-ZA', language: 'en' },
];

export const DEFAULT_COUNTRY = 'US';

export function countryOf(code: string | undefined): CountryOption | undefined {
  const upper = code?.trim().toUpperCase();
  return COUNTRIES.find((c) => c.code === upper);
}
