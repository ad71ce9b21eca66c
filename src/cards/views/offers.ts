import type { Offer, OfferCategory } from '../../partner-center/index.js';
import type { AdaptiveCard } from '../render.js';
import { detailsCard } from './details.js';
import { intentAction, openUrlAction, type CardAction, type OpenUrlAction } from './actions.js';
import { facts } from './facts.js';
import { formatCount, humanize, plural } from './format.js';
import { listCard } from './list.js';
import { noticeCard } from './notice.js';

/** Longest description a details card shows; the "Learn more" link has the rest. */
export const OFFER_DESCRIPTION_MAX = 400;
/** Buttons on a card (Teams shows about five before folding them away). */
const MAX_ACTIONS = 5;

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** `DE` → `Germany`; anything Intl does not know is shown as given. */
export function countryName(country: string): string {
  try {
    return regionNames.of(country.toUpperCase()) ?? country;
  } catch {
    return country;
  }
}

/** `1–300`, `1 or more`, `up to 300`, or '' when the offer says nothing. */
export function quantityRange(offer: Pick<Offer, 'minimumQuantity' | 'maximumQuantity'>): string {
  const n = formatCount;
  const { minimumQuantity: min, maximumQuantity: max } = offer;
  if (min !== undefined && max !== undefined) return min === max ? n(min) : `${n(min)}–${n(max)}`;
  if (min !== undefined) return `${n(min)} or more`;
  if (max !== undefined) return `up to ${n(max)}`;
  return '';
}

/** A category's display name: its name in the market, else its id. */
export function categoryName(category: Pick<OfferCategory, 'id' | 'name'> | undefined): string {
  return category?.name ?? category?.id ?? '';
}

export function trimText(text: string | undefined, max: number): string {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export interface OfferListView {
  title: string;
  /** The page shown. */
  offers: Offer[];
  /** All offers that match (before paging). */
  total: number;
  from: number;
  country: string;
  empty: string;
  note?: string;
  hint?: string;
  moreAction?: CardAction;
  downloadAction?: OpenUrlAction;
  /** Further buttons after paging and download (e.g. "All offers"). */
  actions?: CardAction[];
}

export function offerListCard(view: OfferListView): AdaptiveCard {
  const to = view.from + view.offers.length - 1;
  return listCard({
    title: view.title,
    subtitle:
      view.total === 0
        ? 'No offers'
        : plural(view.total, 'offer') +
          (view.total > view.offers.length ? ` · showing ${view.from}–${to}` : ''),
    ...(view.note ? { note: view.note } : {}),
    columns: [
      { header: 'Offer', width: 4 },
      { header: 'Offer id', width: 4 },
      { header: 'Category', width: 2 },
      { header: 'Billing', width: 2 },
      { header: 'Seats', width: 2 },
    ],
    rows: view.offers.map((o) => [
      o.name ?? o.id,
      o.id,
      categoryName(o.category),
      humanize(o.billing),
      quantityRange(o),
    ]),
    empty: view.empty,
    hint: view.hint ?? 'Ask "show offer <offer id>" for an offer\'s details.',
    actions: [
      ...(view.moreAction ? [view.moreAction] : []),
      ...(view.downloadAction ? [view.downloadAction] : []),
      ...(view.actions ?? []),
    ].slice(0, MAX_ACTIONS),
  });
}

export interface OfferCategoriesView {
  country: string;
  categories: OfferCategory[];
  /** Offers per category id, from the country's offer list. */
  offerCounts: ReadonlyMap<string, number>;
  note?: string;
}

export function offerCategoriesCard(view: OfferCategoriesView): AdaptiveCard {
  const where = countryName(view.country);
  const offers = [...view.offerCounts.values()].reduce((a, b) => a + b, 0);
  return listCard({
    title: `Offer categories in ${where}`,
    subtitle:
      view.categories.length === 0
        ? 'No categories'
        : `${plural(view.categories.length, 'category', 'categories')}, ${plural(offers, 'offer')}`,
    ...(view.note ? { note: view.note } : {}),
    columns: [
      { header: 'Category', width: 3 },
      { header: 'Category id', width: 3 },
      { header: 'Offers', width: 1 },
    ],
    rows: view.categories.map((c) => [
      categoryName(c),
      c.id,
      String(view.offerCounts.get(c.id) ?? 0),
    ]),
    empty: `Partner Center lists no offer categories in ${where}.`,
    hint: 'Ask "find offers for <category>" to list one category\'s offers.',
    actions: [
      ...view.categories.slice(0, MAX_ACTIONS - 1).map((c) =>
        intentAction(`${categoryName(c)} offers`, 'offers.search', {
          query: categoryName(c),
          country: view.country,
        }),
      ),
      intentAction('All offers', 'offers.list', { country: view.country }),
    ],
  });
}

/** An offer's facts: what a partner checks before ordering it. */
export function offerDetailsCard(offer: Offer, country: string): AdaptiveCard {
  const term =
    offer.term && offer.termUnitOfMeasure && offer.termUnitOfMeasure !== 'None'
      ? plural(offer.term, offer.termUnitOfMeasure.toLowerCase())
      : undefined;
  const learnMore = offer.links?.learnMore?.uri;
  const category = categoryName(offer.category);
  return detailsCard({
    title: offer.name ?? offer.id,
    subtitle: `Offer in ${countryName(offer.country ?? country)}`,
    facts: facts([
      ['Name', offer.name],
      ['Offer id', offer.id],
      ['Category', category],
      ['Product', offer.product?.name !== offer.name ? offer.product?.name : undefined],
      ['Billing', humanize(offer.billing)],
      ['Billing cycles', (offer.supportedBillingCycles ?? []).map(humanize).join(', ')],
      ['Term', term],
      ['Quantity', quantityRange(offer)],
      ['Unit', offer.unitType],
      ['Add-on', offer.isAddOn],
      ['Has add-ons', offer.hasAddOns],
      ['Prerequisites', (offer.prerequisiteOffers ?? []).join(', ')],
      ['Trial', offer.isTrial],
      ['Auto-renewable', offer.isAutoRenewable],
      ['Available for purchase', offer.isAvailableForPurchase],
      ['Description', trimText(offer.description, OFFER_DESCRIPTION_MAX)],
    ]),
    actions: [
      ...(learnMore && /^https?:\/\//i.test(learnMore)
        ? [openUrlAction('Learn more', learnMore)]
        : []),
      ...(category
        ? [
            intentAction(`${category} offers`, 'offers.search', {
              query: category,
              country: offer.country ?? country,
            }),
          ]
        : []),
      intentAction('All offers', 'offers.list', { country: offer.country ?? country }),
    ],
  });
}

export function offerNotFoundCard(offerId: string, country: string): AdaptiveCard {
  return noticeCard({
    title: `No offer ${offerId} in ${countryName(country)}`,
    message:
      'Partner Center has no offer with that id in this market. Check the id, or look it up in the offer list.',
    tone: 'warning',
    actions: [intentAction('All offers', 'offers.list', { country })],
  });
}

export function searchWhatCard(): AdaptiveCard {
  return noticeCard({
    title: 'Search offers for what?',
    message: 'Give a word of the offer\'s name, for example "find offers for Teams in the UK".',
    actions: [intentAction('All offers', 'offers.list')],
  });
}

export function whichOfferCard(): AdaptiveCard {
  return noticeCard({
    title: 'Which offer?',
    message: 'Give the offer id, for example "show offer 031C9E47-4802-4248-838E-778FB1D2CC05".',
    actions: [intentAction('All offers', 'offers.list')],
  });
}
