import { CATEGORIES } from '../catalog/categories.js';
import { MARKETS } from '../catalog/countries.js';
import { isSoldIn, offerById, OFFERS } from '../catalog/offers.js';
import { PC_ERRORS, PcError } from '../http/pc-errors.js';
import { json, type PcRequest, type RouteDef } from '../http/types.js';
import { collection, link } from '../views/links.js';
import { categoryResource, offerResource } from '../views/offer-view.js';
import { param } from './common.js';

/** The `country` query parameter, required by the catalog routes. */
function countryOf(req: PcRequest): string {
  const country = req.query.get('country')?.trim().toUpperCase();
  if (!country) {
    throw new PcError(PC_ERRORS.INVALID_INPUT, [
      'The country query parameter is required (e.g. country=US).',
    ]);
  }
  if (!MARKETS[country]) {
    throw new PcError(PC_ERRORS.NOT_ONBOARDED_IN_COUNTRY, [
      `The sandbox sells in ${Object.keys(MARKETS).join(', ')}; "${country}" is not one of them.`,
    ]);
  }
  return country;
}

function whole(req: PcRequest, name: string): number | undefined {
  const raw = req.query.get(name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    throw new PcError(PC_ERRORS.INVALID_INPUT, [`${name} must be a whole number, got "${raw}".`]);
  }
  return n;
}

/**
 * `GET /v1/offers?country=` with optional `offer_category_id`, `offset`, `size`
 * (`develop/get-a-list-of-offers-for-a-market.md`). Without offset/size every offer comes back in
 * one body, as the live recording shows.
 */
function listOffers(req: PcRequest) {
  const country = countryOf(req);
  const category = req.query.get('offer_category_id')?.toLowerCase();
  const all = OFFERS.filter(
    (o) => isSoldIn(o, country) && (!category || o.category.toLowerCase() === category),
  ).sort((a, b) => a.rank - b.rank);
  const offset = whole(req, 'offset') ?? 0;
  const size = whole(req, 'size') || all.length;
  const page = collection(
    all.slice(offset, offset + size).map((o) => offerResource(o, country)),
    req.url,
  );
  const extra = category ? `&offer_category_id=${encodeURIComponent(category)}` : '';
  if (offset + size < all.length) {
    page.links.next = link(
      `/v1/offers?country=${country}${extra}&offset=${offset + size}&size=${size}`,
    );
  }
  if (offset > 0) {
    const previous = Math.max(0, offset - size);
    page.links.previous = link(
      `/v1/offers?country=${country}${extra}&offset=${previous}&size=${size}`,
    );
  }
  return json(page);
}

export const offerRoutes: RouteDef[] = [
  { method: 'GET', path: '/v1/offers', handler: listOffers },
  {
    method: 'GET',
    path: '/v1/offers/:offerId',
    handler: (req) => {
      const country = countryOf(req);
      const offer = offerById(param(req, 'offerId'));
      if (!offer || !isSoldIn(offer, country)) {
        throw new PcError(PC_ERRORS.NOT_FOUND, [
          `Offer ${param(req, 'offerId')} is not sold in ${country}.`,
        ]);
      }
      return json(offerResource(offer, country));
    },
  },
  {
    // develop/get-a-list-of-offer-categories-by-country-and-locale.md
    method: 'GET',
    path: '/v1/offercategories',
    handler: (req) => {
      const country = countryOf(req);
      const used = new Set(OFFERS.filter((o) => isSoldIn(o, country)).map((o) => o.category));
      const items = Object.values(CATEGORIES)
        .filter((c) => used.has(c.id))
        .map((c) => categoryResource(c, country));
      return json(collection(items, req.url));
    },
  },
];
