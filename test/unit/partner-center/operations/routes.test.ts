import { describe, expect, it } from 'vitest';
import { collectAll } from '../../../../src/partner-center/index.js';
import type { PartnerCenterClient } from '../../../../src/partner-center/index.js';
import { jsonBody, readSample } from '../samples.js';
import { createTestClient } from '../test-client.js';

type Row = [string, (client: PartnerCenterClient) => Promise<unknown>, string, string];

/** operation → documented route, answered with the documented sample. */
const ROUTES: Row[] = [
  [
    'profiles.getLegalBusiness',
    (c) => c.profiles.getLegalBusiness({ vettingVersion: 'Current' }),
    'legalbusiness-profile.json',
    'GET /v1/profiles/legalbusiness?vettingVersion=Current',
  ],
  [
    'profiles.getOrganization',
    (c) => c.profiles.getOrganization(),
    'organization-profile.json',
    'GET /v1/profiles/organization',
  ],
  ['profiles.getMpn', (c) => c.profiles.getMpn(), 'mpn-profile.json', 'GET /v1/profiles/mpn'],
  [
    'profiles.getMpnById',
    (c) => c.profiles.getMpnById('4391507'),
    'mpn-profile-by-mpnid.json',
    'GET /v1/profiles/mpn?mpnId=4391507',
  ],
  ['users.get', (c) => c.users.get('c1', 'u1'), 'user-get.json', 'GET /v1/customers/c1/users/u1'],
  [
    'subscriptions.list',
    (c) => collectAll(c.subscriptions.list('c1')),
    'subscriptions-list.json',
    'GET /v1/customers/c1/subscriptions',
  ],
  [
    'subscribedSkus.list',
    (c) => collectAll(c.subscribedSkus.list('c1', { licenseGroupIds: ['group1', 'group2'] })),
    'subscribedskus.json',
    'GET /v1/customers/c1/subscribedskus?licenseGroupIds=group1&licenseGroupIds=group2',
  ],
  [
    'orders.list',
    (c) => collectAll(c.orders.list('c1')),
    'orders-list.json',
    'GET /v1/customers/c1/orders',
  ],
  [
    'orders.get',
    (c) => c.orders.get('c1', 'o1'),
    'order-get.json',
    'GET /v1/customers/c1/orders/o1',
  ],
  [
    'offers.list',
    (c) => collectAll(c.offers.list({ country: 'US', categoryId: 'Enterprise_Key' })),
    'offers-list.json',
    'GET /v1/offers?country=US&offer_category_id=Enterprise_Key',
  ],
  [
    'offers.get',
    (c) => c.offers.get('8BDBB60B-E526-43E9-92EF-AB760C8E0B72', { country: 'US' }),
    'offer-get-recorded.json',
    'GET /v1/offers/8BDBB60B-E526-43E9-92EF-AB760C8E0B72?country=US',
  ],
  [
    'offers.listCategories',
    (c) => collectAll(c.offers.listCategories({ country: 'US' })),
    'offercategories-recorded.json',
    'GET /v1/offercategories?country=US',
  ],
  [
    'subscriptions.get',
    (c) => c.subscriptions.get('c1', 's1'),
    'subscription-get.json',
    'GET /v1/customers/c1/subscriptions/s1',
  ],
  [
    'auditRecords.list',
    (c) =>
      collectAll(
        c.auditRecords.list({
          startDate: '2017-06-01',
          filter: { field: 'customerId', value: '0c39d6d5' },
        }),
      ),
    'auditrecords.json',
    'GET /v1/auditrecords?startDate=2017-06-01&filter=%7B%22Field%22%3A%22CustomerId%22%2C%22Value%22%3A%220c39d6d5%22%2C%22Operator%22%3A%22equals%22%7D&size=500',
  ],
];

describe('documented routes', () => {
  it.each(ROUTES)(
    'when %s is called, then it sends the documented request and parses the sample',
    async (_name, call, sample, line) => {
      const { client, pc } = createTestClient([{ body: readSample(sample) }]);
      const result = await call(client);
      expect(pc.transcript).toEqual([`${line} -> 200`]);
      expect(result).toBeTruthy();
    },
  );

  it('when the legal business profile is updated, then the full profile is PUT in PascalCase', async () => {
    const profile = readSample('legalbusiness-profile.json');
    const { client, pc } = createTestClient([{ body: profile }]);
    await client.profiles.updateLegalBusiness({
      ...profile,
      companyName: 'Lucerne Publishing Ltd',
    });
    expect(pc.transcript).toEqual(['PUT /v1/profiles/legalbusiness -> 200']);
    expect(jsonBody(pc.calls[0])).toMatchObject({
      CompanyName: 'Lucerne Publishing Ltd',
      PrimaryContact: { Email: 'gena@lucernepublishing.com' },
    });
  });

  it('when the organization profile is updated, then If-Match carries its etag', async () => {
    const profile = readSample('organization-profile.json');
    const { client, pc } = createTestClient([{ body: profile }]);
    await client.profiles.updateOrganization(profile);
    expect(pc.calls[0]?.headers['if-match']).toBe('"<etag>"');
  });

  it('when audit records are filtered by company name, then the substring operator is used', async () => {
    const { client, pc } = createTestClient([{ body: readSample('auditrecords.json') }]);
    await collectAll(
      client.auditRecords.list({
        startDate: new Date('2026-01-01T00:00:00Z'),
        endDate: '2026-01-31',
        filter: { field: 'companyName', value: 'Reli' },
      }),
    );
    const params = new URL(pc.calls[0]!.url).searchParams;
    expect(params.get('startDate')).toBe('2026-01-01T00:00:00.000Z');
    expect(params.get('endDate')).toBe('2026-01-31');
    expect(JSON.parse(params.get('filter') ?? '')).toEqual({
      Field: 'CompanyName',
      Value: 'Reli',
      Operator: 'substring',
    });
  });
});
