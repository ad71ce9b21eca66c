import { intentAction } from '../cards/views/actions.js';
import { humanize } from '../cards/views/format.js';
import {
  categoryName,
  countryName,
  offerCategoriesCard,
  offerDetailsCard,
  offerListCard,
  offerNotFoundCard,
  searchWhatCard,
  whichOfferCard,
} from '../cards/views/offers.js';
import {
  collectAll,
  isPartnerCenterError,
  type Offer,
  type OfferCategory,
} from '../partner-center/index.js';
import { pageLocally, rowsOf } from './catalog/local-page.js';
import { partnerCountry } from './catalog/partner-country.js';
import { filePart, type Exporter, type ExportRequest } from './exports.js';
import type { AreaSkills, Skill, SkillRequest } from './skill.js';

/** Rows per offer card: five short columns, far under the 28 KB card limit. */
export const OFFER_PAGE_SIZE = 20;

const OFFER_COLUMNS = [
  'Offer',
  'Offer id',
  'Category',
  'Billing',
  'Minimum quantity',
  'Maximum quantity',
  'Billing cycles',
  'Add-on',
  'Trial',
];

/** The market asked for, or the partner's own (partner-country.ts). */
async function countryFor(
  request: Pick<SkillRequest, 'entities' | 'services' | 'correlationId'>,
): Promise<{ country: string; defaulted: boolean }> {
  const named = request.entities.country?.trim().toUpperCase();
  if (named) return { country: named, defaulted: false };
  const country = await partnerCountry(request.services.partnerCenter, {
    correlationId: request.correlationId,
  });
  return { country, defaulted: true };
}

function defaultedNote(country: string): string {
  return `${countryName(country)} is your partner profile's country; name another market for its offers ("list offers in Germany").`;
}

/**
 * The country's whole offer list. `GET /v1/offers` takes offset/size
 * (`develop/get-a-list-of-offers-for-a-market.md`), but the client's `offers.list` sends neither,
 * so the service answers with every offer in one collection and the card pages it locally.
 */
function allOffers(
  request: Pick<SkillRequest, 'services' | 'correlationId'>,
  country: string,
  categoryId?: string,
): Promise<Offer[]> {
  return collectAll(
    request.services.partnerCenter.offers.list({
      country,
      ...(categoryId ? { categoryId } : {}),
      correlationId: request.correlationId,
    }),
  );
}

/** offers.list: the country's offers in Partner Center's rank order. */
const listOffers: Skill = async (request) => {
  const { country, defaulted } = await countryFor(request);
  const offers = await allOffers(request, country);
  const page = pageLocally(request, offers, OFFER_PAGE_SIZE, { ...request.entities, country });
  return {
    cards: [
      offerListCard({
        title: `Offers in ${countryName(country)}`,
        offers: page.items,
        total: page.total,
        from: page.from,
        country,
        empty: `Partner Center lists no offers in ${countryName(country)}.`,
        ...(defaulted && page.from === 1 ? { note: defaultedNote(country) } : {}),
        ...(page.moreAction ? { moreAction: page.moreAction } : {}),
        ...(page.downloadAction ? { downloadAction: page.downloadAction } : {}),
        actions: [intentAction('Categories', 'offers.categories', { country })],
      }),
    ],
  };
};

interface SearchResult {
  offers: Offer[];
  /** Set when the query named a category: its offers, not a text match. */
  category?: OfferCategory;
}

/**
 * The Offers API has no text search: `get-a-list-of-offers-for-a-market.md` documents only
 * `country`, `offer_category_id`, `offset` and `size`. A query that names a category (its name or
 * id) keeps that category's offers (what `offer_category_id` would return, without a second call); any other query keeps the country's offers whose
 * name, product, description or category contains every word of it, name matches first.
 */
async function searchOffers(
  request: Pick<SkillRequest, 'services' | 'correlationId'>,
  query: string,
  country: string,
): Promise<SearchResult> {
  const wanted = query.toLowerCase();
  const offers = await allOffers(request, country);
  const category = offers
    .map((o) => o.category)
    .find((c) => c && (c.id.toLowerCase() === wanted || c.name?.toLowerCase() === wanted));
  if (category) {
    return { offers: offers.filter((o) => o.category?.id === category.id), category };
  }
  const words = wanted.split(/\s+/).filter(Boolean);
  const inName = (o: Offer) => `${o.name ?? ''} ${o.product?.name ?? ''}`.toLowerCase();
  const everywhere = (o: Offer) =>
    `${inName(o)} ${o.description ?? ''} ${categoryName(o.category)} ${o.id}`.toLowerCase();
  const matching = offers.filter((o) => words.every((w) => everywhere(o).includes(w)));
  const byName = matching.filter((o) => words.every((w) => inName(o).includes(w)));
  return { offers: [...byName, ...matching.filter((o) => !byName.includes(o))] };
}

