import {
  collectAll,
  type PartnerCenterClient,
  type Subscription,
} from '../../partner-center/index.js';
import type { Logger } from '../../shared/logger.js';
import type { RenewalStore } from '../../state/index.js';
import { toSummary } from '../customers/customer-directory.js';
import { compareCode, compareText } from '../../shared/compare.js';

/**
 * Which subscriptions renew when, across every customer. Partner Center has no cross-customer
 * subscription query: it lists subscriptions per customer (`get-all-of-a-customer-s-
 * subscriptions.md`). So the index walks the customers once (lazily, on the first question),
 * then stays current from the activity log (`/v1/auditrecords`, which the throttling guidance
 * recommends over polling): only customers with subscription, order or customer changes since
 * the last sync, and those whose indexed term has ended (renewed or expired), are read again.
 */
export interface RenewalEntry {
  customerId: string;
  customerName: string;
  subscriptionId: string;
  offerName: string;
  friendlyName?: string;
  quantity?: number;
  status?: string;
  billingCycle?: string;
  termDuration?: string;
  autoRenewEnabled?: boolean;
  /** `YYYY-MM-DD`. */
  commitmentEnd: string;
}

export interface RenewalIndexStatus {
  state: 'empty' | 'building' | 'ready' | 'failed';
  customersIndexed: number;
  subscriptionsIndexed: number;
  /** Epoch ms. */
  builtAt?: number;
  buildMs?: number;
  lastSyncAt?: number;
  error?: string;
}

export interface RenewalQuery {
  /** `YYYY-MM-DD`, inclusive. */
  start: string;
  end: string;
  /** Wait at most this long for a build in progress before answering with what is indexed. */
  waitMs?: number;
  correlationId?: string;
}

export interface RenewalIndex {
  query(query: RenewalQuery): Promise<{ entries: RenewalEntry[]; status: RenewalIndexStatus }>;
  /** Builds in the background now (at start-up), so the first question finds it ready. */
  warm(): void;
  /** Stops a build or sync in progress (the host is shutting down); later questions fail. */
  close(): Promise<void>;
  status(): RenewalIndexStatus;
}

export const RENEWAL_INDEX_DEFAULTS = {
  /** Customers whose subscriptions are read at once while building (the client throttles too). */
  concurrency: 8,
  /** How old the last activity-log sync may be before a question triggers another. */
  syncAfterMs: 60_000,
  /** Resource types whose changes can move a renewal date (activity log `resourceType`). */
  changeTypes: ['subscription', 'order', 'customer'],
  /** Overlap of consecutive syncs, so a record written during a sync is not missed. */
  syncOverlapMs: 60_000,
};

/** Partner Center gives termless subscriptions (the Azure plan) a commitment end in year 9999. */
const NO_TERM = '9999-';

