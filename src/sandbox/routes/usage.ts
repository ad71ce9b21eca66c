import { marketOf } from '../catalog/countries.js';
import { PC_ERRORS, PcError } from '../http/pc-errors.js';
import { json, type PcRequest, type RouteDef, type SandboxContext } from '../http/types.js';
import type { SubscriptionRecord } from '../models.js';
import { azureResources, monthToDateUsd, resourceUri } from '../usage/azure-meters.js';
import { collection } from '../views/links.js';
import { param, requireCustomer, requireSubscription } from './common.js';
import { azureUtilization } from './utilization.js';

/** Rough USD exchange rates, so costs come back in the customer's currency. */
const PER_USD: Readonly<Record<string, number>> = {
  USD: 1,
  GBP: 0.79,
  EUR: 0.92,
  CAD: 1.36,
  AUD: 1.52,
  JPY: 150,
};

const money = (n: number) => Math.round(n * 1e6) / 1e6;

function requireUsageSubscription(req: PcRequest, sb: SandboxContext, legacyOnly = false) {
  const customer = requireCustomer(sb, param(req, 'customerId'));
  const s = requireSubscription(sb, customer, param(req, 'subscriptionId'));
  if (s.billingType !== 'usage' || (legacyOnly && s.offerId !== 'MS-AZR-0145P')) {
    throw new PcError(PC_ERRORS.NOT_AZURE_SUBSCRIPTION, [
      legacyOnly
        ? 'usagerecords/resources applies to legacy Microsoft Azure (MS-AZR-0145P) subscriptions only; use resourceusagerecords for an Azure plan.'
        : `${s.offerName} is not billed on usage.`,
    ]);
  }
  return { customer, s };
}

function costs(sb: SandboxContext, s: SubscriptionRecord, now: Date) {
  const market = marketOf(s.country);
  const rate = PER_USD[market.currencyCode] ?? 1;
  return azureResources(sb.seed, s).map((r) => {
    const usd = monthToDateUsd(s, r, now);
    return {
      r,
      usd: money(usd),
      local: money(usd * rate),
      currency: market.currencyCode,
      locale: market.locale,
    };
  });
}

const lastModified = (now: Date) =>
  new Date(Math.floor(now.getTime() / 86_400_000) * 86_400_000).toISOString();

export const usageRoutes: RouteDef[] = [
  {
    // develop/get-a-customer-subscription-s-usage-records.md (month to date, per usage subscription)
    method: 'GET',
    path: '/v1/customers/:customerId/subscriptions/usagerecords',
    handler: (req, sb) => {
      const customer = requireCustomer(sb, param(req, 'customerId'));
      const items = sb.store.commerce
        .listSubscriptions(customer.id)
        .filter((s) => s.billingType === 'usage' && s.status !== 'deleted')
        .map((s) => {
          const c = costs(sb, s, req.now);
          return {
            status: s.status,
            offerId: s.offerId,
            resourceId: s.id,
            id: s.id,
            resourceName: s.offerName,
            name: s.friendlyName,
            totalCost: money(c.reduce((sum, x) => sum + x.local, 0)),
            currencyLocale: marketOf(s.country).locale,
            usdTotalCost: money(c.reduce((sum, x) => sum + x.usd, 0)),
            lastModifiedDate: lastModified(req.now),
            attributes: { objectType: 'SubscriptionMonthlyUsageRecord' },
          };
        });
      return json(collection(items, req.url));
    },
  },
  {
    // develop/get-a-customer-subscription-resource-usage-records.md (Azure plan)
    method: 'GET',
    path: '/v1/customers/:customerId/subscriptions/:subscriptionId/resourceusagerecords',
    handler: (req, sb) => {
      const { s } = requireUsageSubscription(req, sb);
      const items = costs(sb, s, req.now).map(({ r, usd, local, currency }) => ({
        subscriptionId: s.id,
        resourceUri: resourceUri(s, r),
        resourceType: r.resourceType.split('/')[0],
        entitlementId: s.entitlementId,
        entitlementName: s.friendlyName,
        resourceGroupName: r.resourceGroup,
        name: r.name,
        resourceName: r.name,
        totalCost: local,
        currencyCode: currency,
        usdTotalCost: usd,
        lastModifiedDate: lastModified(req.now),
        attributes: { objectType: 'ResourceUsageRecord' },
      }));
      return json(collection(items, req.url));
    },
  },
  {
    // Legacy Microsoft Azure (MS-AZR-0145P) only (develop/get-all-monthly-usage-records-for-a-subscription.md).
    method: 'GET',
    path: '/v1/customers/:customerId/subscriptions/:subscriptionId/usagerecords/resources',
    handler: (req, sb) => {
      const { s } = requireUsageSubscription(req, sb, true);
      const items = costs(sb, s, req.now).map(({ r, local, locale }) => ({
        category: r.category,
        subcategory: r.subcategory,
        quantityUsed: money(r.unitPriceUsd > 0 ? local / r.unitPriceUsd : 0),
        unit: r.unit,
        id: r.id,
        name: r.name,
        totalCost: local,
        currencyLocale: locale,
        attributes: { objectType: 'AzureResourceMonthlyUsageRecord' },
      }));
      return json(collection(items, req.url));
    },
  },
  {
    method: 'GET',
    path: '/v1/customers/:customerId/subscriptions/:subscriptionId/utilizations/azure',
    handler: (req, sb) => azureUtilization(req, sb, requireUsageSubscription(req, sb)),
  },
];
