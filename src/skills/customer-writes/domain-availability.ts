import type { PartnerCenterClient } from '../../partner-center/index.js';

/** Whether `domain` (`<prefix>.onmicrosoft.com`) can still be given to a new tenant. */
export type DomainAvailability = (
  client: PartnerCenterClient,
  domain: string,
  options: { correlationId: string },
) => Promise<boolean>;

/**
 * Partner Center answers `HEAD /v1/domains/{domain}`: 200 when taken, 404 when free
 * (`develop/verify-domain-availability.md`), for any tenant, not only the partner's customers.
 */
export const isDomainAvailable: DomainAvailability = (client, domain, options) =>
  client.domains.isAvailable(domain, options);
