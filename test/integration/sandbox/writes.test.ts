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
import { wireConventionMismatches } from './shape.js';

/**
 * Every write route, one case each: it lands once in the audit log and in `writes`, and a repeat
 * with the same request id (`MS-RequestId`, `client-request-id` on the Partner API) gets the same
 * answer without a second change (`develop/headers.md`: "used to ensure id-potency").
 */
interface Ids {
  contoso: string;
  fabrikam: string;
  lee: string;
  grady: string;
  nestor: string;
  e1: { id: string; etag: string };
  benefitId: string;
  referral: { id: string; eTag: string };
}

interface WriteCase {
  /** The route key, as `GET /_sandbox` lists it. */
  route: string;
  status: number;
  /** The `writes` counter of `GET /_sandbox/stats`. */
  kind: string;
  /** `operationType` of the audit record the write appends. */
  operationType: string;
  requestIdHeader?: string;
  send(api: PcApi, ids: Ids, headers: Record<string, string>): Promise<PcResponse>;
}

const HELPDESK_ADMIN = '729827e3-9c14-49f7-bb1b-9608f156bbb8';
const LICENSE_ADMIN = '4d6ac14f-3453-41d0-bef9-a3e0c569773a';

const CASES: WriteCase[] = [
  {
    route: 'PUT /v1/profiles/legalbusiness',
    status: 200,
    kind: 'legalBusinessProfile.update',
    operationType: 'update_legal_business_profile',
    send: (api, _ids, headers) =>
      api.put('/v1/profiles/legalbusiness', { CompanyName: 'Trey Research Ltd' }, { headers }),
  },
  {
    route: 'PUT /v1/profiles/organization',
    status: 200,
    kind: 'organizationProfile.update',
    operationType: 'update_organization_profile',
    send: async (api, _ids, headers) => {
      const current = await api.get<{ attributes: { etag: string } }>('/v1/profiles/organization');
      return api.put(
        '/v1/profiles/organization',
        { ...(current.body as object), email: 'csp@treyresearch.net' },
        { headers: { ...headers, 'If-Match': `"${current.body.attributes.etag}"` } },
      );
    },
  },
  {
    route: 'POST /v1/customers',
    status: 201,
    kind: 'customer.create',
    operationType: 'add_customer',
    send: (api, _ids, headers) =>
      api.post(
        '/v1/customers',
        {
          CompanyProfile: { Domain: 'margiestravel.onmicrosoft.com' },
          BillingProfile: {
            Culture: 'en-US',
            Email: 'ap@margiestravel.com',
            Language: 'en',
            CompanyName: "Margie's Travel",
            DefaultAddress: {
              AddressLine1: '1 Harbor Way',
              City: 'Seattle',
              State: 'WA',
              PostalCode: '98101',
              Country: 'US',
            },
          },
        },
        { headers },
      ),
  },
  {
    route: 'PUT /v1/customers/:customerId/profiles/billing',
    status: 200,
    kind: 'billingProfile.update',
    operationType: 'update_customer_billing_profile',
    send: async (api, ids, headers) => {
      const path = `/v1/customers/${ids.fabrikam}/profiles/billing`;
      const current = await api.get<WireBillingProfile>(path);
      return api.put(
        path,
        { ...current.body, email: 'billing@fabrikam.com' },
        { headers: { ...headers, 'If-Match': `"${current.body.attributes.etag}"` } },
      );
    },
  },
  {
    route: 'POST /v1/customers/:customerId/users',
    status: 200,
    kind: 'user.create',
    operationType: 'create_customer_user',
    send: (api, ids, headers) =>
      api.post(
        `/v1/customers/${ids.contoso}/users`,
        {
          UserPrincipalName: 'new.hire@contoso.onmicrosoft.com',
          FirstName: 'New',
          LastName: 'Hire',
          DisplayName: 'New Hire',
          PasswordProfile: { Password: 'Welcome-2026!', ForceChangePassword: true },
        },
        { headers },
      ),
  },
  {
    route: 'PATCH /v1/customers/:customerId/users/:userId',
    status: 200,
    kind: 'user.update',
    operationType: 'update_customer_user',
    send: (api, ids, headers) =>
      api.patch(
        `/v1/customers/${ids.contoso}/users/${ids.nestor}`,
        { DisplayName: 'Nestor Wilke (Teams)' },
        { headers },
      ),
  },
  {
    route: 'DELETE /v1/customers/:customerId/users/:userId',
    status: 204,
    kind: 'user.delete',
    operationType: 'delete_customer_user',
    send: (api, ids, headers) =>
      api.delete(`/v1/customers/${ids.contoso}/users/${ids.lee}`, { headers }),
  },
  {
    route: 'POST /v1/customers/:customerId/directoryroles/:roleId/usermembers',
    status: 201,
    kind: 'roleMember.add',
    operationType: 'add_customer_user_role',
    send: (api, ids, headers) =>
      api.post(
        `/v1/customers/${ids.contoso}/directoryroles/${HELPDESK_ADMIN}/usermembers`,
        { Id: ids.nestor, Attributes: { ObjectType: 'UserMember' } },
        { headers },
      ),
  },
  {
    route: 'DELETE /v1/customers/:customerId/directoryroles/:roleId/usermembers/:userId',
    status: 204,
    kind: 'roleMember.remove',
    operationType: 'remove_customer_user_role',
    send: (api, ids, headers) =>
      api.delete(
        `/v1/customers/${ids.contoso}/directoryroles/${LICENSE_ADMIN}/usermembers/${ids.grady}`,
        { headers },
      ),
  },
  {
    route: 'PATCH /v1/customers/:customerId/subscriptions/:subscriptionId',
    status: 200,
    kind: 'subscription.update',
    operationType: 'update_subscription',
    send: (api, ids, headers) =>
      api.patch(
        `/v1/customers/${ids.contoso}/subscriptions/${ids.e1.id}`,
        { Quantity: 12, Attributes: { Etag: ids.e1.etag, ObjectType: 'Subscription' } },
        { headers },
      ),
  },
  {
    route: 'POST /v1/customers/:customerId/orders',
    status: 201,
    kind: 'order.create',
    operationType: 'create_order',
    send: (api, ids, headers) =>
      api.post(
        `/v1/customers/${ids.contoso}/orders`,
        {
          BillingCycle: 'monthly',
          LineItems: [{ LineItemNumber: 0, OfferId: 'CFQ7TTC0LH18:0001', Quantity: 3 }],
        },
        { headers },
      ),
  },
  {
    route: 'POST /v1/benefits/:benefitId/activate',
    status: 200,
    kind: 'benefit.activate',
    operationType: 'activate_benefit',
    send: (api, ids, headers) =>
      api.post(`/v1/benefits/${ids.benefitId}/activate`, {}, { headers }),
  },
  {
    route: 'PATCH /v1.0/engagements/referrals/:referralId',
    status: 204,
    kind: 'referral.update',
    operationType: 'update_referral',
    requestIdHeader: 'client-request-id',
    send: (api, ids, headers) =>
      api.patch(
        `/v1.0/engagements/referrals/${ids.referral.id}`,
        { status: 'Active', substatus: 'Accepted' },
        { headers: { ...headers, 'If-Match': ids.referral.eTag } },
      ),
  },
];

