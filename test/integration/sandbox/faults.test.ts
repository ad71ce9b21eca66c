import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  findCustomerId,
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
afterEach(async () => {
  await sb.admin.delete('/_sandbox/faults');
});
afterAll(() => sb.close());

interface FaultList {
  faults: Array<{ id: string; fired: number; spent: boolean }>;
}

const statuses = async (path: string, n: number) => {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await sb.api.get(path)).status);
  return out;
};

describe('injected faults', () => {
  it('when a throttle fault is set, then the call gets 429 with Retry-After and the gateway body', async () => {
    await sb.admin.post('/_sandbox/faults', {
      route: 'GET /v1/customers',
      kind: 'throttle',
      retryAfterSeconds: 57,
      times: 1,
    });
    const res = await sb.api.get<GatewayErrorBody>('/v1/customers?size=3');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('57');
    expect(res.body).toEqual({
      statusCode: 429,
      message: 'Rate limit is exceeded. Try again in 57 seconds.',
    });
    expect((await sb.api.get('/v1/customers?size=3')).status).toBe(200);
  });

  it('when a sequence is scripted for a route, then each call takes the next step and the route recovers after it', async () => {
    await sb.admin.post('/_sandbox/faults', {
      route: 'GET /v1/customers/:customerId',
      sequence: ['throttle', 'ok', 'status:503', 'status:500'],
    });
    expect(await statuses(`/v1/customers/${contoso}`, 5)).toEqual([429, 200, 503, 500, 200]);
    const list = await sb.admin.get<FaultList>('/_sandbox/faults');
    expect(list.body.faults[0]).toMatchObject({ fired: 4, spent: true });
  });

  it('when a route is faulted, then other routes are not affected', async () => {
    await sb.admin.post('/_sandbox/faults', {
      route: 'GET /v1/customers/:id/subscriptions',
      kind: 'status',
      status: 500,
    });
    expect((await sb.api.get(`/v1/customers/${contoso}/subscriptions`)).status).toBe(500);
    expect((await sb.api.get(`/v1/customers/${contoso}/orders`)).status).toBe(200);
  });

  it('when a 503 fault is set, then the gateway answers 503 with its body; a 500 carries a Partner Center body', async () => {
    await sb.admin.post('/_sandbox/faults', {
      route: 'GET /v1/customers',
      sequence: ['status:503', 'status:500'],
    });
    const unavailable = await sb.api.get<GatewayErrorBody>('/v1/customers');
    expect(unavailable.status).toBe(503);
    expect(unavailable.body.statusCode).toBe(503);
    const failed = await sb.api.get<PcErrorBody>('/v1/customers');
    expect(failed.status).toBe(500);
    expect(failed.body).toMatchObject({ code: 800003, description: 'Unexpected service error' });
  });

  it('when a reset fault is set, then the connection is destroyed and fetch fails', async () => {
    await sb.admin.post('/_sandbox/faults', {
      route: 'GET /v1/customers',
      kind: 'reset',
      times: 1,
    });
    await expect(
      fetch(`${sb.url}/v1/customers`, { headers: { Authorization: 'Bearer t' } }),
    ).rejects.toThrow();
    expect((await sb.api.get('/v1/customers')).status).toBe(200);
  });

  it('when a latency fault is set, then the call still succeeds and the fault records that it fired', async () => {
    await sb.admin.post('/_sandbox/faults', {
      route: 'GET /v1/profiles/mpn',
      kind: 'latency',
      latencyInMs: 50,
    });
    expect((await sb.api.get('/v1/profiles/mpn')).status).toBe(200);
    const list = await sb.admin.get<FaultList>('/_sandbox/faults');
    expect(list.body.faults[0]?.fired).toBe(1);
  });

  it('when a utilization call meets a notReady fault, then it answers 204 with Retry-After', async () => {
    await sb.admin.post('/_sandbox/faults', {
      route: '^GET .*/utilizations/azure',
      kind: 'notReady',
      retryAfterSeconds: 30,
    });
    const subs = await sb.api.get<{ items: Array<{ id: string; offerName: string }> }>(
      `/v1/customers/${contoso}/subscriptions`,
    );
    const azure = subs.body.items.find((s) => s.offerName === 'Azure plan');
    const res = await sb.api.get(
      `/v1/customers/${contoso}/subscriptions/${azure?.id}/utilizations/azure?start_time=2026-02-01T00:00:00Z&end_time=2026-03-01T00:00:00Z`,
    );
    expect(res.status).toBe(204);
    expect(res.headers.get('retry-after')).toBe('30');
  });

  it('when faults fire by probability, then two sandboxes with the same seed fail the same calls', async () => {
    const pattern = async (seed: number) => {
      const other = await startTestSandbox({
        seed,
        faults: [{ route: 'GET /v1/profiles/legalbusiness', kind: 'throttle', probability: 0.3 }],
      });
      try {
        const out: number[] = [];
        for (let i = 0; i < 30; i++)
          out.push((await other.api.get('/v1/profiles/legalbusiness')).status);
        return out;
      } finally {
        await other.close();
      }
    };
    const a = await pattern(7);
    const b = await pattern(7);
    expect(a).toEqual(b);
    expect(a).toContain(429);
    expect(a).toContain(200);
  });

  it('when a fault spec is invalid, then the admin API answers 400 naming the problem', async () => {
    const res = await sb.admin.post<{ error: string }>('/_sandbox/faults', { kind: 'explode' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/unknown kind "explode"/);
  });

  it('when a fault is posted as curl -d sends it (form content type), then it is still read as JSON', async () => {
    const res = await fetch(`${sb.url}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: JSON.stringify({ route: 'GET /v1/profiles/mpn', kind: 'throttle', times: 1 }),
    });
    expect(res.status).toBe(201);
    expect((await sb.api.get('/v1/profiles/mpn')).status).toBe(429);
  });

  it('when the admin body is not JSON or not an object, then 400 with an admin {error} body', async () => {
    const broken = await sb.admin.post<{ error: string }>('/_sandbox/faults', '{"kind":');
    expect(broken.status).toBe(400);
    expect(broken.body.error).toMatch(/not valid JSON/);
    const scalar = await sb.admin.post<{ error: string }>('/_sandbox/faults', '"throttle"');
    expect(scalar.status).toBe(400);
    expect(scalar.body.error).toEqual(expect.any(String));
  });

  it('when faults are listed and one is deleted, then it no longer fires', async () => {
    const created = await sb.admin.post<FaultList>('/_sandbox/faults', {
      route: 'GET /v1/profiles/mpn',
      kind: 'status',
      status: 500,
    });
    const id = created.body.faults[0]?.id ?? '';
    expect((await sb.admin.delete(`/_sandbox/faults/${id}`)).status).toBe(204);
    expect((await sb.api.get('/v1/profiles/mpn')).status).toBe(200);
  });

  it('when faults are given at start-up, then they apply from the first request', async () => {
    const other = await startTestSandbox({ faults: [{ route: '*', kind: 'throttle', times: 1 }] });
    try {
      expect((await other.api.get('/v1/profiles/mpn')).status).toBe(429);
      expect((await other.api.get('/v1/profiles/mpn')).status).toBe(200);
    } finally {
      await other.close();
    }
  });
});
