/**
 * `client.offers`: the legacy offer catalog by country (`develop/get-a-list-of-offers-for-a-market.md`).
 * Without offset/size the service returns every offer in one collection.
 */
import { OfferCategorySchema, OfferSchema } from '../models/offer.js';
import type { Offer, OfferCategory } from '../models/offer.js';
import type { PagedAsyncIterableIterator } from '../paging.js';
import type { OperationOptions } from '../request-executor.js';
import { listCollection } from './collection.js';
import { segment } from './context.js';
import type { OperationContext } from './context.js';

export interface CountryOptions extends OperationOptions {
  /** ISO 3166-1 alpha-2, e.g. `US`. */
  country: string;
}

export interface ListOffersOptions extends CountryOptions {
  /** `offer_category_id`, e.g. `Enterprise_Key`. */
  categoryId?: string;
}

export interface OffersOperations {
  list(options: ListOffersOptions): PagedAsyncIterableIterator<Offer>;
  get(offerId: string, options: CountryOptions): Promise<Offer>;
  listCategories(options: CountryOptions): PagedAsyncIterableIterator<OfferCategory>;
}

export function createOffersOperations(ctx: OperationContext): OffersOperations {
  return {
    list: (options) =>
      listCollection(
        ctx,
        {
          operation: 'offers.list',
          path: '/offers',
          query: { country: options.country, offer_category_id: options.categoryId },
          item: OfferSchema,
        },
        options,
      ),
    get: async (offerId, options) =>
      ctx.executor.sendJson(
        {
          operation: 'offers.get',
          api: 'partnerCenter',
          method: 'GET',
          path: `/offers/${segment('offerId', offerId)}`,
          query: { country: options.country },
        },
        OfferSchema,
        options,
      ),
    listCategories: (options) =>
      listCollection(
        ctx,
        {
          operation: 'offers.listCategories',
          path: '/offercategories',
          query: { country: options.country },
          item: OfferCategorySchema,
        },
        options,
      ),
  };
}
