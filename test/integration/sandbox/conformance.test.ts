import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findCustomerId,
  findSubscription,
  findUser,
  startTestSandbox,
  type PcApi,
  type PcResponse,
  type TestSandbox,
  type WireBillingProfile,
  type WireCollection,
} from '../../helpers/sandbox.js';
import { shapeMismatches, wireConventionMismatches } from './shape.js';

const SAMPLES = fileURLToPath(new URL('../../fixtures/pc-samples/', import.meta.url));
const sample = (name: string): unknown => JSON.parse(readFileSync(`${SAMPLES}${name}`, 'utf8'));
const requestBody = (name: string) => sample(name) as Record<string, unknown>;

interface Ids {
  contoso: string;
  fabrikam: string;
  contosoUser: string;
  roleUser: string;
  deletedUser: string;
  e1: string;
  addOn: string;
  legacyAzure: string;
  azurePlan: string;
  orderId: string;
  referralId: string;
}

type Fetcher = (api: PcApi, ids: Ids, sb: TestSandbox) => Promise<PcResponse>;

interface Case {
  /** The HTTP status of the sample's call (pc-samples README, "Kind" column). */
  status: number;
  fetch: Fetcher;
  /** Paths of doc artifacts to skip (see the pc-samples README). */
  ignore?: string[];
}

const HELPDESK = '729827e3-9c14-49f7-bb1b-9608f156bbb8';
const filter = (f: object) => encodeURIComponent(JSON.stringify(f));

