/** `client.customers`: customers, search, create, invitation link, company and billing profiles. */
import {
  CustomerBillingProfileSchema,
  CustomerCompanyProfileSchema,
  CustomerSchema,
  RelationshipRequestSchema,
} from '../models/customer.js';
import type {
  Customer,
  CustomerBillingProfile,
  CustomerCompanyProfile,
  CustomerCreateInput,
  RelationshipRequest,
} from '../models/customer.js';
import { toPascalCase } from '../pascal-case.js';
import type { PagedAsyncIterableIterator } from '../paging.js';
import type { OperationOptions } from '../request-executor.js';
import { listCollection } from './collection.js';
import { filterJson, operationError, quoteEtag, segment } from './context.js';
import type { OperationContext } from './context.js';

/** Customers come 500 a page at most ([3P] Partner-Center-SDK-Samples #5; PowerShell #379 shows size=500). */
const CUSTOMER_PAGING = { defaultSize: 500, maxSize: 500 };

export interface CustomerSearch {
  /** The only fields Partner Center searches customers by, always as a case-insensitive prefix. */
  field: 'companyName' | 'domain';
  prefix: string;
}

export interface RelationshipRequestOptions extends OperationOptions {
  indirectResellerId?: string;
}

export interface CustomersOperations {
  list(options?: OperationOptions): PagedAsyncIterableIterator<Customer>;
  /** Server-side `starts_with` filter (`develop/get-a-customer-by-name.md`). */
  search(query: CustomerSearch, options?: OperationOptions): PagedAsyncIterableIterator<Customer>;
  get(customerId: string, options?: OperationOptions): Promise<Customer>;
  /** Returns the new customer with `userCredentials` (the admin password, shown once). */
  create(customer: CustomerCreateInput, options?: OperationOptions): Promise<Customer>;
  /** The reseller invitation link (App+User). */
  getRelationshipRequest(options?: RelationshipRequestOptions): Promise<RelationshipRequest>;
  getCompanyProfile(
    customerId: string,
    options?: OperationOptions,
  ): Promise<CustomerCompanyProfile>;
  getBillingProfile(
    customerId: string,
    options?: OperationOptions,
  ): Promise<CustomerBillingProfile>;
  /**
   * PUTs the FULL profile with `If-Match: "<attributes.etag>"`; get it first and change fields on
   * that copy. A stale etag fails with 400 / code 2055 (`update-a-customer-s-billing-profile.md`).
   */
  updateBillingProfile(
    customerId: string,
    profile: CustomerBillingProfile,
    options?: OperationOptions,
  ): Promise<CustomerBillingProfile>;
}

const SEARCH_FIELDS = { companyName: 'CompanyName', domain: 'Domain' } as const;

export function createCustomersOperations(ctx: OperationContext): CustomersOperations {
  const { executor } = ctx;
  return {
    list: (options) =>
      listCollection(
        ctx,
        {
          operation: 'customers.list',
          path: '/customers',
          item: CustomerSchema,
          paging: CUSTOMER_PAGING,
        },
        options,
      ),
    search: (query, options) =>
      listCollection(
        ctx,
        {
          operation: 'customers.search',
          path: '/customers',
          query: { filter: filterJson(SEARCH_FIELDS[query.field], query.prefix, 'starts_with') },
          item: CustomerSchema,
          paging: CUSTOMER_PAGING,
        },
        options,
      ),
    get: async (customerId, options) =>
      executor.sendJson(
        {
          operation: 'customers.get',
          api: 'partnerCenter',
          method: 'GET',
          path: `/customers/${segment('customerId', customerId)}`,
        },
        CustomerSchema,
        options,
      ),
    create: async (customer, options) =>
      executor.sendJson(
        {
          operation: 'customers.create',
          api: 'partnerCenter',
          method: 'POST',
          path: '/customers',
          body: toPascalCase(customer),
        },
        CustomerSchema,
        options,
      ),
    getRelationshipRequest: async (options = {}) =>
      executor.sendJson(
        {
          operation: 'customers.getRelationshipRequest',
          api: 'partnerCenter',
          method: 'GET',
          path: '/customers/relationshiprequests',
          query: { indirectResellerId: options.indirectResellerId },
        },
        RelationshipRequestSchema,
        options,
      ),
    getCompanyProfile: async (customerId, options) =>
      executor.sendJson(
        {
          operation: 'customers.getCompanyProfile',
          api: 'partnerCenter',
          method: 'GET',
          path: `/customers/${segment('customerId', customerId)}/profiles/company`,
        },
        CustomerCompanyProfileSchema,
        options,
      ),
    getBillingProfile: async (customerId, options) =>
      executor.sendJson(
        {
          operation: 'customers.getBillingProfile',
          api: 'partnerCenter',
          method: 'GET',
          path: `/customers/${segment('customerId', customerId)}/profiles/billing`,
        },
        CustomerBillingProfileSchema,
        options,
      ),
    updateBillingProfile: async (customerId, profile, options) => {
      const operation = 'customers.updateBillingProfile';
      const etag = profile.attributes?.etag;
      if (!etag) throw operationError('PC_MISSING_ETAG', ['billing profile'], operation);
      return executor.sendJson(
        {
          operation,
          api: 'partnerCenter',
          method: 'PUT',
          path: `/customers/${segment('customerId', customerId)}/profiles/billing`,
          headers: { 'If-Match': quoteEtag(etag) },
          body: toPascalCase(profile),
        },
        CustomerBillingProfileSchema,
        options,
      );
    },
  };
}
