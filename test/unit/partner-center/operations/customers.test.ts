import { describe, expect, it } from 'vitest';
import {
  CustomerBillingProfileSchema,
  collectAll,
  hasErrorCode,
  isPartnerCenterError,
  parseModel,
} from '../../../../src/partner-center/index.js';
import { collection } from '../../../helpers/scripted-fetch.js';
import { jsonBody, keyPaths, readSample } from '../samples.js';
import { createTestClient } from '../test-client.js';

const customer = (id: string) => ({ id, companyProfile: { companyName: `Co ${id}` } });

describe('customers.list paging', () => {
  it('when next links come with and without /v1, then every page is walked with its MS-ContinuationToken', async () => {
    const { client, pc } = createTestClient([
      {
        body: collection([customer('a'), customer('b')], {
          uri: '/v1/customers?size=500&seekOperation=Next',
          continuationToken: 'tok-2',
        }),
      },
      {
        body: collection([customer('c')], {
          uri: '/customers?size=500&seekOperation=Next',
          continuationToken: 'tok-3',
        }),
      },
      { body: collection([customer('d')]) },
    ]);
    const ids = (await collectAll(client.customers.list())).map((c) => c.id);

    expect(ids).toEqual(['a', 'b', 'c', 'd']);
    expect(pc.transcript).toEqual([
      'GET /v1/customers?size=500 -> 200',
      'GET /v1/customers?size=500&seekOperation=Next -> 200',
      'GET /v1/customers?size=500&seekOperation=Next -> 200',
    ]);
    expect(pc.calls.map((c) => c.headers['ms-continuationtoken'])).toEqual([
      undefined,
      'tok-2',
      'tok-3',
    ]);
  });

  it('when a list spans pages in one turn, then every page carries the turn MS-CorrelationId and its own MS-RequestId', async () => {
    const { client, pc } = createTestClient([
      {
        body: collection([customer('a')], {
          uri: '/v1/customers?size=500&seekOperation=Next',
          continuationToken: 'tok-2',
        }),
      },
      { body: collection([customer('b')]) },
    ]);
    await collectAll(client.customers.list({ correlationId: 'turn-7' }));
    expect(pc.calls.map((c) => c.headers['ms-correlationid'])).toEqual(['turn-7', 'turn-7']);
    const requestIds = pc.calls.map((c) => c.headers['ms-requestid']);
    expect(new Set(requestIds).size).toBe(2);
  });

  it('when a list spans pages and no correlation id is given, then all its pages share one and each has its own MS-RequestId', async () => {
    const { client, pc } = createTestClient([
      {
        body: collection([customer('a')], {
          uri: '/v1/customers?size=500&seekOperation=Next',
          continuationToken: 'tok-2',
        }),
      },
      {
        body: collection([customer('b')], {
          uri: '/v1/customers?size=500&seekOperation=Next',
          continuationToken: 'tok-3',
        }),
      },
      { body: collection([customer('c')]) },
    ]);
    await collectAll(client.customers.list({ requestId: 'first-page-id' }));
    const correlationIds = pc.calls.map((c) => c.headers['ms-correlationid']);
    expect(correlationIds).toHaveLength(3);
    expect(new Set(correlationIds).size).toBe(1);
    const requestIds = pc.calls.map((c) => c.headers['ms-requestid']);
    expect(requestIds[0]).toBe('first-page-id');
    expect(new Set(requestIds).size).toBe(3);
  });

  it('when links.next carries no headers but the page has a continuationToken, then that token is sent as MS-ContinuationToken', async () => {
    const first = collection([customer('a')], { uri: '/customers?size=500&seekOperation=Next' });
    const { client, pc } = createTestClient([
      { body: { ...first, continuationToken: 'top-level-tok' } },
      { body: collection([customer('b')]) },
    ]);
    const ids = (await collectAll(client.customers.list())).map((c) => c.id);
    expect(ids).toEqual(['a', 'b']);
    expect(pc.calls[1]).toMatchObject({
      path: '/v1/customers?size=500&seekOperation=Next',
      headers: { 'ms-continuationtoken': 'top-level-tok' },
    });
  });

  it('when byPage asks for 20 per page, then size=20 is sent on the first and the next page', async () => {
    const { client, pc } = createTestClient([
      {
        body: collection([customer('a')], {
          uri: '/v1/customers?size=20&seekOperation=Next',
          continuationToken: 't',
        }),
      },
      { body: collection([customer('b')]) },
    ]);
    const pages = await collectAll(client.customers.list().byPage({ maxPageSize: 20 }));
    expect(pages.map((p) => p.totalCount)).toEqual([1, 1]);
    expect(pc.calls.map((c) => c.path)).toEqual([
      '/v1/customers?size=20',
      '/v1/customers?size=20&seekOperation=Next',
    ]);
  });

  it('when byPage asks for more than 500, then 500 is asked (the service maximum)', async () => {
    const { client, pc } = createTestClient([{ body: collection([]) }]);
    await collectAll(client.customers.list().byPage({ maxPageSize: 5000 }));
    expect(pc.calls[0]?.path).toBe('/v1/customers?size=500');
  });

  it('when a later call resumes from a stored continuation token, then it fetches the next link with its header', async () => {
    const first = createTestClient([
      {
        body: collection([customer('a')], {
          uri: '/v1/customers?size=10&seekOperation=Next',
          continuationToken: 'tok-2',
        }),
      },
    ]);
    const page1 = (await first.client.customers.list().byPage({ maxPageSize: 10 }).next()).value;
    const stored = JSON.parse(JSON.stringify({ token: page1?.continuationToken })) as {
      token: string;
    };

    const later = createTestClient([{ body: collection([customer('b')]) }]);
    const result = await later.client.customers
      .list()
      .byPage({ continuationToken: stored.token })
      .next();
    const page2 = result.done ? undefined : result.value;
    expect(page2?.items.map((c) => c.id)).toEqual(['b']);
    expect(page2?.continuationToken).toBeUndefined();
    expect(later.pc.calls[0]).toMatchObject({
      path: '/v1/customers?size=10&seekOperation=Next',
      headers: { 'ms-continuationtoken': 'tok-2' },
    });
  });

  it('when a page has an unknown relationshipToPartner and properties the model lacks, then the list yields them unchanged', async () => {
    const newer = {
      ...customer('a'),
      relationshipToPartner: 'gdap_only',
      companyProfile: { companyName: 'Co a', organizationRegistrationNumber: '123' },
      associatedPartnerId: 'p-9',
    };
    const { client } = createTestClient([{ body: collection([newer]) }]);
    const [c] = await collectAll(client.customers.list());
    expect(c).toMatchObject(newer);
  });

  it('when a page has items that are not an array, then the list fails with PC_INVALID_RESPONSE', async () => {
    const { client } = createTestClient([{ body: { totalCount: 1, items: { id: 'x' } } }]);
    const error = await collectAll(client.customers.list()).catch((e: unknown) => e);
    expect(hasErrorCode(error, 'PC_INVALID_RESPONSE')).toBe(true);
    expect(isPartnerCenterError(error) && error.status).toBe(200);
  });
});