/** Sample file → the sandbox call that answers it. */
const CASES: Record<string, Case> = {
  'customers-list.json': {
    status: 200,
    fetch: (api) => api.get('/v1/customers?size=40'),
  },
  'customers-filter.json': {
    status: 200,
    fetch: (api) =>
      api.get(
        `/v1/customers?size=0&filter=${filter({ Field: 'CompanyName', Value: 'Cont', Operator: 'starts_with' })}`,
      ),
  },
  'customer-get.json': {
    status: 200,
    fetch: (api, ids) => api.get(`/v1/customers/${ids.contoso}`),
  },
  'customer-create.json': {
    status: 201,
    fetch: (api) => {
      const body = requestBody('customer-create-request.json');
      return api.post('/v1/customers', {
        ...body,
        CompanyProfile: { Domain: 'conformance.onmicrosoft.com' },
      });
    },
  },
  'relationship-request.json': {
    status: 200,
    fetch: (api) => api.get('/v1/customers/relationshiprequests'),
  },
  'company-profile-get.json': {
    status: 200,
    fetch: (api, ids) => api.get(`/v1/customers/${ids.contoso}/profiles/company`),
  },
  'billing-profile-get.json': {
    status: 200,
    fetch: (api, ids) => api.get(`/v1/customers/${ids.contoso}/profiles/billing`),
  },
  'billing-profile-update.json': {
    status: 200,
    fetch: async (api, ids) => {
      const path = `/v1/customers/${ids.fabrikam}/profiles/billing`;
      const current = await api.get<WireBillingProfile>(path);
      const body = requestBody('billing-profile-update-request.json');
      return api.put(
        path,
        {
          ...body,
          Attributes: { Etag: current.body.attributes.etag, ObjectType: 'CustomerBillingProfile' },
        },
        {
          headers: { 'If-Match': `"${current.body.attributes.etag}"` },
        },
      );
    },
  },
  'users-list.json': {
    status: 200,
    fetch: (api, ids) => api.get(`/v1/customers/${ids.contoso}/users`),
  },
  'users-deleted-list.json': {
    status: 200,
    fetch: (api, ids) =>
      api.get(
        `/v1/customers/${ids.contoso}/users?size=500&filter=${filter({ Field: 'UserState', Value: 'Inactive', Operator: 'equals' })}`,
      ),
  },
  'user-get.json': {
    status: 200,
    fetch: (api, ids) => api.get(`/v1/customers/${ids.contoso}/users/${ids.contosoUser}`),
  },
  'user-create.json': {
    status: 200,
    fetch: (api, ids) =>
      api.post(`/v1/customers/${ids.contoso}/users`, {
        ...requestBody('user-create-request.json'),
        usageLocation: 'US',
        userPrincipalName: 'conformance.user@contoso.onmicrosoft.com',
        immutableId: 'conformance-immutable-id',
      }),
  },
  'user-update.json': {
    status: 200,
    fetch: (api, ids) =>
      api.patch(`/v1/customers/${ids.contoso}/users/${ids.contosoUser}`, {
        ...requestBody('user-update-request.json'),
        usageLocation: 'CA',
      }),
  },
  'user-restore.json': {
    status: 200,
    fetch: (api, ids) =>
      api.patch(
        `/v1/customers/${ids.contoso}/users/${ids.deletedUser}`,
        requestBody('user-restore-request.json'),
      ),
  },
  'directoryroles.json': {
    status: 200,
    fetch: (api, ids) =>
      api.get(`/v1/customers/${ids.contoso}/users/${ids.roleUser}/directoryroles`),
  },
  'directoryrole-usermember-add.json': {
    status: 201,
    fetch: (api, ids) =>
      api.post(`/v1/customers/${ids.contoso}/directoryroles/${HELPDESK}/usermembers`, {
        ...requestBody('directoryrole-usermember-add-request.json'),
        Id: ids.contosoUser,
      }),
  },
  'subscriptions-list.json': {
    status: 200,
    fetch: (api, ids) => api.get(`/v1/customers/${ids.contoso}/subscriptions`),
  },
  'subscription-get.json': {
    status: 200,
    fetch: (api, ids) => api.get(`/v1/customers/${ids.fabrikam}/subscriptions/${ids.legacyAzure}`),
  },
  'subscription-get-addon.json': {
    status: 200,
    fetch: (api, ids) => api.get(`/v1/customers/${ids.contoso}/subscriptions/${ids.addOn}`),
  },
  'subscriptions-by-order.json': {
    status: 200,
    fetch: (api, ids) =>
      api.get(`/v1/customers/${ids.contoso}/subscriptions?order_id=${ids.orderId}`),
  },
  'orders-list.json': {
    status: 200,
    fetch: (api, ids) => api.get(`/v1/customers/${ids.contoso}/orders`),
  },
  'order-get.json': {
    status: 200,
    fetch: (api, ids) => api.get(`/v1/customers/${ids.contoso}/orders/${ids.orderId}`),
  },
  'order-create.json': {
    status: 201,
    // The doc request buys an Azure reservation the sandbox does not sell; same shape, another offer.
    fetch: (api, ids) =>
      api.post(`/v1/customers/${ids.contoso}/orders`, {
        BillingCycle: 'monthly',
        CurrencyCode: 'USD',
        LineItems: [
          {
            LineItemNumber: 0,
            OfferId: 'CFQ7TTC0LH18:0001',
            FriendlyName: 'Front line',
            Quantity: 5,
          },
        ],
      }),
  },
  'subscribedskus.json': {
    status: 200,
    fetch: (api, ids) => api.get(`/v1/customers/${ids.contoso}/subscribedskus`),
  },
  'legalbusiness-profile.json': {
    status: 200,
    fetch: (api) => api.get('/v1/profiles/legalbusiness?vettingVersion=Current'),
  },
  'organization-profile.json': {
    status: 200,
    fetch: (api) => api.get('/v1/profiles/organization'),
  },
  'mpn-profile.json': {
    status: 200,
    fetch: (api) => api.get('/v1/profiles/mpn'),
  },
  'mpn-profile-by-mpnid.json': {
    status: 200,
    fetch: (api) => api.get('/v1/profiles/mpn?mpnId=4391507'),
  },
  'usage-resources.json': {
    status: 200,
    fetch: (api, ids) =>
      api.get(
        `/v1/customers/${ids.fabrikam}/subscriptions/${ids.legacyAzure}/usagerecords/resources`,
      ),
  },
  'azure-utilization.json': {
    status: 200,
    fetch: (api, ids) =>
      api.get(
        `/v1/customers/${ids.contoso}/subscriptions/${ids.azurePlan}/utilizations/azure?start_time=2026-02-01T00:00:00Z&end_time=2026-02-03T00:00:00Z`,
      ),
    // Doc artifacts: the second item nests the collection's links/attributes inside the item,
    // and additionalInfo is a free-form bag (Azure Stack keys in the doc example).
    ignore: ['$.items[1]', '$.items[].instanceData.additionalInfo'],
  },
  'subscription-resourceusagerecords.json': {
    status: 200,
    fetch: (api, ids) =>
      api.get(`/v1/customers/${ids.contoso}/subscriptions/${ids.azurePlan}/resourceusagerecords`),
  },
  'subscriptions-usagerecords.json': {
    status: 200,
    fetch: (api, ids) => api.get(`/v1/customers/${ids.contoso}/subscriptions/usagerecords`),
  },
  'offers-list.json': {
    status: 200,
    fetch: (api) => api.get('/v1/offers?country=US&offset=2&size=2'),
  },
  'offer-get.json': {
    status: 200,
    fetch: (api) => api.get('/v1/offers/031C9E47-4802-4248-838E-778FB1D2CC05?country=US'),
  },
  'offer-get-recorded.json': {
    status: 200,
    fetch: (api) => api.get('/v1/offers/8BDBB60B-E526-43E9-92EF-AB760C8E0B72?country=US'),
  },
  'offercategories.json': {
    status: 200,
    fetch: (api) => api.get('/v1/offercategories?country=US'),
  },
  'offercategories-recorded.json': {
    status: 200,
    fetch: (api) => api.get('/v1/offercategories?country=US'),
  },
  'auditrecords.json': {
    status: 200,
    fetch: (api, ids) =>
      api.get(
        `/v1/auditrecords?startDate=2026-01-01&size=500&filter=${filter({ Field: 'CustomerId', Value: ids.contoso, Operator: 'equals' })}`,
      ),
  },
  'error-404-mpn-not-found.json': {
    status: 404,
    fetch: (api) => api.get('/v1/profiles/mpn?mpnId=9999999'),
  },
  'error-400-invalid-tenant-id.json': {
    status: 400,
    fetch: (api) => api.get('/v1/customers/not-a-tenant-id'),
  },
  'error-429-throttled.json': {
    status: 429,
    fetch: async (api, _ids, sb) => {
      await sb.admin.post('/_sandbox/faults', {
        route: 'GET /v1/profiles/legalbusiness',
        kind: 'throttle',
        times: 1,
      });
      return api.get('/v1/profiles/legalbusiness');
    },
  },
  'error-partner-api.json': {
    status: 404,
    fetch: (api) => api.get('/v1.0/engagements/referrals/00000000-0000-4000-8000-000000000000'),
  },
  'referrals-list.json': {
    status: 200,
    fetch: (api) => api.get('/v1.0/engagements/referrals?$top=1&$orderby=createdDateTime%20desc'),
  },
  'referral-get.json': {
    status: 200,
    fetch: (api, ids) => api.get(`/v1.0/engagements/referrals/${ids.referralId}`),
  },
};

