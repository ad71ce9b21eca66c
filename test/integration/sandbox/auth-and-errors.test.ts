import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findCustomerId,
  findSubscription,
  startTestSandbox,
  type GatewayErrorBody,
  type PcErrorBody,
  type TestSandbox,
} from '../../helpers/sandbox.js';

let sb: TestSandbox;
let contoso: string;

beforeAll(async () => {
  sb = await startTestSandbox();
  contoso = await findCustomerId(sb.api, 'Contoso Ltd');
});
afterAll(() => sb.close());

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('authentication', () => {
  it('when the Authorization header is missing, then the answer is 401 with the Partner Center body 800001', async () => {
    const res = await sb.api.get<PcErrorBody>('/v1/customers?size=3', { token: null });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({
      code: 800001,
      description: 'Partner Token missing in request context',
      data: [],
      source: 'PartnerFD',
    });
    expect(res.headers.get('www-authenticate')).toMatch(/^OAuth realm=/);
  });

  it('when the Authorization header is not a bearer token, then the answer is 401 "Access denied" (code 400)', async () => {
    const res = await sb.api.get<PcErrorBody>('/v1/customers', {
      headers: { Authorization: 'Basic abc' },
      token: null,
    });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe(400);
    expect(res.body.description).toMatch(/^Access denied/);
  });

  it('when any bearer token is sent, then it is accepted by default', async () => {
    const res = await sb.api.get('/v1/customers?size=1', { token: 'anything-at-all' });
    expect(res.status).toBe(200);
  });

  it('when a stricter token validator is plugged in, then the tokens it rejects get 401 with its reason', async () => {
    const strict = await startTestSandbox({
      validateToken: (token) =>
        token === 'good' ? { ok: true } : { ok: false, reason: 'The token is expired.' },
    });
    try {
      expect((await strict.api.get('/v1/customers?size=1', { token: 'good' })).status).toBe(200);
      const res = await strict.api.get<PcErrorBody>('/v1/customers?size=1', { token: 'bad' });
      expect(res.status).toBe(401);
      expect(res.body.description).toBe('Access denied. The token is expired.');
    } finally {
      await strict.close();
    }
  });

  it('when a referrals call has no token, then the 401 uses the Partner API error shape', async () => {
    const res = await sb.api.get<{ error: { code: string } }>('/v1.0/engagements/referrals', {
      token: null,
    });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });
});

describe('not found and invalid ids', () => {
  it('when the customer is unknown, then 404 / 60003 "Tenant not found"', async () => {
    const res = await sb.api.get<PcErrorBody>(`/v1/customers/${UNKNOWN}`);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe(60003);
    expect(res.body.description).toMatch(/^Tenant not found/);
  });

  it('when the subscription is unknown, then 404 / 20003 naming the id', async () => {
    const res = await sb.api.get<PcErrorBody>(`/v1/customers/${contoso}/subscriptions/${UNKNOWN}`);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe(20003);
    expect(res.body.description).toBe(`Subscription with ID ${UNKNOWN} not found.`);
  });

  it('when the user is unknown, then 404 / 60002', async () => {
    const res = await sb.api.get<PcErrorBody>(`/v1/customers/${contoso}/users/${UNKNOWN}`);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe(60002);
  });

  it('when the order is unknown, then 404 / 20000', async () => {
    const res = await sb.api.get<PcErrorBody>(`/v1/customers/${contoso}/orders/not-an-order`);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe(20000);
  });

  it('when the customer id is not a GUID, then 400 / 2000 "Tenant Id must be a GUID."', async () => {
    const res = await sb.api.get<PcErrorBody>('/v1/customers/contoso/subscriptions');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      code: 2000,
      description: 'Tenant Id must be a GUID.',
      data: [],
      source: 'PartnerFD',
    });
  });

  it('when the route does not exist, then the gateway answers 404 "Resource not found"', async () => {
    const res = await sb.api.get<GatewayErrorBody>('/v1/customerz');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ statusCode: 404, message: 'Resource not found' });
  });

  it('when a known path is called with the wrong method, then the gateway answers 404 too', async () => {
    const res = await sb.api.delete<GatewayErrorBody>('/v1/customers');
    expect(res.status).toBe(404);
    expect(res.body.statusCode).toBe(404);
  });
});

describe('request handling', () => {
  it('when a write body is malformed JSON, then 400 with a Partner Center body', async () => {
    const s = await findSubscription(sb.api, contoso, 'Microsoft 365 E3');
    const res = await sb.api.patch<PcErrorBody>(
      `/v1/customers/${contoso}/subscriptions/${s.id}`,
      '{"Quantity": 3,',
    );
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(800002);
    expect(res.body.description).toMatch(/not valid JSON/);
  });

  it.each([
    ['a JSON array body', '[1, 2]', 400, /must be a JSON object/],
    ['a JSON null body', 'null', 400, /must be a JSON object/],
    ['an empty body', '', 400, /needs a JSON body/],
    ['a Quantity that is a string', '{"Quantity": "30"}', 400, /Quantity must be a whole number/],
    ['a Status that is a number', '{"Status": 1}', 400, /Status must be a string/],
    ['an AutoRenewEnabled that is a string', '{"AutoRenewEnabled": "no"}', 400, /true or false/],
    ['a body over 1 MB', `{"FriendlyName": "${'x'.repeat(1_100_000)}"}`, 413, /too large/],
  ])(
    'when a subscription PATCH has %s, then a clear %i comes back as JSON, never a 500 or an HTML page',
    async (_what, body, status, why) => {
      const s = await findSubscription(sb.api, contoso, 'Office 365 E1');
      const res = await sb.api.patch<PcErrorBody & GatewayErrorBody>(
        `/v1/customers/${contoso}/subscriptions/${s.id}`,
        body,
        { headers: { 'If-Match': s.attributes.etag } },
      );
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      if (status === 413) {
        expect(res.body).toEqual({ statusCode: 413, message: expect.stringMatching(why) });
      } else {
        expect(res.body).toMatchObject({ code: 800002, data: [], source: 'PartnerFD' });
        expect(res.body.description).toMatch(why);
      }
    },
  );

  it('when a customer is created with properties of the wrong type, then the 400 names the property', async () => {
    const res = await sb.api.post<PcErrorBody>('/v1/customers', {
      CompanyProfile: { Domain: 42 },
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(800002);
    expect(res.body.description).toMatch(/CompanyProfile.Domain must be a string/);
  });

  it('when MS-RequestId and MS-CorrelationId are sent, then they are echoed; when absent, they are generated', async () => {
    const sent = await sb.api.get('/v1/customers?size=1', {
      headers: { 'MS-RequestId': 'req-1', 'MS-CorrelationId': 'corr-1' },
    });
    expect(sent.headers.get('ms-requestid')).toBe('req-1');
    expect(sent.headers.get('ms-correlationid')).toBe('corr-1');
    const generated = await sb.api.get('/v1/customers?size=1');
    expect(generated.headers.get('ms-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(generated.headers.get('ms-correlationid')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('when a JSON answer is sent, then its content type is application/json; charset=utf-8', async () => {
    const res = await sb.api.get('/v1/customers?size=1');
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('when MS-Contract-Version is absent, then requests still succeed', async () => {
    const res = await sb.api.get(`/v1/customers/${contoso}`);
    expect(res.status).toBe(200);
  });

  it('when a path ends with a slash or uses other letter case, then it still matches its route', async () => {
    expect((await sb.api.get(`/v1/Customers/${contoso}/subscriptions/usagerecords/`)).status).toBe(
      200,
    );
  });
});
