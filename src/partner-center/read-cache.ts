/**
 * Read cache with coalescing (DESIGN.md "Scale"): identical concurrent GETs share one upstream
 * call, results are kept for `ttlInMs`, and writes invalidate what they may have changed. It lives
 * outside the policy pipeline (whose order is fixed) and is used by the request executor.
 *
 * A coalesced call runs without any one caller's AbortSignal; each caller races it with its own,
 * so one caller giving up does not cancel the others.
 */

export interface ReadCacheOptions {
  /** How long a GET result is reused; 0 turns the cache and coalescing off. */
  ttlInMs: number;
  /** Oldest entries are dropped beyond this many. */
  maxEntries: number;
}

export interface ReadCacheStats {
  hits: number;
  misses: number;
  coalesced: number;
  invalidations: number;
  size: number;
}

export interface ReadCache<V> {
  readonly enabled: boolean;
  get(
    key: string,
    load: () => Promise<V>,
    wait: <R>(promise: Promise<R>) => Promise<R>,
  ): Promise<V>;
  /** Drops entries (stored and in flight) whose key matches; returns how many. */
  invalidate(matches: (key: string) => boolean): number;
  clear(): void;
  stats(): ReadCacheStats;
}

interface Entry<V> {
  value: V;
  expiresAt: number;
}

/**
 * @param isCacheable - results that must not be kept (a 204 "not ready yet" with Retry-After)
 *   are still shared with concurrent callers but not stored.
 */
export function createReadCache<V>(
  options: ReadCacheOptions,
  now: () => number,
  isCacheable: (value: V) => boolean = () => true,
): ReadCache<V> {
  const stored = new Map<string, Entry<V>>();
  const inFlight = new Map<string, Promise<V>>();
  const counters = { hits: 0, misses: 0, coalesced: 0, invalidations: 0 };
  // Bumped by every invalidation: a load that started before it must not store its (stale) result.
  let generation = 0;

  const store = (key: string, value: V) => {
    stored.delete(key);
    stored.set(key, { value, expiresAt: now() + options.ttlInMs });
    while (stored.size > options.maxEntries) {
      const oldest = stored.keys().next().value;
      if (oldest === undefined) break;
      stored.delete(oldest);
    }
  };

  return {
    enabled: options.ttlInMs > 0,
    async get(key, load, wait) {
      if (options.ttlInMs <= 0) return load();
      const entry = stored.get(key);
      if (entry && entry.expiresAt > now()) {
        counters.hits++;
        return entry.value;
      }
      if (entry) stored.delete(key);
      const pending = inFlight.get(key);
      if (pending) {
        counters.coalesced++;
        return wait(pending);
      }
      counters.misses++;
      const started = generation;
      const promise = load().then(
        (value) => {
          if (inFlight.get(key) === promise) inFlight.delete(key);
          if (generation === started && isCacheable(value)) store(key, value);
          return value;
        },
        (error: unknown) => {
          if (inFlight.get(key) === promise) inFlight.delete(key);
          throw error;
        },
      );
      inFlight.set(key, promise);
      return wait(promise);
    },
    invalidate(matches) {
      generation++;
      let removed = 0;
      for (const key of [...stored.keys()]) {
        if (matches(key)) {
          stored.delete(key);
          removed++;
        }
      }
      for (const key of [...inFlight.keys()]) {
        if (matches(key)) inFlight.delete(key);
      }
      counters.invalidations += removed;
      return removed;
    },
    clear() {
      generation++;
      stored.clear();
      inFlight.clear();
    },
    stats: () => ({ ...counters, size: stored.size }),
  };
}

/**
 * What a write to `writeUrl` may have changed: everything under the same customer
 * (`/v1/customers/{id}/...`) plus the customer lists, or everything under the same top-level
 * resource (`/v1/profiles`, `/v1.0/engagements`, the benefits collection); always the activity log.
 */
export function invalidationScope(writeUrl: string): (cachedUrl: string) => boolean {
  const write = new URL(writeUrl);
  const segments = write.pathname.split('/').filter(Boolean);
  const versionCount = segments[0] && /^v\d/i.test(segments[0]) ? 1 : 0;
  const base = `/${segments.slice(0, versionCount).join('/')}`.replace(/^\/$/, '');
  const rest = segments.slice(versionCount);
  const isCustomers = rest[0]?.toLowerCase() === 'customers';
  const scopes = isCustomers
    ? rest[1]
      ? [`${base}/customers/${rest[1]}`]
      : []
    : [`${base}/${rest[0] ?? ''}`];
  const exact = [`${base}/customers`, `${base}/auditrecords`].map((p) => p.toLowerCase());
  const prefixes = scopes.map((p) => p.toLowerCase());
  return (cachedUrl) => {
    const cached = new URL(cachedUrl);
    if (cached.origin !== write.origin) return false;
    const path = cached.pathname.toLowerCase().replace(/\/+$/, '');
    return exact.includes(path) || prefixes.some((p) => path === p || path.startsWith(`${p}/`));
  };
}
