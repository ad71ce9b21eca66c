/** `client.domains`: whether an `onmicrosoft.com` domain is still free for a new customer. */
import { isPartnerCenterError } from '../errors.js';
import type { OperationOptions } from '../request-executor.js';
import { segment } from './context.js';
import type { OperationContext } from './context.js';

export interface DomainsOperations {
  /**
   * `HEAD /v1/domains/{domain}`: 200 when the domain is taken, 404 (with no body) when it is
   * available (`develop/verify-domain-availability.md`). Any other failure is thrown.
   */
  isAvailable(domain: string, options?: OperationOptions): Promise<boolean>;
}

export function createDomainsOperations(ctx: OperationContext): DomainsOperations {
  return {
    isAvailable: async (domain, options) => {
      try {
        await ctx.executor.send(
          {
            operation: 'domains.isAvailable',
            api: 'partnerCenter',
            method: 'HEAD',
            path: `/domains/${segment('domain', domain.trim().toLowerCase())}`,
            // Availability changes as customers are created: never answer from the cache.
            cache: 'bypass',
          },
          options,
        );
        return false;
      } catch (err) {
        if (isPartnerCenterError(err) && err.status === 404) return true;
        throw err;
      }
    },
  };
}