/** Request bodies (the README's "request body" rows); every other file is a response. */
const REQUEST_SAMPLES = [
  'customer-create-request.json',
  'billing-profile-update-request.json',
  'user-create-request.json',
  'user-update-request.json',
  'user-restore-request.json',
  'directoryrole-usermember-add-request.json',
  'subscription-patch-suspend-request.json',
  'order-create-request.json',
];

/** Response samples of routes the sandbox does not serve (not in its scope), with the reason. */
const NOT_SERVED: Record<string, string> = {
  'error-400-license-quota-exceeded.json':
    'POST …/users/{id}/licenseupdates (license assignment) is not a sandbox route',
  'error-agreement-already-exists.json':
    'POST …/agreements (MCA confirmation) is not a sandbox route',
};

let sb: TestSandbox;
let ids: Ids;

beforeAll(async () => {
  sb = await startTestSandbox();
  const api = sb.api;
  const contoso = await findCustomerId(api, 'Contoso Ltd');
  const fabrikam = await findCustomerId(api, 'Fabrikam Inc');
  const e1 = await findSubscription(api, contoso, 'Office 365 E1');
  const referrals = await api.get<{ value: Array<{ id: string }> }>(
    '/v1.0/engagements/referrals?$top=1',
  );
  const powerBi = await findSubscription(api, contoso, 'Power BI Pro');
  ids = {
    contoso,
    fabrikam,
    contosoUser: (await findUser(api, contoso, 'lee.gu@contoso.onmicrosoft.com')).id,
    roleUser: (await findUser(api, contoso, 'alex.wilber@contoso.onmicrosoft.com')).id,
    deletedUser: (
      await findUser(api, contoso, 'johanna.lorenz@contoso.onmicrosoft.com', 'Inactive')
    ).id,
    e1: e1.id,
    addOn: (await findSubscription(api, contoso, 'Exchange Online Archiving for Exchange Online'))
      .id,
    legacyAzure: (await findSubscription(api, fabrikam, 'Microsoft Azure')).id,
    azurePlan: (await findSubscription(api, contoso, 'Azure plan')).id,
    orderId: powerBi.orderId,
    referralId: referrals.body.value[0]?.id ?? '',
  };
});
afterAll(() => sb.close());

