import { PC_ERRORS, PcError } from '../http/pc-errors.js';
import type { PcRequest, SandboxContext } from '../http/types.js';
import type { Address, CustomerRecord, SubscriptionRecord, UserRecord } from '../models.js';
import { isGuid } from '../seed/ids.js';

/**
 * The customer in the path. An id that is not a GUID is a 400 / 2000 (sample
 * error-400-invalid-tenant-id.json); an unknown one a 404 / 60003 "Tenant not found"
 * (`develop/error-codes.md`; production sometimes answers 403 / 20002 instead, the sandbox picks
 * the documented 404).
 */
export function requireCustomer(sb: SandboxContext, id: string): CustomerRecord {
  if (!isGuid(id)) throw new PcError(PC_ERRORS.INVALID_GUID, ['Tenant']);
  const customer = sb.store.customers.get(id);
  if (!customer) {
    throw new PcError(PC_ERRORS.TENANT_NOT_FOUND, [
      `No customer with tenant id ${id} has a relationship with this partner.`,
    ]);
  }
  return customer;
}

/** The customer user in the path: 404 / 60002 when unknown (`develop/error-codes.md`). */
export function requireUser(sb: SandboxContext, customer: CustomerRecord, id: string): UserRecord {
  const user = isGuid(id) ? sb.store.users.get(customer.id, id) : undefined;
  if (!user) {
    throw new PcError(PC_ERRORS.USER_NOT_FOUND, [`No user ${id} in tenant ${customer.id}.`]);
  }
  return user;
}

/** The subscription in the path: 404 / 20003 when unknown. */
export function requireSubscription(
  sb: SandboxContext,
  customer: CustomerRecord,
  id: string,
): SubscriptionRecord {
  const subscription = isGuid(id) ? sb.store.commerce.getSubscription(customer.id, id) : undefined;
  if (!subscription) throw new PcError(PC_ERRORS.SUBSCRIPTION_NOT_FOUND, [id]);
  return subscription;
}

/** A path parameter that the route template guarantees. */
export function param(req: PcRequest, name: string): string {
  return req.params[name] ?? '';
}

/** The body of a write, or a 400 when there is none. */
export function requireBody(req: PcRequest): Record<string, unknown> {
  if (!req.body) {
    throw new PcError(PC_ERRORS.INVALID_INPUT, ['The request needs a JSON body.']);
  }
  return req.body;
}

/** A nested object of a camel-cased body (`attributes`, `defaultAddress`), or an empty one. */
export function objectAt(value: unknown, key: string): Record<string, unknown> {
  const v =
    value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** A string property, trimmed; undefined when absent, 400 when present but not a string. */
export function stringAt(
  body: Record<string, unknown>,
  key: string,
  label = key,
): string | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') {
    throw new PcError(PC_ERRORS.INVALID_INPUT, [`${label} must be a string.`]);
  }
  return v.trim();
}

/**
 * The ETag a write carries: the `If-Match` header (quotes stripped, `develop/test-and-debug.md`)
 * or the body's `attributes.etag` (what the .NET SDK sends).
 */
export function etagOf(req: PcRequest): string | undefined {
  const header = req.header('If-Match')?.trim();
  if (header) return header.replace(/^W\//, '').replace(/^"(.*)"$/, '$1');
  const etag = objectAt(req.body, 'attributes').etag;
  return typeof etag === 'string' && etag !== '' ? etag : undefined;
}

/** Checks a write's ETag: missing → 400 / 800002, stale → 400 / 2055 (`develop/error-codes.md`). */
export function requireEtag(req: PcRequest, current: string, what: string): void {
  const etag = etagOf(req);
  if (etag === undefined) {
    throw new PcError(PC_ERRORS.INVALID_INPUT, [
      `Updating the ${what} needs its current ETag in If-Match or attributes.etag; GET it first.`,
    ]);
  }
  if (etag !== current) {
    throw new PcError(PC_ERRORS.ETAG_STALE, [
      `The ${what} changed since it was read; GET it again and retry with the new attributes.etag.`,
    ]);
  }
}

/** `contoso` → `contoso.onmicrosoft.com`; full domains are kept, lower-cased. */
export function normalizeDomain(domain: string): string {
  const d = domain.trim().toLowerCase();
  return d.includes('.') ? d : `${d}.onmicrosoft.com`;
}

const ADDRESS_FIELDS = [
  'city',
  'state',
  'region',
  'addressLine1',
  'addressLine2',
  'postalCode',
  'firstName',
  'lastName',
  'phoneNumber',
] as const;

/**
 * `current` with the address fields `patch` sets. The country is part of the account's identity
 * (tax, currency, catalogue): a different one is a 400 naming `whose` address it is.
 */
export function mergeAddress(
  current: Address,
  patch: Record<string, unknown>,
  whose: string,
): Address {
  const country = stringAt(patch, 'country');
  if (country && country.toUpperCase() !== current.country) {
    throw new PcError(PC_ERRORS.INVALID_INPUT, [
      `The country of the ${whose} cannot be changed (it is ${current.country}).`,
    ]);
  }
  const next: Address = { ...current };
  for (const key of ADDRESS_FIELDS) {
    const value = stringAt(patch, key);
    if (value !== undefined) next[key] = value;
  }
  return next;
}