export function createRenewalIndex(options: {
  client: PartnerCenterClient;
  logger: Logger;
  now?: () => Date;
  settings?: Partial<typeof RENEWAL_INDEX_DEFAULTS>;
  /** Where a built index survives restarts (absent: memory only). */
  store?: RenewalStore<RenewalEntry>;
}): RenewalIndex {
  const { client, logger } = options;
  const now = options.now ?? (() => new Date());
  const opts = { ...RENEWAL_INDEX_DEFAULTS, ...options.settings };
  const byCustomer = new Map<string, RenewalEntry[]>();
  const names = new Map<string, string>();
  let status: RenewalIndexStatus = { state: 'empty', customersIndexed: 0, subscriptionsIndexed: 0 };
  let building: Promise<void> | undefined;
  let syncing: Promise<void> | undefined;
  const store = options.store;
  // Aborts the client calls of a build or sync when the host stops.
  const stop = new AbortController();

  const saved = store?.load();
  if (saved) {
    for (const [id, c] of saved.customers) {
      names.set(id, c.name);
      byCustomer.set(id, c.entries);
    }
    status = {
      state: 'ready',
      customersIndexed: 0,
      subscriptionsIndexed: 0,
      ...(saved.builtAt ? { builtAt: saved.builtAt } : {}),
      ...(saved.lastSyncAt ? { lastSyncAt: saved.lastSyncAt } : {}),
    };
    building = Promise.resolve();
  }

  const count = () => {
    let subscriptions = 0;
    for (const list of byCustomer.values()) subscriptions += list.length;
    status = { ...status, customersIndexed: byCustomer.size, subscriptionsIndexed: subscriptions };
  };

  async function indexCustomer(customerId: string, correlationId?: string): Promise<void> {
    const entries: RenewalEntry[] = [];
    const call = { abortSignal: stop.signal, ...(correlationId ? { correlationId } : {}) };
    for (const s of await collectAll(client.subscriptions.list(customerId, call))) {
      const entry = toEntry(customerId, names.get(customerId) ?? customerId, s);
      if (entry) entries.push(entry);
    }
    byCustomer.set(customerId, entries);
  }

  const persist = (ids: string[]) =>
    store?.saveCustomers(
      ids.map((id) => ({
        customerId: id,
        name: names.get(id) ?? id,
        entries: byCustomer.get(id) ?? [],
      })),
    );

  async function build(correlationId?: string): Promise<void> {
    const started = Date.now();
    status = { ...status, state: 'building' };
    const syncFrom = now().getTime();
    try {
      const call = { abortSignal: stop.signal, ...(correlationId ? { correlationId } : {}) };
      for await (const page of client.customers.list(call).byPage({ maxPageSize: 500 })) {
        const ids = page.items.map((c) => {
          const summary = toSummary(c);
          names.set(summary.id, summary.name);
          return summary.id;
        });
        await pool(ids, opts.concurrency, (id) => indexCustomer(id, correlationId));
        persist(ids);
        count();
      }
      status = {
        ...status,
        state: 'ready',
        builtAt: Date.now(),
        buildMs: Date.now() - started,
        lastSyncAt: syncFrom,
      };
      count();
      store?.saveMarks({ builtAt: status.builtAt ?? Date.now(), lastSyncAt: syncFrom });
      logger.info('renewal index built', {
        customers: status.customersIndexed,
        subscriptions: status.subscriptionsIndexed,
        ms: status.buildMs,
      });
    } catch (error) {
      status = { ...status, state: 'failed', error: (error as Error).message };
      building = undefined;
      if (stop.signal.aborted) return; // shut down on purpose: nothing to report
      throw error;
    }
  }

  async function sync(correlationId?: string): Promise<void> {
    const since = status.lastSyncAt ?? now().getTime();
    const at = now().getTime();
    const changed = new Set<string>();
    const call = { abortSignal: stop.signal, ...(correlationId ? { correlationId } : {}) };
    for await (const record of client.auditRecords.list({
      startDate: new Date(since - opts.syncOverlapMs),
      ...call,
    })) {
      if (!record.customerId) continue;
      if (record.resourceType && !opts.changeTypes.includes(record.resourceType)) continue;
      if (record.customerName) names.set(record.customerId, record.customerName);
      changed.add(record.customerId);
    }
    // A term that has ended was renewed (new end date) or not (expired): read it again.
    const today = isoDay(now());
    for (const [customerId, entries] of byCustomer) {
      if (entries.some((e) => e.commitmentEnd < today)) changed.add(customerId);
    }
    await pool([...changed], opts.concurrency, (id) => indexCustomer(id, correlationId));
    persist([...changed]);
    status = { ...status, lastSyncAt: at };
    store?.saveMarks({ lastSyncAt: at });
    count();
  }

  count();
  const startBuild = (correlationId?: string) => {
    if (building) return;
    building = build(correlationId);
    building.catch((error: unknown) => logger.warn('renewal index build failed', { error }));
  };

  return {
    status: () => ({ ...status }),
    warm: () => startBuild(),
    async close() {
      stop.abort();
      await Promise.allSettled([building, syncing]);
    },
    async query(query) {
      startBuild(query.correlationId);
      const current = building ?? Promise.resolve();
      if (status.state !== 'ready') {
        await Promise.race([
          current.catch(() => undefined),
          new Promise((resolve) => setTimeout(resolve, query.waitMs ?? 5_000).unref()),
        ]);
        if (status.state === 'failed') await current; // surfaces the Partner Center error
      } else if (now().getTime() - (status.lastSyncAt ?? 0) > opts.syncAfterMs) {
        syncing ??= sync(query.correlationId).finally(() => {
          syncing = undefined;
        });
        await syncing;
      }
      const entries: RenewalEntry[] = [];
      for (const list of byCustomer.values()) {
        for (const e of list) {
          if (e.commitmentEnd >= query.start && e.commitmentEnd <= query.end) entries.push(e);
        }
      }
      entries.sort(
        (a, b) =>
          compareCode(a.commitmentEnd, b.commitmentEnd) ||
          compareText(a.customerName, b.customerName) ||
          compareText(a.offerName, b.offerName),
      );
      return { entries, status: { ...status } };
    },
  };
}

/** Subscriptions that renew: active or suspended, with a real term end. */
function toEntry(
  customerId: string,
  customerName: string,
  s: Subscription,
): RenewalEntry | undefined {
  const end = s.commitmentEndDate;
  if (!end || end.startsWith(NO_TERM)) return undefined;
  if (s.status !== 'active' && s.status !== 'suspended') return undefined;
  return {
    customerId,
    customerName,
    subscriptionId: s.id,
    offerName: s.offerName ?? s.offerId ?? s.id,
    ...(s.friendlyName ? { friendlyName: s.friendlyName } : {}),
    ...(s.quantity !== undefined ? { quantity: s.quantity } : {}),
    ...(s.status ? { status: s.status } : {}),
    ...(s.billingCycle ? { billingCycle: s.billingCycle } : {}),
    ...(s.termDuration ? { termDuration: s.termDuration } : {}),
    ...(s.autoRenewEnabled !== undefined ? { autoRenewEnabled: s.autoRenewEnabled } : {}),
    commitmentEnd: end.slice(0, 10),
  };
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Runs `work` over `items`, at most `limit` at a time; the first failure rejects. */
async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  });
  await Promise.all(runners);
}
