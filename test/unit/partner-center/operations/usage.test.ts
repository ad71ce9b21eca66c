import { describe, expect, it } from 'vitest';
import {
  collectAll,
  hasErrorCode,
  isPartnerCenterError,
} from '../../../../src/partner-center/index.js';
import { collection } from '../../../helpers/scripted-fetch.js';
import { readSample } from '../samples.js';
import { createTestClient } from '../test-client.js';

const SUB = '/v1/customers/c1/subscriptions/s1';

describe('usage.listAzureUtilization', () => {
  it('when utilization is asked for, then the documented query is sent and seek_operation=Next pages are followed', async () => {
    const firstPage = {
      ...readSample('azure-utilization.json'),
      links: {
        next: {
          uri: '/customers/c1/subscriptions/s1/utilizations/azure?start_time=2017-06-10T00:00:00Z&end_time=2017-07-09T00:00:00Z&size=1000&seek_operation=Next',
          method: 'GET',
          headers: [{ key: 'MS-ContinuationToken', value: 'u-2' }],
        },
      },
    };
    const { client, pc } = createTestClient([{ body: firstPage }, { body: collection([]) }]);
    const records = await collectAll(
      client.usage.listAzureUtilization('c1', 's1', {
        start: new Date('2017-06-10T00:00:00Z'),
        end: '2017-07-09T00:00:00Z',
        granularity: 'daily',
        showDetails: true,
      }),
    );
    expect(records).toHaveLength(2);
    expect(records[0]?.resource?.category).toBe('Storage');
    const first = new URL(pc.calls[0]!.url);
    expect(first.pathname).toBe(`${SUB}/utilizations/azure`);
    expect(Object.fromEntries(first.searchParams)).toEqual({
      start_time: '2017-06-10T00:00:00.000Z',
      end_time: '2017-07-09T00:00:00Z',
      granularity: 'daily',
      show_details: 'true',
      size: '1000',
    });
    expect(pc.calls[1]?.path).toContain('seek_operation=Next');
    expect(pc.calls[1]?.headers['ms-continuationtoken']).toBe('u-2');
  });

  it('when Partner Center answers 204 with Retry-After: 30, then PC_DATA_NOT_READY carries the wait and nothing is retried', async () => {
    const { client, pc } = createTestClient([{ status: 204, headers: { 'Retry-After': '30' } }]);
    const error = await collectAll(
      client.usage.listAzureUtilization('c1', 's1', {
        start: '2026-01-01T00:00:00Z',
        end: '2026-01-31T00:00:00Z',
      }),
    ).catch((e: unknown) => e);
    expect(hasErrorCode(error, 'PC_DATA_NOT_READY')).toBe(true);
    expect(isPartnerCenterError(error) && [error.status, error.retryAfterInMs]).toEqual([
      204, 30_000,
    ]);
    expect(isPartnerCenterError(error) && error.message).toContain('Try again in 30 s');
    expect(pc.calls).toHaveLength(1);
  });

  it('when Partner Center answers a bare 204, then the list is empty', async () => {
    const { client } = createTestClient([{ status: 204 }]);
    const records = await collectAll(
      client.usage.listAzureUtilization('c1', 's1', {
        start: '2026-01-01T00:00:00Z',
        end: '2026-01-02T00:00:00Z',
      }),
    );
    expect(records).toEqual([]);
  });

  it('when a page size above 1000 is asked for, then 1000 is sent', async () => {
    const { client, pc } = createTestClient([{ body: collection([]) }]);
    await collectAll(
      client.usage
        .listAzureUtilization('c1', 's1', { start: 'a', end: 'b', granularity: 'hourly' })
        .byPage({ maxPageSize: 5000 }),
    );
    expect(new URL(pc.calls[0]!.url).searchParams.get('size')).toBe('1000');
  });
});

describe('usage records', () => {
  it('when the three usage record lists are read, then each documented route and sample is used', async () => {
    const { client, pc } = createTestClient([
      { body: readSample('usage-resources.json') },
      { body: readSample('subscriptions-usagerecords.json') },
      { body: readSample('subscription-resourceusagerecords.json') },
    ]);
    const monthly = await collectAll(client.usage.listMonthlyResourceUsage('c1', 's1'));
    const perSubscription = await collectAll(client.usage.listSubscriptionUsage('c1'));
    const perResource = await collectAll(client.usage.listResourceUsageRecords('c1', 's1'));
    expect([monthly.length, perSubscription.length, perResource.length]).toEqual([2, 1, 3]);
    expect(perSubscription[0]?.totalCost).toBe(22.861172);
    expect(pc.transcript).toEqual([
      `GET ${SUB}/usagerecords/resources -> 200`,
      'GET /v1/customers/c1/subscriptions/usagerecords -> 200',
      `GET ${SUB}/resourceusagerecords -> 200`,
    ]);
  });
});

describe('usage with the read cache on', () => {
  it('when data was not ready (204 + Retry-After), then asking again reaches the service instead of the cache', async () => {
    const { client, pc } = createTestClient(
      [
        { status: 204, headers: { 'Retry-After': '1' } },
        { body: readSample('azure-utilization.json') },
      ],
      { cache: { ttlInMs: 60_000 } },
    );
    const ask = () =>
      collectAll(client.usage.listAzureUtilization('c1', 's1', { start: 'a', end: 'b' }));
    await expect(ask()).rejects.toThrow(/not prepared/);
    expect(await ask()).toHaveLength(2);
    expect(pc.calls).toHaveLength(2);
  });
});
