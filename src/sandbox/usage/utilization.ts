import type { SubscriptionRecord } from '../models.js';
import { DAY_MS } from '../seed/dates.js';
import { azureResources, resourceUri, usageStart, usedQuantity } from './azure-meters.js';

export interface UtilizationQuery {
  start: number;
  end: number;
  granularity: 'daily' | 'hourly';
  showDetails: boolean;
}

const HOUR_MS = 3_600_000;
const iso = (t: number) => new Date(t).toISOString().replace('.000Z', '+00:00');

/**
 * Azure utilization records (azure-utilization.json), generated on demand and deterministic:
 * one record per resource per complete day (or hour) between the query's start and end, from the
 * subscription's start until `now`. Record `i` is computed directly, so pages never materialize
 * the whole range.
 */
export function utilizationWindow(
  seed: number,
  s: SubscriptionRecord,
  q: UtilizationQuery,
  now: Date,
) {
  const step = q.granularity === 'hourly' ? HOUR_MS : DAY_MS;
  const first = Math.ceil(Math.max(q.start, usageStart(s).getTime()) / step) * step;
  const lastEnd = Math.min(q.end, Math.floor(now.getTime() / step) * step);
  const periods = Math.max(0, Math.floor((lastEnd - first) / step));
  const resources = azureResources(seed, s);
  return {
    total: periods * resources.length,
    record(i: number) {
      const period = Math.floor(i / resources.length);
      const r = resources[i % resources.length] ?? resources[0];
      if (!r) throw new RangeError('no resources');
      const startTime = first + period * step;
      return {
        usageStartTime: iso(startTime),
        usageEndTime: iso(startTime + step),
        resource: {
          id: r.id,
          name: r.name,
          category: r.category,
          subcategory: r.subcategory,
          region: r.region,
        },
        quantity: usedQuantity(s, r, new Date(startTime), step === HOUR_MS ? 1 : 24),
        unit: r.unit,
        infoFields: {},
        ...(q.showDetails
          ? {
              instanceData: {
                resourceUri: resourceUri(s, r),
                location: r.location,
                partNumber: r.partNumber,
                orderNumber: s.orderId,
                tags: { environment: r.resourceGroup.replace('rg-', '') },
                additionalInfo: {},
              },
            }
          : {}),
        attributes: { objectType: 'AzureUtilizationRecord' },
      };
    },
  };
}