/** offers.search: the country's offers that match the query (see searchOffers). */
const findOffers: Skill = async (request) => {
  const query = request.entities.query?.trim();
  if (!query) return { cards: [searchWhatCard()] };
  const { country, defaulted } = await countryFor(request);
  const result = await searchOffers(request, query, country);
  const page = pageLocally(request, result.offers, OFFER_PAGE_SIZE, {
    ...request.entities,
    query,
    country,
  });
  const where = countryName(country);
  const title = result.category
    ? `${categoryName(result.category)} offers in ${where}`
    : `Offers for "${query}" in ${where}`;
  return {
    cards: [
      offerListCard({
        title,
        offers: page.items,
        total: page.total,
        from: page.from,
        country,
        empty: `No offer in ${where} mentions "${query}" in its name or description.`,
        ...(defaulted && page.from === 1 ? { note: defaultedNote(country) } : {}),
        ...(page.moreAction ? { moreAction: page.moreAction } : {}),
        ...(page.downloadAction ? { downloadAction: page.downloadAction } : {}),
        actions: [
          intentAction('All offers', 'offers.list', { country }),
          intentAction('Categories', 'offers.categories', { country }),
        ],
      }),
    ],
  };
};

/** offers.show: one offer in a market; an id Partner Center does not sell there is a notice. */
const showOffer: Skill = async (request) => {
  const offerId = request.entities.offerId?.trim();
  if (!offerId) return { cards: [whichOfferCard()] };
  const { country } = await countryFor(request);
  try {
    const offer = await request.services.partnerCenter.offers.get(offerId, {
      country,
      correlationId: request.correlationId,
    });
    return { cards: [offerDetailsCard(offer, country)] };
  } catch (err) {
    if (isPartnerCenterError(err) && err.status === 404) {
      return { cards: [offerNotFoundCard(offerId, country)] };
    }
    throw err;
  }
};

/** offers.categories: the market's categories, with how many of its offers each holds. */
const listCategories: Skill = async (request) => {
  const { country, defaulted } = await countryFor(request);
  const [categories, offers] = await Promise.all([
    collectAll(
      request.services.partnerCenter.offers.listCategories({
        country,
        correlationId: request.correlationId,
      }),
    ),
    allOffers(request, country),
  ]);
  const counts = new Map<string, number>();
  for (const o of offers) {
    if (o.category) counts.set(o.category.id, (counts.get(o.category.id) ?? 0) + 1);
  }
  const sorted = [...categories].sort(
    (a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER),
  );
  return {
    cards: [
      offerCategoriesCard({
        country,
        categories: sorted,
        offerCounts: counts,
        ...(defaulted ? { note: defaultedNote(country) } : {}),
      }),
    ],
  };
};

export const catalogSkills: AreaSkills = {
  'offers.list': listOffers,
  'offers.search': findOffers,
  'offers.show': showOffer,
  'offers.categories': listCategories,
};

function offerRow(o: Offer): string[] {
  return [
    o.name ?? '',
    o.id,
    categoryName(o.category),
    humanize(o.billing),
    o.minimumQuantity === undefined ? '' : String(o.minimumQuantity),
    o.maximumQuantity === undefined ? '' : String(o.maximumQuantity),
    (o.supportedBillingCycles ?? []).join(' '),
    o.isAddOn === undefined ? '' : String(o.isAddOn),
    o.isTrial === undefined ? '' : String(o.isTrial),
  ];
}

async function exportCountry(request: ExportRequest): Promise<string> {
  return (await countryFor(request)).country;
}

/** "Download CSV" of offers.list and offers.search: the same list as the cards, every row. */
export const catalogExports: Record<'offers.list' | 'offers.search', Exporter> = {
  'offers.list': async (request) => {
    const country = await exportCountry(request);
    const offers = await allOffers(request, country);
    return {
      filename: `offers-${filePart(country)}`,
      columns: OFFER_COLUMNS,
      rows: rowsOf(offers.map(offerRow)),
    };
  },
  'offers.search': async (request) => {
    const country = await exportCountry(request);
    const query = request.entities.query?.trim() ?? '';
    const { offers } = await searchOffers(request, query, country);
    return {
      filename: `offers-${filePart(country)}-${filePart(query)}`,
      columns: OFFER_COLUMNS,
      rows: rowsOf(offers.map(offerRow)),
    };
  },
};
