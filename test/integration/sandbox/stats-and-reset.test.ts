import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findCustomerId,
  findSubscription,
  startTestSandbox,
  type TestSandbox,
  type WireSubscription,
} from '../../helpers/sandbox.js';

let sb: TestSandbox;

beforeAll(async () => {
  sb = await startTestSandbox({ customers: 5 });
});
afterAll(() => sb.close());

interface Stats {
  requests: Record<string, number>;
  writes: Record<string, number>;
  counts: { customers: number; users: number; subscriptions: number };
  startupInMs: number;
  startedAt: string;
}

describe('stats and reset', () => {
  it('when requests are made, then stats count them per route template and count writes per kind', async () => {
    const contoso = await findCustomerId(sb.api, 'Contoso Ltd');
    await sb.api.get(`/v1/customers/${contoso}`);
    await sb.api.get(`/v1/customers/${contoso}`);
    await sb.api.get('/v1/nowhere');
    const s = await findSubscription(sb.api, contoso, 'Office 365 E1');
    await sb.api.patch(`/v1/customers/${contoso}/subscriptions/${s.id}`, {
      friendlyName: 'HQ',
      attributes: { etag: s.attributes.etag },
    });
    const stats = await sb.admin.get<Stats>('/_sandbox/stats');
    expect(stats.body.requests['GET /v1/customers/:customerId']).toBe(2);
    expect(stats.body.requests['GET /v1/customers']).toBe(1);
    expect(stats.body.requests.unmatched).toBe(1);
    expect(stats.body.writes).toEqual({ 'subscription.update': 1 });
    expect(stats.body.counts.customers).toBe(16);
    expect(stats.body.startupInMs).toBeGreaterThanOrEqual(0);
  });

  it('when every write lands, then it is in the audit log', async () => {
    const contoso = await findCustomerId(sb.api, 'Contoso Ltd');
    const filter = encodeURIComponent(
      JSON.stringify({ Field: 'CustomerId', Value: contoso, Operator: 'equals' }),
    );
    const res = await sb.api.get<{
      items: Array<{ operationType: string; customerName: string; resourceNewValue?: string }>;
    }>(`/v1/auditrecords?startDate=2026-03-01&size=50&filter=${filter}`);
    const latest = res.body.items[0];
    expect(latest?.operationType).toBe('update_subscription');
    expect(latest?.customerName).toBe('Contoso Ltd');
    expect(latest?.resourceNewValue).toContain('"FriendlyName":"HQ"');
  });

  it('when the sandbox is reset, then data, stats, faults and idempotency records are back to the initial state', async () => {
    const contoso = await findCustomerId(sb.api, 'Contoso Ltd');
    await sb.admin.post('/_sandbox/faults', {
      route: 'GET /v1/profiles/mpn',
      kind: 'status',
      status: 500,
    });
    const reset = await sb.admin.post('/_sandbox/reset', {});
    expect(reset.status).toBe(200);
    const s = await findSubscription(sb.api, contoso, 'Office 365 E1');
    expect(s.friendlyName).toBe('Office 365 E1');
    const stats = await sb.admin.get<Stats>('/_sandbox/stats');
    expect(stats.body.writes).toEqual({});
    expect((await sb.api.get('/v1/profiles/mpn')).status).toBe(200);
    const faults = await sb.admin.get<{ faults: unknown[] }>('/_sandbox/faults');
    expect(faults.body.faults).toEqual([]);
  });

  it('when a write is repeated with its MS-RequestId after a reset, then it runs again on the fresh data', async () => {
    const contoso = await findCustomerId(sb.api, 'Contoso Ltd');
    const send = async () => {
      const s = await findSubscription(sb.api, contoso, 'Office 365 E1');
      return sb.api.patch<WireSubscription>(
        `/v1/customers/${contoso}/subscriptions/${s.id}`,
        { friendlyName: 'Renamed', attributes: { etag: s.attributes.etag } },
        { headers: { 'MS-RequestId': 'c0ffee00-0000-4000-8000-000000000001' } },
      );
    };
    expect((await send()).status).toBe(200);
    await sb.admin.post('/_sandbox/reset', {});
    const again = await send();
    expect(again.headers.get('x-sandbox-idempotent-replay')).toBeNull();
    expect((await sb.admin.get<Stats>('/_sandbox/stats')).body.writes['subscription.update']).toBe(
      1,
    );
  });
});
