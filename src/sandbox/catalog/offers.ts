import type { OfferDefinition } from './offer-definition.js';
import { LEGACY_OFFERS } from './offers-legacy.js';
import { NEW_COMMERCE_OFFERS } from './offers-new-commerce.js';

export type { OfferDefinition } from './offer-definition.js';

/**
 * The offer catalogue. Legacy offers have GUID ids (the Offers API, `develop/offer-resources.md`);
 * new-commerce offers use the `productId:skuId` form, which is how the sandbox tells the two
 * apart when it applies new-commerce rules (the 7-day adjustment window behind error 800090).
 * Real ids are used where they are public (Office 365 E1/E3, Microsoft 365 E5, Office 365
 * Business Premium, Exchange Online Archiving, Microsoft Azure MS-AZR-0145P, Azure plan).
 */
export const OFFERS: readonly OfferDefinition[] = [...LEGACY_OFFERS, ...NEW_COMMERCE_OFFERS];

const BY_KEY = new Map(OFFERS.map((o) => [o.key, o]));
const BY_ID = new Map(OFFERS.map((o) => [o.id.toUpperCase(), o]));

export function offerByKey(key: string): OfferDefinition {
  const found = BY_KEY.get(key);
  if (!found) throw new RangeError(`Unknown offer key ${key}`);
  return found;
}

export function offerById(id: string): OfferDefinition | undefined {
  return BY_ID.get(id.toUpperCase());
}

/** New-commerce offers have `product:sku` ids; legacy offers have GUIDs or MS-AZR ids. */
export function isNewCommerce(offerId: string): boolean {
  return offerId.includes(':');
}

export function isSoldIn(offer: OfferDefinition, country: string): boolean {
  const c = country.toUpperCase();
  if (offer.countries && !offer.countries.includes(c)) return false;
  return !offer.excludedCountries?.includes(c);
}
