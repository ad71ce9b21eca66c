/**
 * What the usage skills read from Partner Center, aggregated as it streams in (utilization can
 * be thousands of records: 90 days × resources, or hours): never one row per record.
 */
import { subscriptionName } from '../../cards/views/subscriptions.js';
import type {
  MeteredResource,
  MeteredUsage,
  ResourceCost,
  SubscriptionCost,
} from '../../cards/views/usage.js';
import { collectAll, type Subscription } from '../../partner-center/index.js';
import type { SkillRequest } from '../skill.js';
import type { UsagePeriod } from './period.js';

/** The legacy Microsoft Azure offer: `usagerecords/resources` applies to it only (§5.7). */
export const LEGACY_AZURE_OFFER = 'MS-AZR-0145P';
/** Utilization page size: Partner Center's maximum. */
const UTILIZATION_PAGE = 1000;

const opts = (request: SkillRequest) => ({ correlationId: request.correlationId });

/** Is this subscription billed on usage (Azure plan, legacy Azure)? */
export function isUsageBased(s: Subscription): boolean {
  return (
    s.billingType?.toLowerCase() === 'usage' ||
    s.offerId === LEGACY_AZURE_OFFER ||
    /^DZH318Z0BPS6/i.test(s.offerId ?? '')
  );
}

export async function listAllSubscriptions(
  request: SkillRequest,
  customerId: string,
): Promise<Subscription[]> {
  return collectAll(request.services.partnerCenter.subscriptions.list(customerId, opts(request)));
}

/** The customer's usage-based subscriptions that are not deleted, by name. */
export function usageSubscriptionsOf(all: Subscription[]): Subscription[] {
  return all
    .filter((s) => isUsageBased(s) && s.status?.toLowerCase() !== 'deleted')
    .sort((a, b) => subscriptionName(a).localeCompare(subscriptionName(b)));
}

/** `subscriptions/usagerecords`: month-to-date cost of each usage-based subscription. */
export async function subscriptionCosts(
  request: SkillRequest,
  customerId: string,
  names: Map<string, string>,
): Promise<{ subscriptions: SubscriptionCost[]; currency?: string }> {
  const records = await collectAll(
    request.services.partnerCenter.usage.listSubscriptionUsage(customerId, opts(request)),
  );
  const subscriptions = records.map((r) => {
    const id = r.id ?? r.resourceId ?? '';
    return {
      id,
      name: names.get(id) ?? r.name ?? r.resourceName ?? id,
      ...(r.resourceName ? { offer: r.resourceName } : {}),
      ...(r.status ? { status: r.status } : {}),
      cost: r.totalCost ?? 0,
    };
  });
  const currency = records.find((r) => r.currencyCode)?.currencyCode;
  return { subscriptions, ...(currency ? { currency } : {}) };
}

/**
 * Month-to-date cost per resource of one subscription: `resourceusagerecords` for an Azure
 * plan, `usagerecords/resources` for legacy Microsoft Azure.
 */
export async function resourceCosts(
  request: SkillRequest,
  customerId: string,
  s: Subscription,
): Promise<{ costs: ResourceCost[]; currency?: string }> {
  const usage = request.services.partnerCenter.usage;
  const subscription = subscriptionName(s);
  if (s.offerId === LEGACY_AZURE_OFFER) {
    const records = await collectAll(
      usage.listMonthlyResourceUsage(customerId, s.id, opts(request)),
    );
    return {
      costs: records.map((r) => ({
        name: r.name ?? r.id ?? 'Resource',
        ...(r.category ? { service: r.category } : {}),
        subscription,
        cost: r.totalCost ?? 0,
      })),
    };
  }
  const records = await collectAll(usage.listResourceUsageRecords(customerId, s.id, opts(request)));
  const currency = records.find((r) => r.currencyCode)?.currencyCode;
  return {
    costs: records.map((r) => ({
      name: r.resourceName ?? r.name ?? r.resourceUri ?? 'Resource',
      ...(r.resourceType ? { service: r.resourceType } : {}),
      ...(r.resourceGroupName ? { group: r.resourceGroupName } : {}),
      subscription,
      cost: r.totalCost ?? 0,
    })),
    ...(currency ? { currency } : {}),
  };
}

/** Costs of every resource of several subscriptions, and the currency they share. */
export async function allResourceCosts(
  request: SkillRequest,
  customerId: string,
  subscriptions: Subscription[],
): Promise<{ costs: ResourceCost[]; currency?: string }> {
  const costs: ResourceCost[] = [];
  let currency: string | undefined;
  for (const s of subscriptions) {
    const part = await resourceCosts(request, customerId, s);
    costs.push(...part.costs);
    currency ??= part.currency;
  }
  return { costs, ...(currency ? { currency } : {}) };
}

/**
 * Azure utilization of the subscriptions over the period, page by page (1000 records a page),
 * summed per resource and per day (or hour). Throws PC_DATA_NOT_READY (204 + Retry-After).
 */
export async function meteredUsage(
  request: SkillRequest,
  customerId: string,
  subscriptions: Subscription[],
  period: UsagePeriod,
  granularity: 'daily' | 'hourly',
): Promise<MeteredUsage> {
  const resources = new Map<string, MeteredResource>();
  let records = 0;
  const keyLength = granularity === 'hourly' ? 13 : 10;
  for (const s of subscriptions) {
    const subscription = subscriptionName(s);
    const pages = request.services.partnerCenter.usage
      .listAzureUtilization(customerId, s.id, {
        ...opts(request),
        start: period.from,
        end: period.to,
        granularity,
        showDetails: false,
      })
      .byPage({ maxPageSize: UTILIZATION_PAGE });
    for await (const page of pages) {
      for (const record of page.items) {
        records += 1;
        const r = record.resource ?? {};
        const name = r.name ?? r.id ?? 'Resource';
        const key = `${s.id}|${r.id ?? name}|${record.unit ?? ''}`;
        let entry = resources.get(key);
        if (!entry) {
          entry = {
            name,
            ...(r.category ? { category: r.category } : {}),
            ...(r.subcategory ? { subcategory: r.subcategory } : {}),
            ...(record.unit ? { unit: record.unit } : {}),
            ...(r.region ? { region: r.region } : {}),
            subscription,
            quantity: 0,
            series: new Map(),
          };
          resources.set(key, entry);
        }
        const quantity = record.quantity ?? 0;
        entry.quantity += quantity;
        const t = record.usageStartTime ? Date.parse(record.usageStartTime) : NaN;
        if (!Number.isNaN(t)) {
          const bucket = new Date(t).toISOString().slice(0, keyLength);
          entry.series.set(bucket, (entry.series.get(bucket) ?? 0) + quantity);
        }
      }
    }
  }
  return { granularity, resources: [...resources.values()], records };
}
