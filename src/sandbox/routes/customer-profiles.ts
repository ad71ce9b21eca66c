import { PC_ERRORS, PcError } from '../http/pc-errors.js';
import { json, type PcRequest, type RouteDef, type SandboxContext } from '../http/types.js';
import {
  billingProfileEtag,
  billingProfileResource,
  companyProfileResource,
} from '../views/customer-view.js';
import {
  mergeAddress,
  objectAt,
  param,
  requireBody,
  requireCustomer,
  requireEtag,
  stringAt,
} from './common.js';

/**
 * `PUT /v1/customers/{id}/profiles/billing` with the full profile and its ETag (`If-Match`
 * "is required for concurrency detection", `develop/update-a-customer-s-billing-profile.md`).
 * A stale ETag is 400 / 2055. The billing country cannot change.
 */
function updateBillingProfile(req: PcRequest, sb: SandboxContext) {
  const customer = requireCustomer(sb, param(req, 'customerId'));
  const body = requireBody(req);
  requireEtag(req, billingProfileEtag(customer), 'billing profile');
  const before = structuredClone(customer.billing);
  const next = customer.billing;
  for (const key of [
    'firstName',
    'lastName',
    'email',
    'culture',
    'language',
    'companyName',
  ] as const) {
    const value = stringAt(body, key);
    if (value !== undefined) next[key] = value;
  }
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(next.email)) {
    throw new PcError(PC_ERRORS.INVALID_INPUT, [`Email "${next.email}" is not an e-mail address.`]);
  }
  next.defaultAddress = mergeAddress(
    next.defaultAddress,
    objectAt(body, 'defaultAddress'),
    "customer's billing address",
  );
  next.version += 1;
  sb.store.transaction(() => {
    sb.store.customers.update(customer);
    sb.audit.write('billingProfile.update', {
      customer,
      resourceType: 'customer',
      operationType: 'update_customer_billing_profile',
      oldValue: before,
      newValue: billingProfileResource(customer),
      customizedData: { CustomerId: customer.id },
      at: req.now,
    });
  });
  return json(billingProfileResource(customer));
}

export const customerProfileRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/v1/customers/:customerId/profiles/company',
    handler: (req, sb) =>
      json(companyProfileResource(requireCustomer(sb, param(req, 'customerId')))),
  },
  {
    method: 'GET',
    path: '/v1/customers/:customerId/profiles/billing',
    handler: (req, sb) =>
      json(billingProfileResource(requireCustomer(sb, param(req, 'customerId')))),
  },
  {
    method: 'PUT',
    path: '/v1/customers/:customerId/profiles/billing',
    handler: updateBillingProfile,
  },
];
