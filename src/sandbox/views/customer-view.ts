import type { CustomerRecord } from '../models.js';
import { numericEtag } from '../seed/ids.js';
import type { CustomerRow } from '../store/customers-repo.js';
import { link } from './links.js';

const companyLinks = (id: string) => ({ self: link(`/v1/customers/${id}/profiles/company`) });

/** A customers-list item: only id, short company profile and relationship (customers-list.json). */
export function customerListItem(row: CustomerRow) {
  return {
    id: row.id,
    companyProfile: {
      tenantId: row.id,
      domain: row.domain,
      companyName: row.name,
      links: companyLinks(row.id),
      attributes: { objectType: 'CustomerCompanyProfile' },
    },
    relationshipToPartner: row.relationship,
    links: { self: link(`/v1/customers/${row.id}`) },
    attributes: { objectType: 'Customer' },
  };
}

export function companyProfileResource(c: CustomerRecord) {
  return {
    tenantId: c.id,
    domain: c.domain,
    companyName: c.companyName,
    address: c.companyAddress,
    email: c.email,
    links: companyLinks(c.id),
    attributes: { objectType: 'CustomerCompanyProfile' },
  };
}

export function billingProfileEtag(c: CustomerRecord): string {
  return numericEtag(c.billing.id, c.billing.version);
}

export function billingProfileResource(c: CustomerRecord) {
  const { version: _version, ...billing } = c.billing;
  return {
    ...billing,
    links: { self: link(`/v1/customers/${c.id}/profiles/billing`) },
    attributes: { etag: billingProfileEtag(c), objectType: 'CustomerBillingProfile' },
  };
}

/** A customer by id: adds commerceId, full profiles, delegated access and domains (customer-get.json). */
export function customerResource(c: CustomerRecord) {
  return {
    id: c.id,
    commerceId: c.commerceId,
    companyProfile: companyProfileResource(c),
    billingProfile: billingProfileResource(c),
    relationshipToPartner: c.relationshipToPartner,
    allowDelegatedAccess: c.allowDelegatedAccess,
    customDomains: c.customDomains,
    links: { self: link(`/v1/customers/${c.id}`) },
    attributes: { objectType: 'Customer' },
  };
}