let sb: TestSandbox;
let ids: Ids;

beforeAll(async () => {
  sb = await startTestSandbox();
  const api = sb.api;
  const contoso = await findCustomerId(api, 'Contoso Ltd');
  const user = async (upn: string) => (await findUser(api, contoso, upn)).id;
  const e1 = await findSubscription(api, contoso, 'Office 365 E1');
  const benefits = await api.get<WireCollection<{ id: string }>>('/v1/benefits?status=available');
  const referrals = await api.get<{ value: Array<{ id: string; eTag: string }> }>(
    `/v1.0/engagements/referrals?$filter=${encodeURIComponent("status eq 'New'")}`,
  );
  ids = {
    contoso,
    fabrikam: await findCustomerId(api, 'Fabrikam Inc'),
    lee: await user('lee.gu@contoso.onmicrosoft.com'),
    grady: await user('grady.archie@contoso.onmicrosoft.com'),
    nestor: await user('nestor.wilke@contoso.onmicrosoft.com'),
    e1: { id: e1.id, etag: e1.attributes.etag },
    benefitId: benefits.body.items[0]?.id ?? '',
    referral: referrals.body.value[0] ?? { id: '', eTag: '' },
  };
});
afterAll(() => sb.close());

interface AuditPage {
  items: Array<{ operationType: string }>;
}

/** Today's audit records, newest first (fewer than one page here). */
const auditToday = async () =>
  (await sb.api.get<AuditPage>('/v1/auditrecords?startDate=2026-03-15&size=500')).body.items;

const writes = async (kind: string) =>
  (await sb.admin.get<{ writes: Record<string, number> }>('/_sandbox/stats')).body.writes[kind] ??
  0;

describe('every write', () => {
  it('when the write routes are listed, then each one has a case here', async () => {
    const info = await sb.admin.get<{ routes: string[] }>('/_sandbox');
    const writeRoutes = info.body.routes.filter((r) => /^(POST|PUT|PATCH|DELETE) /.test(r));
    expect(writeRoutes.sort()).toEqual(CASES.map((c) => c.route).sort());
  });

  it.each(CASES.map((c, i) => [c.route, c, i] as const))(
    'when %s is sent twice with one request id, then it is applied, audited and counted once, and the repeat gets the same answer',
    async (_route, c, i) => {
      const headers = {
        [c.requestIdHeader ?? 'MS-RequestId']:
          `5a9d0000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      };
      const auditBefore = (await auditToday()).length;
      const writesBefore = await writes(c.kind);

      const first = await c.send(sb.api, ids, headers);
      expect(first.status, first.text).toBe(c.status);
      expect(wireConventionMismatches(first.body)).toEqual([]);
      const audit = await auditToday();
      expect(audit).toHaveLength(auditBefore + 1);
      expect(audit[0]?.operationType).toBe(c.operationType);
      expect(await writes(c.kind)).toBe(writesBefore + 1);

      const repeat = await c.send(sb.api, ids, headers);
      expect(repeat.status).toBe(c.status);
      expect(repeat.text).toBe(first.text);
      expect(repeat.headers.get('x-sandbox-idempotent-replay')).toBe('true');
      expect(await auditToday()).toHaveLength(auditBefore + 1);
      expect(await writes(c.kind)).toBe(writesBefore + 1);
    },
  );
});