describe('customers', () => {
  it('when searching by company name prefix, then the documented starts_with filter is sent URL-encoded', async () => {
    const { client, pc } = createTestClient([{ body: readSample('customers-filter.json') }]);
    const found = await collectAll(
      client.customers.search({ field: 'companyName', prefix: 'Cont' }),
    );
    expect(found).toHaveLength(3);
    const url = new URL(pc.calls[0]!.url);
    expect(JSON.parse(url.searchParams.get('filter') ?? '')).toEqual({
      Field: 'CompanyName',
      Value: 'Cont',
      Operator: 'starts_with',
    });
    expect(pc.calls[0]!.path).toContain('filter=%7B%22Field%22%3A%22CompanyName%22');
  });

  it('when searching by domain, then the filter field is Domain', async () => {
    const { client, pc } = createTestClient([{ body: collection([]) }]);
    await collectAll(client.customers.search({ field: 'domain', prefix: 'contoso' }));
    expect(new URL(pc.calls[0]!.url).searchParams.get('filter')).toContain('"Field":"Domain"');
  });

  it('when a customer is fetched by id, then the documented customer parses with its billing etag', async () => {
    const { client, pc } = createTestClient([{ body: readSample('customer-get.json') }]);
    const c = await client.customers.get('eebd1b55-5360-4438-a11d-5c06918c3014');
    expect(pc.transcript).toEqual([
      'GET /v1/customers/eebd1b55-5360-4438-a11d-5c06918c3014 -> 200',
    ]);
    expect(c.billingProfile?.attributes?.etag).toBe('-4242348048554929329');
    expect(c.relationshipToPartner).toBe('reseller');
  });

  it('when a customer is created, then the body is spelled like the documented request and the credentials come back', async () => {
    const { client, pc } = createTestClient([
      { status: 201, body: readSample('customer-create.json') },
    ]);
    const created = await client.customers.create({
      companyProfile: { domain: 'xyz.ccsctp.net' },
      billingProfile: {
        culture: 'EN-US',
        email: 'test@outlook.com',
        language: 'en',
        companyName: 'test company',
        defaultAddress: {
          firstName: 'Test',
          lastName: 'Test',
          addressLine1: 'One Microsoft Way',
          city: 'Redmond',
          state: 'WA',
          postalCode: '98052',
          country: 'US',
        },
      },
    });
    expect(pc.transcript).toEqual(['POST /v1/customers -> 201']);
    expect(keyPaths(jsonBody(pc.calls[0])).sort()).toEqual(
      keyPaths(readSample('customer-create-request.json')).sort(),
    );
    expect(created.userCredentials?.password).toBeDefined();
  });

  it('when the billing profile is updated, then the full profile is PUT with If-Match: "<etag>"', async () => {
    const profile = parseModel(
      CustomerBillingProfileSchema,
      readSample('billing-profile-get.json'),
    );
    const { client, pc } = createTestClient([{ body: readSample('billing-profile-update.json') }]);
    const updated = await client.customers.updateBillingProfile('cust-1', {
      ...profile,
      defaultAddress: { ...profile.defaultAddress, addressLine1: 'One Microsoft Way' },
    });
    const call = pc.calls[0]!;
    expect(pc.transcript).toEqual(['PUT /v1/customers/cust-1/profiles/billing -> 200']);
    expect(call.headers['if-match']).toBe('"<etag>"');
    const sentKeys = keyPaths(jsonBody(call));
    const docKeys = new Set(keyPaths(readSample('billing-profile-update-request.json')));
    expect(sentKeys.filter((k) => !docKeys.has(k))).toEqual([]);
    expect(jsonBody(call)).toMatchObject({ Attributes: { Etag: '<etag>' } });
    expect(updated.defaultAddress?.addressLine1).toBe('One Microsoft Way');
  });

  it('when the billing profile has no etag, then the update fails with PC_MISSING_ETAG and sends nothing', async () => {
    const { client, pc } = createTestClient();
    const error = await client.customers
      .updateBillingProfile('c', { email: 'a@b.c' })
      .catch((e: unknown) => e);
    expect(hasErrorCode(error, 'PC_MISSING_ETAG')).toBe(true);
    expect(pc.calls).toHaveLength(0);
  });

  it('when the relationship link and the company profile are asked for, then the documented routes are called', async () => {
    const { client, pc } = createTestClient([
      { body: readSample('relationship-request.json') },
      { body: readSample('company-profile-get.json') },
      { body: readSample('billing-profile-get.json') },
    ]);
    const link = await client.customers.getRelationshipRequest();
    const company = await client.customers.getCompanyProfile('c1');
    await client.customers.getBillingProfile('c1');
    expect(link.url).toContain('ResellerRelationship');
    expect(company.companyName).toBe('DT Demo CSP Customer 005');
    expect(pc.transcript).toEqual([
      'GET /v1/customers/relationshiprequests -> 200',
      'GET /v1/customers/c1/profiles/company -> 200',
      'GET /v1/customers/c1/profiles/billing -> 200',
    ]);
  });

  it('when Partner Center answers 404 with a service error, then a PartnerCenterError carries its fields', async () => {
    const { client } = createTestClient([
      {
        status: 404,
        headers: { 'MS-CorrelationId': 'corr-echo' },
        body: { code: 60003, description: 'Tenant not found', data: [], source: 'PartnerFD' },
      },
    ]);
    const error = await client.customers.get('missing').catch((e: unknown) => e);
    if (!isPartnerCenterError(error)) throw error;
    expect(error).toMatchObject({
      status: 404,
      code: 60003,
      description: 'Tenant not found',
      source: 'PartnerFD',
      operation: 'customers.get',
      correlationId: 'corr-echo',
    });
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('when an id is empty, then a TypeError says so before any call', async () => {
    const { client, pc } = createTestClient();
    await expect(client.customers.get('')).rejects.toBeInstanceOf(TypeError);
    expect(pc.calls).toHaveLength(0);
  });
});
