import { CATEGORIES } from '../catalog/categories.js';
import type { CategoryDefinition } from '../catalog/categories.js';
import { marketOf } from '../catalog/countries.js';
import type { OfferDefinition } from '../catalog/offers.js';
import { link } from './links.js';

/** An offer category in one market (offercategories.json). */
export function categoryResource(category: CategoryDefinition, country: string) {
  const market = marketOf(country);
  return {
    id: category.id,
    name: category.name,
    rank: category.rank,
    locale: market.locale,
    country: market.country,
    attributes: { objectType: 'OfferCategory' },
  };
}

/** An offer in one market, with every field of the live recording offer-get-recorded.json. */
export function offerResource(offer: OfferDefinition, country: string) {
  const market = marketOf(country);
  const yearly = offer.termDuration !== 'P1M';
  return {
    id: offer.id,
    name: offer.name,
    description: offer.description,
    minimumQuantity: offer.minimumQuantity,
    maximumQuantity: offer.maximumQuantity,
    rank: offer.rank,
    uri: `/3c95518e-8c37-41e3-9627-0ca339200f53/Offers/${offer.id}`,
    locale: market.locale,
    country: market.country,
    category: categoryResource(CATEGORIES[offer.category], country),
    limitUnitOfMeasure: 'None',
    limit: 0,
    termUnitOfMeasure: yearly ? 'Year' : 'Month',
    term: 1,
    prerequisiteOffers: [] as string[],
    isAddOn: offer.isAddOn,
    hasAddOns: offer.hasAddOns,
    isAvailableForPurchase: true,
    billing: offer.billing,
    supportedBillingCycles: [...offer.supportedBillingCycles],
    isAutoRenewable: offer.billing === 'license',
    isInternal: false,
    isMicrosoftProduct: true,
    conversionTargetOffers: [] as string[],
    reselleeQualifications: [] as string[],
    resellerQualifications: [] as string[],
    salesGroupId: 'Default',
    isTrial: offer.isTrial,
    acquisitionType: offer.isTrial ? 'trial' : 'purchase',
    supportedCatalogTypes: ['sandbox', 'live'],
    actions: ['Cancel', 'Edit'],
    product: {
      id: offer.productId,
      name: offer.productName,
      unit: offer.billing === 'usage' ? 'Usage-based' : 'Licenses',
    },
    unitType: offer.billing === 'usage' ? 'Usage-based' : 'Licenses',
    links: {
      learnMore: link(`https://go.microsoft.com/fwlink/?LinkId=${offer.rank}&clcid=0x409`),
      self: link(`/v1/offers/${offer.id}?country=${market.country}`),
    },
    attributes: { objectType: 'Offer' },
  };
}
