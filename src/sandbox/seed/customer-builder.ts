import { marketOf } from '../catalog/countries.js';
import type { CustomerRecord, UserRecord } from '../models.js';
import type { Rng } from './rng.js';
import { slug } from './people.js';

export interface CustomerSpec {
  companyName: string;
  domain: string;
  country: string;
  addressLine1: string;
  city: string;
  state: string;
  postalCode: string;
  phone: string;
  contact: readonly [string, string];
  createdAt: Date;
}

/** A customer record with its company and billing profiles (`develop/customer-resources.md`). */
export function buildCustomer(rng: Rng, spec: CustomerSpec): CustomerRecord {
  const market = marketOf(spec.country);
  const id = rng.guid();
  const [firstName, lastName] = spec.contact;
  const email = `${slug(firstName)}.${slug(lastName)}@${spec.domain}`;
  return {
    id,
    commerceId: rng.guid(),
    companyName: spec.companyName,
    domain: spec.domain,
    country: market.country,
    relationshipToPartner: 'reseller',
    // GDAP replaced DAP (2023), so most customers no longer grant delegated admin access.
    allowDelegatedAccess: rng.chance(0.2),
    customDomains: [spec.domain],
    companyAddress: {
      country: market.country,
      region: spec.state,
      city: spec.city,
      addressLine1: spec.addressLine1,
      postalCode: spec.postalCode,
      phoneNumber: spec.phone,
    },
    email,
    billing: {
      id: rng.guid(),
      firstName,
      lastName,
      email,
      culture: market.locale,
      language: market.language,
      companyName: spec.companyName,
      defaultAddress: {
        country: market.country,
        city: spec.city,
        state: spec.state,
        addressLine1: spec.addressLine1,
        postalCode: spec.postalCode,
        firstName,
        lastName,
        phoneNumber: spec.phone,
      },
      version: 1,
    },
    createdAt: spec.createdAt.toISOString(),
  };
}

export interface UserSpec {
  firstName: string;
  lastName: string;
  /** Local part of the user principal name; defaults to first.last. */
  alias?: string;
  createdAt: Date;
  deletedAt?: Date;
}

/** A customer user (`develop/user-resources.md`). */
export function buildUser(rng: Rng, customer: CustomerRecord, spec: UserSpec): UserRecord {
  const alias = spec.alias ?? `${slug(spec.firstName)}.${slug(spec.lastName)}`;
  return {
    id: rng.guid(),
    customerId: customer.id,
    userPrincipalName: `${alias}@${customer.domain}`,
    firstName: spec.firstName,
    lastName: spec.lastName,
    displayName: `${spec.firstName} ${spec.lastName}`,
    usageLocation: customer.country,
    state: spec.deletedAt ? 'inactive' : 'active',
    softDeletionTime: spec.deletedAt ? spec.deletedAt.toISOString() : null,
    createdAt: spec.createdAt.toISOString(),
  };
}
