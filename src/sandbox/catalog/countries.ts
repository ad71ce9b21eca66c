/**
 * The markets the sandbox sells in. Locale, currency and a few real cities per market give
 * generated customers addresses and billing that look right for their country.
 */
export interface Market {
  country: string;
  locale: string;
  language: string;
  currencyCode: string;
  currencySymbol: string;
  phonePrefix: string;
  cities: ReadonlyArray<{ city: string; state: string; postalCode: string }>;
}

export const MARKETS: Readonly<Record<string, Market>> = {
  US: {
    country: 'US',
    locale: 'en-US',
    language: 'en',
    currencyCode: 'USD',
    currencySymbol: '$',
    phonePrefix: '425555',
    cities: [
      { city: 'Redmond', state: 'WA', postalCode: '98052' },
      { city: 'Seattle', state: 'WA', postalCode: '98101' },
      { city: 'Atlanta', state: 'GA', postalCode: '30303' },
      { city: 'Denver', state: 'CO', postalCode: '80202' },
      { city: 'Austin', state: 'TX', postalCode: '78701' },
      { city: 'Chicago', state: 'IL', postalCode: '60601' },
    ],
  },
  GB: {
    country: 'GB',
    locale: 'en-GB',
    language: 'en',
    currencyCode: 'GBP',
    currencySymbol: '£',
    phonePrefix: '2079460',
    cities: [
      { city: 'London', state: 'Greater London', postalCode: 'EC1A 1BB' },
      { city: 'Manchester', state: 'Greater Manchester', postalCode: 'M1 1AE' },
      { city: 'Reading', state: 'Berkshire', postalCode: 'RG1 1AA' },
    ],
  },
  DE: {
    country: 'DE',
    locale: 'de-DE',
    language: 'de',
    currencyCode: 'EUR',
    currencySymbol: '€',
    phonePrefix: '8912345',
    cities: [
      { city: 'München', state: 'BY', postalCode: '80331' },
      { city: 'Berlin', state: 'BE', postalCode: '10115' },
      { city: 'Hamburg', state: 'HH', postalCode: '20095' },
    ],
  },
  FR: {
    country: 'FR',
    locale: 'fr-FR',
    language: 'fr',
    currencyCode: 'EUR',
    currencySymbol: '€',
    phonePrefix: '1405050',
    cities: [
      { city: 'Paris', state: 'Île-de-France', postalCode: '75008' },
      { city: 'Lyon', state: 'Auvergne-Rhône-Alpes', postalCode: '69002' },
    ],
  },
  AU: {
    country: 'AU',
    locale: 'en-AU',
    language: 'en',
    currencyCode: 'AUD',
    currencySymbol: '$',
    phonePrefix: '2925000',
    cities: [
      { city: 'Sydney', state: 'NSW', postalCode: '2000' },
      { city: 'Melbourne', state: 'VIC', postalCode: '3000' },
    ],
  },
  CA: {
    country: 'CA',
    locale: 'en-CA',
    language: 'en',
    currencyCode: 'CAD',
    currencySymbol: '$',
    phonePrefix: '4165550',
    cities: [
      { city: 'Toronto', state: 'ON', postalCode: 'M5H 2N2' },
      { city: 'Vancouver', state: 'BC', postalCode: 'V6B 1A1' },
    ],
  },
  JP: {
    country: 'JP',
    locale: 'ja-JP',
    language: 'ja',
    currencyCode: 'JPY',
    currencySymbol: '¥',
    phonePrefix: '3555012',
    cities: [
      { city: 'Tokyo', state: 'Tokyo', postalCode: '100-0005' },
      { city: 'Osaka', state: 'Osaka', postalCode: '530-0001' },
    ],
  },
  AT: {
    country: 'AT',
    locale: 'de-AT',
    language: 'de',
    currencyCode: 'EUR',
    currencySymbol: '€',
    phonePrefix: '5125550',
    cities: [
      { city: 'Innsbruck', state: 'Tirol', postalCode: '6020' },
      { city: 'Wien', state: 'Wien', postalCode: '1010' },
    ],
  },
};

export const COUNTRIES: readonly string[] = Object.keys(MARKETS);

export function marketOf(country: string): Market {
  return MARKETS[country.toUpperCase()] ?? (MARKETS.US as Market);
}
