import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  SubscriptionSchema,
  collectAll,
  hasErrorCode,
  isPartnerCenterError,
  parseModel,
} from '../../../../src/partner-center/index.js';
import type { Subscription } from '../../../../src/partner-center/index.js';
import { jsonBody, readSample } from '../samples.js';
import { createTestClient } from '../test-client.js';

const CUSTOMER = '4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04';
const current = parseModel(SubscriptionSchema, readSample('subscription-get-addon.json'));
const SUB_PATH = `/v1/customers/${CUSTOMER}/subscriptions/${current.id}`;
const FAST_POLLING = { polling: { initialDelayInMs: 1, maxDelayInMs: 1, maxAttempts: 3 } };

describe('subscriptions', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('when subscriptions are listed by order, then ?order_id= is sent and the unpaged collection parses', async () => {
    const { client, pc } = createTestClient([{ body: readSample('subscriptions-by-order.json') }]);
    const subs = await collectAll(client.subscriptions.list(CUSTOMER, { orderId: 'o-1' }));
    expect(subs).toHaveLength(1);
    expect(pc.transcript).toEqual([
      `GET /v1/customers/${CUSTOMER}/subscriptions?order_id=o-1 -> 200`,
    ]);
  });

  it('when a subscription is suspended, then the full object is PATCHed with its etag in the body and If-Match', async () => {
    const { client, pc } = createTestClient([
      { body: { ...readSample('subscription-get-addon.json'), status: 'suspended' } },
    ]);
    const result = await client.subscriptions.update(CUSTOMER, { ...current, status: 'suspended' });
    const call = pc.calls[0]!;
    expect(pc.transcript).toEqual([`PATCH ${SUB_PATH} -> 200`]);
    expect(call.headers['if-match']).toBe(`"${current.attributes?.etag}"`);
    expect(call.headers['ms-contract-version']).toBe('v1');
    expect(jsonBody(call)).toMatchObject({
      Id: current.id,
      Status: 'suspended',
      Quantity: 2,
      FriendlyName: 'Some friendly name',
      Attributes: { Etag: current.attributes?.etag, ObjectType: 'Subscription' },
    });
    // Same top-level vocabulary as the documented suspend request (ignoring its null fields).
    const docKeys = Object.keys(readSample('subscription-patch-suspend-request.json'));
    expect(Object.keys(jsonBody(call))).toEqual(
      expect.arrayContaining(
        docKeys.filter((k) => !['ParentSubscriptionId', 'PartnerId'].includes(k)),
      ),
    );
    expect(result.status).toBe('suspended');
  });

  it.each<[string, Partial<Subscription>, Partial<Subscription>]>([
    ['the nickname is changed', {}, { friendlyName: 'Frontline workers' }],
    ['the quantity is changed', {}, { quantity: 30 }],
    ['it is suspended', {}, { status: 'suspended' }],
    ['it is reactivated', { status: 'suspended' }, { status: 'active' }],
  ])(
    'when %s, then the full subscription is PATCHed with that one field changed and the answer returned',
    async (_name, state, change) => {
      const sample = readSample('subscription-get-addon.json');
      const { client, pc } = createTestClient([{ body: { ...sample, ...change } }]);
      const before = { ...current, ...state };
      const result = await client.subscriptions.update(CUSTOMER, { ...before, ...change });
      const sent = jsonBody(pc.calls[0]);
      const pascal = Object.fromEntries(
        Object.entries(change).map(([k, v]) => [k[0]!.toUpperCase() + k.slice(1), v]),
      );
      expect(pc.transcript).toEqual([`PATCH ${SUB_PATH} -> 200`]);
      expect(sent).toMatchObject({
        ...pascal,
        Id: current.id,
        OfferId: current.offerId,
        Attributes: { Etag: current.attributes?.etag },
      });
      expect(result).toMatchObject(change);
    },
  );

  it('when the PATCH answers 202 with Location, then the client polls it until the change shows and returns it', async () => {
    const stale = readSample('subscription-get-addon.json');
    const { client, pc } = createTestClient(
      [
        {
          status: 202,
          headers: { Location: `/customers/${CUSTOMER}/subscriptions/${current.id}` },
        },
        { body: stale },
        { body: { ...stale, quantity: 30 } },
      ],
      FAST_POLLING,
    );
    const result = await client.subscriptions.update(CUSTOMER, { ...current, quantity: 30 });
    expect(result.quantity).toBe(30);
    expect(pc.transcript).toEqual([
      `PATCH ${SUB_PATH} -> 202`,
      `GET ${SUB_PATH} -> 200`,
      `GET ${SUB_PATH} -> 200`,
    ]);
    // Polls are new logical calls (new MS-RequestId) in the same turn (same MS-CorrelationId).
    expect(new Set(pc.calls.map((c) => c.headers['ms-correlationid'])).size).toBe(1);
    expect(new Set(pc.calls.map((c) => c.headers['ms-requestid'])).size).toBe(3);
  });

  it('when the 202 carries Retry-After: 5, then the first poll waits 5 s', async () => {
    vi.useFakeTimers();
    const { client, pc } = createTestClient([
      {
        status: 202,
        headers: {
          Location: `/v1/customers/${CUSTOMER}/subscriptions/${current.id}`,
          'Retry-After': '5',
        },
      },
      { body: { ...readSample('subscription-get-addon.json'), friendlyName: 'Frontline' } },
    ]);
    const pending = client.subscriptions.update(CUSTOMER, {
      ...current,
      friendlyName: 'Frontline',
    });
    await vi.advanceTimersByTimeAsync(4999);
    expect(pc.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).friendlyName).toBe('Frontline');
    expect(pc.calls).toHaveLength(2);
  });

  it('when polling never shows the change, then PC_POLLING_GAVE_UP (status 202, the PATCH request id) after maxAttempts', async () => {
    const stale = readSample('subscription-get-addon.json');
    const { client, pc } = createTestClient(
      [
        {
          status: 202,
          headers: { Location: `/customers/${CUSTOMER}/subscriptions/${current.id}` },
        },
        { body: stale },
        { body: stale },
        { body: stale },
      ],
      FAST_POLLING,
    );
    const error = await client.subscriptions
      .update(CUSTOMER, { ...current, quantity: 30 }, { requestId: 'pending-write-1' })
      .catch((e: unknown) => e);
    expect(hasErrorCode(error, 'PC_POLLING_GAVE_UP')).toBe(true);
    expect(isPartnerCenterError(error) && [error.status, error.requestId]).toEqual([
      202,
      'pending-write-1',
    ]);
    expect(pc.calls).toHaveLength(4);
  });

  it('when the subscription has no etag, then the update fails with PC_MISSING_ETAG and sends nothing', async () => {
    const { client, pc } = createTestClient();
    const error = await client.subscriptions
      .update(CUSTOMER, { id: 's1', quantity: 3 })
      .catch((e: unknown) => e);
    expect(hasErrorCode(error, 'PC_MISSING_ETAG')).toBe(true);
    expect(pc.calls).toHaveLength(0);
  });

  it('when the etag is stale, then the documented 400 / 2055 comes back as a PartnerCenterError (not retried)', async () => {
    const { client, pc } = createTestClient([
      {
        status: 400,
        body: { code: 2055, description: 'Etag is no longer valid', data: [], source: 'PartnerFD' },
      },
    ]);
    const error = await client.subscriptions.update(CUSTOMER, current).catch((e: unknown) => e);
    expect(isPartnerCenterError(error) && [error.status, error.code]).toEqual([400, 2055]);
    expect(pc.calls).toHaveLength(1);
  });
});
