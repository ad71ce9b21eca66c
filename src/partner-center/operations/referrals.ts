/**
 * `client.referrals`: co-sell referrals on the separate Partner API
 * (`{partnerApiBaseUrl}/v1.0/engagements/referrals`, partner-rest `get-a-list-of-referrals.md`):
 * OData paging through `@odata.nextLink`, `client-request-id` instead of MS-RequestId, its own
 * token audience (`https://api.partner.microsoft.com`), Graph-style error bodies. App+User only.
 */
import { ReferralPageSchema, ReferralSchema } from '../models/referral.js';
import type { Referral, ReferralUpdateInput } from '../models/referral.js';
import { createPagedIterator } from '../paging.js';
import type { PagedAsyncIterableIterator } from '../paging.js';
import type { OperationOptions } from '../request-executor.js';
import { pageOptions, quoteEtag, segment } from './context.js';
import type { OperationContext } from './context.js';

const REFERRALS_PATH = '/engagements/referrals';

export interface ListReferralsOptions extends OperationOptions {
  /** OData `$filter`, e.g. `status eq 'New'`. */
  filter?: string;
  /** OData `$top`; `byPage({ maxPageSize })` sets it when absent. */
  top?: number;
  /** OData `$orderby`, e.g. `createdDateTime desc`. */
  orderBy?: string;
}

export interface UpdateReferralOptions extends OperationOptions {
  /** The referral's `eTag`, sent as If-Match so a concurrent change is not overwritten. */
  etag?: string;
}

export interface ReferralsOperations {
  list(options?: ListReferralsOptions): PagedAsyncIterableIterator<Referral>;
  get(referralId: string, options?: OperationOptions): Promise<Referral>;
  /** PATCH the changed fields (204 per `patch-a-referral.md`); returns the referral as it is now. */
  update(
    referralId: string,
    patch: ReferralUpdateInput,
    options?: UpdateReferralOptions,
  ): Promise<Referral>;
}

export function createReferralsOperations(ctx: OperationContext): ReferralsOperations {
  const { executor } = ctx;
  const itemPath = (referralId: string) => `${REFERRALS_PATH}/${segment('referralId', referralId)}`;
  const get = async (referralId: string, options?: OperationOptions, fresh = false) =>
    executor.sendJson(
      {
        operation: 'referrals.get',
        api: 'partnerApi',
        method: 'GET',
        path: itemPath(referralId),
        cache: fresh ? 'bypass' : 'default',
      },
      ReferralSchema,
      options,
    );

  return {
    list: (options = {}) => {
      const nextPageOptions = pageOptions(options);
      return createPagedIterator('referrals.list', async (link, maxPageSize) => {
        const response = await executor.send(
          link
            ? {
                operation: 'referrals.list',
                api: 'partnerApi',
                method: 'GET',
                url: executor.urls.link('partnerApi', link.uri),
              }
            : {
                operation: 'referrals.list',
                api: 'partnerApi',
                method: 'GET',
                path: REFERRALS_PATH,
                query: {
                  $filter: options.filter,
                  $top: options.top ?? maxPageSize,
                  $orderby: options.orderBy,
                },
              },
          nextPageOptions(),
        );
        const page = executor.parse(response, ReferralPageSchema);
        const nextLink = page['@odata.nextLink'];
        return { items: page.value, ...(nextLink ? { next: { uri: nextLink } } : {}) };
      });
    },
    get: (referralId, options) => get(referralId, options),
    update: async (referralId, patch, options = {}) => {
      const response = await executor.send(
        {
          operation: 'referrals.update',
          api: 'partnerApi',
          method: 'PATCH',
          path: itemPath(referralId),
          headers: options.etag ? { 'If-Match': quoteEtag(options.etag) } : {},
          body: patch,
        },
        options,
      );
      if (response.bodyText.trim() !== '') return executor.parse(response, ReferralSchema);
      return get(
        referralId,
        { correlationId: options.correlationId, abortSignal: options.abortSignal },
        true,
      );
    },
  };
}
