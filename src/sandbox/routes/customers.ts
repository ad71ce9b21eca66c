import { parseCustomerFilter, type CustomerFilter } from '../filters/pc-filter.js';
import { json, type PcRequest, type RouteDef, type SandboxContext } from '../http/types.js';
import { pageSize, readSeek, splitPage } from '../paging/seek.js';
import { customerListItem, customerResource } from '../views/customer-view.js';
import { seekPage, collection } from '../views/links.js';
import { createCustomer } from './customer-create.js';
import { normalizeDomain, param, requireCustomer } from './common.js';

const MAX_PAGE = 500;

type Cursor = [name: string, id: string];

/**
 * `GET /v1/customers?size=&filter=`: keyset pages of at most 500 in company-name order, with
 * `links.next` + `MS-ContinuationToken` (`develop/get-a-list-of-customers.md`,
 * `develop/get-a-customer-by-name.md`).
 */
function listCustomers(req: PcRequest, sb: SandboxContext) {
  const token = readSeek<Cursor, CustomerFilter | null>(req, 'customers', '');
  const size = token?.size ?? pageSize(req, MAX_PAGE);
  const filter = token ? (token.filter ?? undefined) : parseCustomerFilter(req.query.get('filter'));
  if (filter?.field === 'indirect') return json(collection([], req.url)); // no indirect resellers here
  const rows = sb.store.customers.page({
    ...(filter ? { field: filter.field, prefix: filter.prefix } : {}),
    ...(token ? { after: token.cursor } : {}),
    limit: size + 1,
  });
  const { items, next } = splitPage(rows, size, {
    uri: `/v1/customers?size=${size}&seekOperation=Next`,
    kind: 'customers',
    scope: '',
    cursor: (last): Cursor => [last.name_lc, last.id],
    filter: filter ?? null,
  });
  return json(seekPage(items.map(customerListItem), req.url, next));
}

export const customerRoutes: RouteDef[] = [
  { method: 'GET', path: '/v1/customers', handler: listCustomers },
  { method: 'POST', path: '/v1/customers', handler: createCustomer },
  {
    // develop/request-reseller-relationship.md
    method: 'GET',
    path: '/v1/customers/relationshiprequests',
    handler: (_req, sb) =>
      json({
        url: `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${sb.partner().partnerId}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`,
        attributes: { objectType: 'RelationshipRequest' },
      }),
  },
  {
    method: 'GET',
    path: '/v1/customers/:customerId',
    handler: (req, sb) => json(customerResource(requireCustomer(sb, param(req, 'customerId')))),
  },
  {
    // develop/verify-domain-availability.md: 200 when taken, 404 with an empty body when free.
    method: 'HEAD',
    path: '/v1/domains/:domain',
    handler: (req, sb) => {
      const domain = normalizeDomain(param(req, 'domain'));
      return { status: sb.store.customers.idByDomain(domain) ? 200 : 404 };
    },
  },
];
