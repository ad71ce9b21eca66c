import { customerDetailsCard, customerListCard } from '../cards/views/customers.js';
import { noticeCard } from '../cards/views/notice.js';
import type { Customer, PagedAsyncIterableIterator } from '../partner-center/index.js';
import { toSummary } from './customers/customer-directory.js';
import { filePart, type Exporter, type ExportRequest } from './exports.js';
import { serverPage } from './paging/list-page.js';
import { withCustomer } from './customers/with-customer.js';
import type { Skill, SkillReply, SkillRequest } from './skill.js';

/** Rows per customer list card: readable in a chat pane, far under the 28 KB card limit. */
export const CUSTOMER_PAGE_SIZE = 20;
/** Partner Center's largest customer page, for exports (every page is read). */
const EXPORT_PAGE_SIZE = 500;
const CUSTOMER_COLUMNS = ['Company', 'Domain', 'Tenant id', 'Relationship'];

/** customers.list: every customer, a page at a time (Partner Center pages them, up to 500). */
export const listCustomers: Skill = (request) =>
  customerPage(
    request,
    request.services.partnerCenter.customers.list({ correlationId: request.correlationId }),
    'Customers',
    'You have no customers yet.',
  );

/**
 * customers.search: Partner Center's only customer search is a case-insensitive prefix of the
 * company name or the domain (`develop/get-a-customer-by-name.md`).
 */
export const searchCustomers: Skill = async (request) => {
  const query = request.entities.query?.trim() ?? request.entities.customer?.trim();
  if (!query) {
    return {
      cards: [
        noticeCard({
          title: 'Search for what?',
          message:
            'Give the start of a company name or domain, for example "find customers starting with fab".',
        }),
      ],
    };
  }
  const field = searchFieldFor(request.entities.searchField, query);
  const label = field === 'domain' ? 'domain' : 'name';
  return customerPage(
    { ...request, entities: { ...request.entities, query, searchField: field } },
    request.services.partnerCenter.customers.search(
      { field, prefix: query },
      { correlationId: request.correlationId },
    ),
    `Customers whose ${label} starts with "${query}"`,
    `No customer's ${label} starts with "${query}". Partner Center searches from the start of the ${label}.`,
  );
};

/** customers.show: the customer's identity in Partner Center, with the next useful buttons. */
export const showCustomer: Skill = (request) =>
  withCustomer(request, 'show customer Contoso Ltd', async ({ customer, note }) => {
    const full = customer.tenantId
      ? customer
      : await request.services.customers.get(customer.id, {
          correlationId: request.correlationId,
        });
    return { cards: [customerDetailsCard(full, note)] };
  });

function searchFieldFor(given: 'companyName' | 'domain' | undefined, query: string) {
  return given ?? (query.includes('.') ? 'domain' : 'companyName');
}

/** "Download CSV" of customers.list and customers.search: every page, 500 at a time. */
export const customerExports: Record<'customers.list' | 'customers.search', Exporter> = {
  'customers.list': async (request) => ({
    filename: 'customers',
    columns: CUSTOMER_COLUMNS,
    rows: customerRows(
      request,
      request.services.partnerCenter.customers.list({ correlationId: request.correlationId }),
    ),
  }),
  'customers.search': async (request) => {
    const query = request.entities.query?.trim() ?? '';
    const field = searchFieldFor(request.entities.searchField, query);
    return {
      filename: `customers-${filePart(query)}`,
      columns: CUSTOMER_COLUMNS,
      rows: customerRows(
        request,
        request.services.partnerCenter.customers.search(
          { field, prefix: query },
          { correlationId: request.correlationId },
        ),
      ),
    };
  },
};

async function* customerRows(
  _request: ExportRequest,
  listing: PagedAsyncIterableIterator<Customer>,
): AsyncIterable<string[]> {
  for await (const page of listing.byPage({ maxPageSize: EXPORT_PAGE_SIZE })) {
    for (const c of page.items.map(toSummary)) {
      yield [c.name, c.domain ?? '', c.tenantId ?? '', c.relationship ?? ''];
    }
  }
}

async function customerPage(
  request: SkillRequest,
  listing: PagedAsyncIterableIterator<Customer>,
  title: string,
  empty: string,
): Promise<SkillReply> {
  const page = await serverPage(
    request,
    { intent: request.intent, entities: request.entities, pageSize: CUSTOMER_PAGE_SIZE },
    listing,
  );
  return {
    cards: [
      customerListCard({
        title: page.page > 1 ? `${title} (page ${page.page})` : title,
        customers: page.items.map(toSummary),
        from: page.from,
        hasMore: page.hasMore,
        ...(page.moreAction ? { moreAction: page.moreAction } : {}),
        ...(page.downloadAction ? { downloadAction: page.downloadAction } : {}),
        empty,
      }),
    ],
  };
}
