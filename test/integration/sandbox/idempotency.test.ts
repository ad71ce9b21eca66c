import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findCustomerId,
  findSubscription,
  startTestSandbox,
  type TestSandbox,
  type WireSubscription,
} from '../../helpers/sandbox.js';

let sb: TestSandbox;
let contoso: string;

beforeAll(async () => {
  sb = await startTestSandbox();
  contoso = await findCustomerId(sb.api, 'Contoso Ltd');
});
afterAll(() => sb.close());

interface Stats {
  writes: Record<string, number>;
  requests: Record<string, number>;
}

const writes = async (kind: string) =>
  (await sb.admin.get<Stats>('/_sandbox/stats')).body.writes[kind] ?? 0;

async function addSeats(requestId: string, seats: number) {
  const s = await findSubscription(sb.api, contoso, 'Microsoft 365 E3');
  return {
    before: s,
    send: () =>
      sb.api.patch<WireSubscription>(
        `/v1/customers/${contoso}/subscriptions/${s.id}`,
        { quantity: s.quantity + seats, attributes: { etag: s.attributes.etag } },
        { headers: { 'MS-RequestId': requestId } },
      ),
  };
}

describe('MS-RequestId idempotency', () => {
  it('when the same write is sent twice with one MS-RequestId, then both get the same answer and the change is made once', async () => {
    const before = await writes('subscription.update');
    const { before: s, send } = await addSeats('7c9f0a52-0000-4000-8000-000000000001', 5);
    const first = await send();
    const second = await send();
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('x-sandbox-idempotent-replay')).toBe('true');
    expect(await writes('subscription.update')).toBe(before + 1);
    const now = await findSubscription(sb.api, contoso, 'Microsoft 365 E3');
    expect(now.quantity).toBe(s.quantity + 5);
  });

  it('when duplicates of one write arrive while the first is still being processed, then the change is applied once', async () => {
    await sb.admin.post('/_sandbox/faults', {
      route: 'PATCH /v1/customers/:id/subscriptions/:sid',
      kind: 'latency',
      latencyInMs: 200,
      times: 4,
    });
    const before = await writes('subscription.update');
    const { before: s, send } = await addSeats('7c9f0a52-0000-4000-8000-000000000002', 3);
    const replies = await Promise.all([send(), send(), send(), send()]);
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(new Set(replies.map((r) => r.text)).size).toBe(1);
    expect(await writes('subscription.update')).toBe(before + 1);
    expect((await findSubscription(sb.api, contoso, 'Microsoft 365 E3')).quantity).toBe(
      s.quantity + 3,
    );
  });

  it('when a failed write is retried with the same MS-RequestId, then the same error comes back', async () => {
    const s = await findSubscription(sb.api, contoso, 'Microsoft 365 E3');
    const send = () =>
      sb.api.patch(
        `/v1/customers/${contoso}/subscriptions/${s.id}`,
        { quantity: 1, attributes: { etag: 'stale' } },
        {
          headers: { 'MS-RequestId': '7c9f0a52-0000-4000-8000-000000000003' },
        },
      );
    const first = await send();
    const second = await send();
    expect(first.status).toBe(400);
    expect(second.text).toBe(first.text);
  });

  it('when two writes carry different MS-RequestIds, then both are applied', async () => {
    const before = await writes('subscription.update');
    await (await addSeats('7c9f0a52-0000-4000-8000-000000000004', 1)).send();
    await (await addSeats('7c9f0a52-0000-4000-8000-000000000005', 1)).send();
    expect(await writes('subscription.update')).toBe(before + 2);
  });

  it('when the connection is reset after the change was made, then a retry with the same MS-RequestId gets the stored answer without a second change', async () => {
    await sb.admin.post('/_sandbox/faults', {
      route: 'PATCH /v1/customers/:id/subscriptions/:sid',
      kind: 'reset',
      phase: 'after',
      times: 1,
    });
    const before = await writes('subscription.update');
    const { before: s, send } = await addSeats('7c9f0a52-0000-4000-8000-000000000006', 2);
    await expect(send()).rejects.toThrow();
    const retry = await send();
    expect(retry.status).toBe(200);
    expect(retry.body.quantity).toBe(s.quantity + 2);
    expect(await writes('subscription.update')).toBe(before + 1);
  });

  it('when a customer is created twice with one MS-RequestId, then one customer exists and the same credentials come back', async () => {
    const body = {
      CompanyProfile: { Domain: 'coho.onmicrosoft.com' },
      BillingProfile: {
        Culture: 'en-US',
        Email: 'ap@coho.com',
        Language: 'en',
        CompanyName: 'Coho Winery',
        DefaultAddress: {
          AddressLine1: '1 Vine St',
          City: 'Napa',
          State: 'CA',
          PostalCode: '94558',
          Country: 'US',
        },
      },
    };
    const headers = { 'MS-RequestId': '7c9f0a52-0000-4000-8000-000000000007' };
    const first = await sb.api.post('/v1/customers', body, { headers });
    const second = await sb.api.post('/v1/customers', body, { headers });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.text).toBe(first.text);
    expect(await writes('customer.create')).toBe(1);
  });
});
