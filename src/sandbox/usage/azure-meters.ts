import type { SubscriptionRecord } from '../models.js';
import { DAY_MS } from '../seed/dates.js';
import { hashString, rngFor } from '../seed/rng.js';

/** One Azure resource of a usage-based subscription, with the meter it is billed on. */
export interface AzureMeterResource {
  id: string;
  name: string;
  category: string;
  subcategory: string;
  region: string;
  unit: string;
  /** Typical quantity per day. */
  dailyQuantity: number;
  unitPriceUsd: number;
  resourceType: string;
  resourceGroup: string;
  location: string;
  partNumber: string;
}

type Template = Omit<AzureMeterResource, 'id' | 'resourceGroup' | 'location' | 'region'>;

const TEMPLATES: readonly Template[] = [
  {
    name: 'vm-web-01',
    category: 'Virtual Machines',
    subcategory: 'D2s v5',
    unit: '1 Hour',
    dailyQuantity: 24,
    unitPriceUsd: 0.096,
    resourceType: 'Microsoft.Compute/virtualMachines',
    partNumber: 'AAA-12345',
  },
  {
    name: 'vm-app-02',
    category: 'Virtual Machines',
    subcategory: 'E4s v5',
    unit: '1 Hour',
    dailyQuantity: 24,
    unitPriceUsd: 0.252,
    resourceType: 'Microsoft.Compute/virtualMachines',
    partNumber: 'AAA-12346',
  },
  {
    name: 'stdiag001',
    category: 'Storage',
    subcategory: 'Standard LRS Block Blob',
    unit: '1 GB/Month',
    dailyQuantity: 12.5,
    unitPriceUsd: 0.0184,
    resourceType: 'Microsoft.Storage/storageAccounts',
    partNumber: 'AAA-22001',
  },
  {
    name: 'sqldb-orders',
    category: 'SQL Database',
    subcategory: 'General Purpose - Compute Gen5',
    unit: '1 vCore Hour',
    dailyQuantity: 48,
    unitPriceUsd: 0.5044,
    resourceType: 'Microsoft.Sql/servers/databases',
    partNumber: 'AAA-33010',
  },
  {
    name: 'app-portal',
    category: 'Azure App Service',
    subcategory: 'Premium v3 P1v3',
    unit: '1 Hour',
    dailyQuantity: 24,
    unitPriceUsd: 0.125,
    resourceType: 'Microsoft.Web/sites',
    partNumber: 'AAA-44020',
  },
  {
    name: 'egress',
    category: 'Bandwidth',
    subcategory: 'Inter-Region Data Transfer Out',
    unit: '1 GB',
    dailyQuantity: 35,
    unitPriceUsd: 0.02,
    resourceType: 'Microsoft.Network/publicIPAddresses',
    partNumber: 'AAA-55003',
  },
  {
    name: 'kv-secrets',
    category: 'Key Vault',
    subcategory: 'Standard Operations',
    unit: '10K Operations',
    dailyQuantity: 4.2,
    unitPriceUsd: 0.03,
    resourceType: 'Microsoft.KeyVault/vaults',
    partNumber: 'AAA-66001',
  },
  {
    name: 'log-analytics',
    category: 'Log Analytics',
    subcategory: 'Pay-as-you-go Data Ingestion',
    unit: '1 GB',
    dailyQuantity: 3.1,
    unitPriceUsd: 2.3,
    resourceType: 'Microsoft.OperationalInsights/workspaces',
    partNumber: 'AAA-77002',
  },
];

const REGIONS = [
  ['East US', 'eastus'],
  ['West Europe', 'westeurope'],
  ['UK South', 'uksouth'],
  ['Australia East', 'australiaeast'],
  ['Canada Central', 'canadacentral'],
  ['Japan East', 'japaneast'],
] as const;

/** The resources behind an Azure subscription: stable per (seed, subscription). */
export function azureResources(seed: number, s: SubscriptionRecord): AzureMeterResource[] {
  const rng = rngFor(seed, 'azure', s.id);
  const count = rng.int(4, TEMPLATES.length);
  const [region, location] = rng.pick(REGIONS);
  const group = rng.pick(['rg-production', 'rg-web', 'rg-data', 'rg-shared']);
  return TEMPLATES.slice(0, count).map((t) => ({
    ...t,
    id: rng.guid(),
    region,
    location,
    resourceGroup: group,
    dailyQuantity: Math.round(t.dailyQuantity * (0.5 + rng.next()) * 100) / 100,
  }));
}

/** Quantity used in one period (a day, or an hour when `hours` is 1): weekends run lighter. */
export function usedQuantity(
  s: SubscriptionRecord,
  r: AzureMeterResource,
  periodStart: Date,
  hours: 24 | 1,
): number {
  const weekend = [0, 6].includes(periodStart.getUTCDay()) ? 0.6 : 1;
  const noise = hashString(`${s.id}|${r.id}|${periodStart.getTime()}`) / 4294967296;
  const q = ((r.dailyQuantity * hours) / 24) * weekend * (0.8 + 0.4 * noise);
  return Math.round(q * 1e6) / 1e6;
}

/** Resource URI as in azure-utilization.json's instanceData. */
export function resourceUri(s: SubscriptionRecord, r: AzureMeterResource): string {
  return `/subscriptions/${s.entitlementId}/resourceGroups/${r.resourceGroup}/providers/${r.resourceType}/${r.name}`;
}

/** First instant with usage data: the day the subscription started. */
export function usageStart(s: SubscriptionRecord): Date {
  return new Date(Math.floor(new Date(s.effectiveStartDate).getTime() / DAY_MS) * DAY_MS);
}

/** Month-to-date cost of one resource at `now`, in USD. */
export function monthToDateUsd(s: SubscriptionRecord, r: AzureMeterResource, now: Date): number {
  const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const first = Math.max(monthStart, usageStart(s).getTime());
  let total = 0;
  for (let t = first; t + DAY_MS <= now.getTime(); t += DAY_MS) {
    total += usedQuantity(s, r, new Date(t), 24) * r.unitPriceUsd;
  }
  return total;
}
