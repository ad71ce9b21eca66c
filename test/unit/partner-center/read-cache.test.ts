import { describe, expect, it } from 'vitest';
import { createReadCache, invalidationScope } from '../../../src/partner-center/read-cache.js';

const identity = <T>(p: Promise<T>) => p;

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('createReadCache', () => {
  it('when identical reads run concurrently, then they share one load', async () => {
    const cache = createReadCache<string>({ ttlInMs: 1000, maxEntries: 10 }, () => 0);
    const load = deferred<string>();
    let loads = 0;
    const loader = () => {
      loads++;
      return load.promise;
    };
    const reads = [cache.get('k', loader, identity), cache.get('k', loader, identity)];
    load.resolve('v');
    expect(await Promise.all(reads)).toEqual(['v', 'v']);
    expect(loads).toBe(1);
    expect(cache.stats()).toMatchObject({ misses: 1, coalesced: 1 });
  });

  it('when a result is younger than the ttl, then it is served from the cache; older, then it is loaded again', async () => {
    let now = 0;
    const cache = createReadCache<number>({ ttlInMs: 1000, maxEntries: 10 }, () => now);
    let loads = 0;
    const loader = async () => ++loads;
    await cache.get('k', loader, identity);
    now = 999;
    expect(await cache.get('k', loader, identity)).toBe(1);
    now = 1000;
    expect(await cache.get('k', loader, identity)).toBe(2);
  });

  it('when a load fails, then the failure is not cached', async () => {
    const cache = createReadCache<number>({ ttlInMs: 1000, maxEntries: 10 }, () => 0);
    await expect(
      cache.get('k', () => Promise.reject(new TypeError('boom')), identity),
    ).rejects.toThrow('boom');
    expect(await cache.get('k', async () => 7, identity)).toBe(7);
  });

  it('when an invalidation happens while a load is in flight, then that load result is not stored', async () => {
    const cache = createReadCache<string>({ ttlInMs: 1000, maxEntries: 10 }, () => 0);
    const load = deferred<string>();
    const read = cache.get('k', () => load.promise, identity);
    cache.invalidate(() => true);
    load.resolve('stale');
    await read;
    expect(await cache.get('k', async () => 'fresh', identity)).toBe('fresh');
  });

  it('when ttl is 0, then every read loads (cache and coalescing off)', async () => {
    const cache = createReadCache<number>({ ttlInMs: 0, maxEntries: 10 }, () => 0);
    let loads = 0;
    await Promise.all([
      cache.get('k', async () => ++loads, identity),
      cache.get('k', async () => ++loads, identity),
    ]);
    expect(loads).toBe(2);
    expect(cache.enabled).toBe(false);
  });

  it('when more than maxEntries results are kept, then the oldest is dropped', async () => {
    const cache = createReadCache<number>({ ttlInMs: 1000, maxEntries: 2 }, () => 0);
    for (const key of ['a', 'b', 'c']) await cache.get(key, async () => 1, identity);
    expect(cache.stats().size).toBe(2);
  });
});

describe('invalidationScope', () => {
  const base = 'https://pc.test/v1';

  it('when a customer sub-resource is written, then that customer, the customer lists and the activity log are in scope', () => {
    const inScope = invalidationScope(`${base}/customers/c1/subscriptions/s1`);
    expect(inScope(`${base}/customers/c1/subscriptions?x=1`)).toBe(true);
    expect(inScope(`${base}/customers/c1`)).toBe(true);
    expect(inScope(`${base}/customers/c1/users`)).toBe(true);
    expect(inScope(`${base}/customers?size=500`)).toBe(true);
    expect(inScope(`${base}/auditrecords?startDate=2026-01-01`)).toBe(true);
    expect(inScope(`${base}/customers/c2/subscriptions`)).toBe(false);
    expect(inScope(`${base}/customers/c10`)).toBe(false);
    expect(inScope(`${base}/offers?country=US`)).toBe(false);
    expect(inScope('https://other.test/v1/customers/c1')).toBe(false);
  });

  it('when a customer is created, then customer lists are in scope but other customers are not', () => {
    const inScope = invalidationScope(`${base}/customers`);
    expect(inScope(`${base}/customers?size=500&filter=x`)).toBe(true);
    expect(inScope(`${base}/customers/c1`)).toBe(false);
  });

  it('when a profile or a referral is written, then its top-level resource is in scope', () => {
    expect(invalidationScope(`${base}/profiles/legalbusiness`)(`${base}/profiles/mpn`)).toBe(true);
    const referral = invalidationScope('https://api.test/v1.0/engagements/referrals/r1');
    expect(referral('https://api.test/v1.0/engagements/referrals?$top=5')).toBe(true);
  });
});

describe('createReadCache with isCacheable', () => {
  it('when a result is not cacheable, then concurrent callers share it but the next read loads again', async () => {
    const cache = createReadCache<number>(
      { ttlInMs: 1000, maxEntries: 10 },
      () => 0,
      (v) => v > 1,
    );
    let loads = 0;
    const loader = async () => ++loads;
    await Promise.all([cache.get('k', loader, identity), cache.get('k', loader, identity)]);
    expect(loads).toBe(1);
    expect(await cache.get('k', loader, identity)).toBe(2);
    expect(await cache.get('k', loader, identity)).toBe(2);
  });
});
