import { GLOBAL_ADMIN_ROLE_ID } from '../catalog/directory-roles.js';
import { marketOf } from '../catalog/countries.js';
import { PC_ERRORS, PcError } from '../http/pc-errors.js';
import { json, type PcRequest, type SandboxContext } from '../http/types.js';
import { buildCustomer, buildUser } from '../seed/customer-builder.js';
import { generatedPassword } from '../seed/ids.js';
import { rngFor } from '../seed/rng.js';
import { customerResource } from '../views/customer-view.js';
import { normalizeDomain, objectAt, requireBody, stringAt } from './common.js';

const DOMAIN = /^[a-z0-9]([a-z0-9-]{0,62})(\.[a-z0-9-]{1,63})+$/;

/**
 * `POST /v1/customers` (`develop/create-a-customer.md`): 201 with the customer and, only here,
 * `userCredentials` of the new tenant's admin. A domain already in use is refused.
 */
export function createCustomer(req: PcRequest, sb: SandboxContext) {
  const body = requireBody(req);
  const company = objectAt(body, 'companyProfile');
  const billing = objectAt(body, 'billingProfile');
  const address = objectAt(billing, 'defaultAddress');
  const rawDomain = stringAt(company, 'domain', 'CompanyProfile.Domain');
  const required: Array<[string, string | undefined]> = [
    ['CompanyProfile.Domain', rawDomain],
    ['BillingProfile.Email', stringAt(billing, 'email')],
    ['BillingProfile.CompanyName', stringAt(billing, 'companyName')],
    ['BillingProfile.Culture', stringAt(billing, 'culture')],
    ['BillingProfile.Language', stringAt(billing, 'language')],
    ['BillingProfile.DefaultAddress.Country', stringAt(address, 'country')],
    ['BillingProfile.DefaultAddress.AddressLine1', stringAt(address, 'addressLine1')],
    ['BillingProfile.DefaultAddress.City', stringAt(address, 'city')],
    ['BillingProfile.DefaultAddress.PostalCode', stringAt(address, 'postalCode')],
  ];
  const missing = required.filter(([, v]) => !v).map(([k]) => k);
  if (missing.length) {
    throw new PcError(PC_ERRORS.INVALID_INPUT, [
      `Missing required properties: ${missing.join(', ')}.`,
    ]);
  }
  const domain = normalizeDomain(rawDomain ?? '');
  if (!DOMAIN.test(domain)) {
    throw new PcError(PC_ERRORS.INVALID_INPUT, [`"${domain}" is not a valid domain name.`]);
  }
  if (sb.store.customers.idByDomain(domain)) {
    throw new PcError(PC_ERRORS.INVALID_INPUT, [
      `The domain ${domain} is already in use. Check availability with HEAD /v1/domains/{domain} and choose another.`,
    ]);
  }
  const email = stringAt(billing, 'email') ?? '';
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    throw new PcError(PC_ERRORS.INVALID_INPUT, [
      `BillingProfile.Email "${email}" is not an e-mail address.`,
    ]);
  }
  const country = (stringAt(address, 'country') ?? '').toUpperCase();
  const rng = rngFor(sb.seed, 'created-customer', domain);
  const firstName = stringAt(address, 'firstName') || 'Admin';
  const lastName = stringAt(address, 'lastName') || 'User';
  const customer = buildCustomer(rng, {
    companyName: stringAt(billing, 'companyName') ?? domain,
    domain,
    country,
    addressLine1: stringAt(address, 'addressLine1') ?? '',
    city: stringAt(address, 'city') ?? '',
    state: stringAt(address, 'state') ?? stringAt(address, 'region') ?? '',
    postalCode: stringAt(address, 'postalCode') ?? '',
    phone: stringAt(address, 'phoneNumber') ?? '',
    contact: [firstName, lastName],
    createdAt: req.now,
  });
  customer.email = email;
  customer.billing.email = email;
  customer.billing.culture = stringAt(billing, 'culture') ?? marketOf(country).locale;
  customer.billing.language = stringAt(billing, 'language') ?? marketOf(country).language;
  customer.allowDelegatedAccess = false;
  const admin = buildUser(rng, customer, {
    firstName,
    lastName,
    alias: 'admin',
    createdAt: req.now,
  });
  const password = generatedPassword(rng);
  sb.store.transaction(() => {
    sb.store.customers.insert(customer);
    sb.store.users.insert(admin);
    sb.store.directory.addMember(customer.id, GLOBAL_ADMIN_ROLE_ID, admin.id);
    sb.audit.write('customer.create', {
      customer,
      resourceType: 'customer',
      operationType: 'add_customer',
      newValue: customerResource(customer),
      customizedData: { CustomerId: customer.id, Domain: domain },
      at: req.now,
    });
  });
  return json(
    { ...customerResource(customer), userCredentials: { userName: 'admin', password } },
    201,
  );
}