describe('conformance with the Partner Center samples', () => {
  it('when the sample folder is read, then every response sample is covered or listed as not served', () => {
    const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.json'));
    expect(REQUEST_SAMPLES.filter((f) => !files.includes(f))).toEqual([]);
    const responses = files.filter((f) => !REQUEST_SAMPLES.includes(f));
    expect(responses.filter((f) => !(f in CASES) && !(f in NOT_SERVED))).toEqual([]);
    expect(Object.keys(CASES).filter((f) => !responses.includes(f))).toEqual([]);
  });

  it.each(Object.keys(CASES))(
    "when the sandbox answers the call of %s, then its status and body structure are the sample's",
    async (file) => {
      const testCase = CASES[file] as Case;
      const res = await testCase.fetch(sb.api, ids, sb);
      expect(res.status, `${file}: ${res.text.slice(0, 300)}`).toBe(testCase.status);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(shapeMismatches(sample(file), res.body, testCase.ignore)).toEqual([]);
      expect(wireConventionMismatches(res.body)).toEqual([]);
    },
  );

  it('when the doc suspend request body is sent with real ids and etag, then the subscription is suspended', async () => {
    const s = await findSubscription(sb.api, ids.fabrikam, 'Visio Plan 2');
    const body = { ...requestBody('subscription-patch-suspend-request.json') };
    const res = await sb.api.patch<{ status: string; quantity: number }>(
      `/v1/customers/${ids.fabrikam}/subscriptions/${s.id}`,
      {
        ...body,
        Id: s.id,
        Quantity: s.quantity,
        OrderId: s.orderId,
        Attributes: { Etag: s.attributes.etag, ObjectType: 'Subscription' },
      },
      { headers: { 'If-Match': s.attributes.etag } },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'suspended', quantity: s.quantity });
  });

  it('when a collection sample is compared, then totalCount counts the items in the body', async () => {
    const res = await sb.api.get<WireCollection<unknown>>(
      `/v1/customers/${ids.contoso}/subscriptions`,
    );
    expect(res.body.totalCount).toBe(res.body.items.length);
    expect(res.body.attributes.objectType).toBe('Collection');
  });
});

describe('the structure comparison itself', () => {
  it('when a key of the sample is missing, then it is reported', () => {
    expect(shapeMismatches({ a: { b: 1, c: 'x' } }, { a: { b: 2 } })).toEqual(['$.a.c: missing']);
  });

  it('when an array element of the sample has no match, then it is reported; extra keys are fine', () => {
    expect(shapeMismatches({ items: [{ id: 'x' }] }, { items: [{ name: 'y' }] })).toHaveLength(1);
    expect(
      shapeMismatches({ items: [{ id: 'x' }] }, { items: [{ id: 'y', extra: true }] }),
    ).toEqual([]);
    expect(shapeMismatches({ n: 1 }, { n: '1' })).toEqual(['$.n: expected number, got string']);
  });

  it('when a body breaks a wire convention, then the convention check names it', () => {
    expect(wireConventionMismatches({ Id: 'x', attributes: {} })).toEqual([
      '$.Id: not camelCase',
      '$.attributes.objectType: missing',
    ]);
    expect(
      wireConventionMismatches({ links: { self: { uri: '/customers/1' }, next: { uri: 'x' } } }),
    ).toHaveLength(2);
    expect(wireConventionMismatches({ code: '2055', description: 'stale' })).toEqual([
      '$.code: a Partner Center error code is a number',
    ]);
    expect(
      wireConventionMismatches({
        '@odata.count': 1,
        links: { self: { uri: '/v1/customers' }, learnMore: { uri: 'https://x' } },
        instanceData: { tags: { Environment: 'prod' } },
      }),
    ).toEqual([]);
  });
});
