import type { CustomerSummary } from '../customers/customer-directory.js';
import { withCustomer } from '../customers/with-customer.js';
import type { SkillReply, SkillRequest } from '../skill.js';
import { domainOf } from '../users/with-user.js';
import { DEFAULT_USAGE_LOCATION, parseUsageLocation } from './usage-location.js';

export interface NewUserCustomer {
  customer: CustomerSummary;
  /** Its verified domains: a new user principal name must end in one of them. */
  domains: string[];
  /** Its country (billing address, else company address), else US: the usage location default. */
  country: string;
}

/**
 * The customer a new user is for: the one named, else the one whose domain the user principal
 * name has (jane@fabrikam.onmicrosoft.com → Fabrikam), else the one in context. Its domains and
 * country come from GET customer (`develop/get-a-customer-by-id.md`: `customDomains`).
 */
export async function withNewUserCustomer<T>(
  request: SkillRequest,
  example: string,
  run: (tenant: NewUserCustomer) => Promise<T | SkillReply>,
): Promise<T | SkillReply> {
  const named = request.entities.customer?.trim();
  const domain = domainOf(request.entities.user ?? '');
  const inContext = request.context.customer?.domain?.toLowerCase();
  const scoped =
    !named && domain && inContext !== domain
      ? { ...request, entities: { ...request.entities, customer: domain } }
      : request;
  return withCustomer<T>(scoped, example, async ({ customer }) => {
    const full = await request.services.partnerCenter.customers.get(customer.id, {
      correlationId: request.correlationId,
    });
    const domains = full.customDomains?.length
      ? full.customDomains
      : [full.companyProfile?.domain ?? customer.domain].filter((d): d is string => Boolean(d));
    const country =
      parseUsageLocation(full.billingProfile?.defaultAddress?.country) ??
      parseUsageLocation(full.companyProfile?.address?.country) ??
      DEFAULT_USAGE_LOCATION;
    return run({ customer, domains, country });
  });
}
