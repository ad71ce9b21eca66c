import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findCustomerId,
  findSubscription,
  nextHeaders,
  startTestSandbox,
  TEST_NOW,
  type PcErrorBody,
  type TestSandbox,
  type WireCollection,
} from '../../helpers/sandbox.js';

let sb: TestSandbox;
let contoso: string;

beforeAll(async () => {
  sb = await startTestSandbox();
  contoso = await findCustomerId(sb.api, 'Contoso Ltd');
});
afterAll(() => sb.close());

interface WireOffer {
  id: string;
  name: string;
  country: string;
  locale: string;
  minimumQuantity: number;
  maximumQuantity: number;
  category: { id: string };
}

interface WireUtilization {
  usageStartTime: string;
  quantity: number;
  resource: { name: string };
  instanceData?: unknown;
}

describe('offers', () => {
  it('when offers are listed for Germany, then they come in the German locale with categories and quantity limits', async () => {
    const res = await sb.api.get<WireCollection<WireOffer>>('/v1/offers?country=DE');
    expect(res.status).toBe(200);
    const names = res.body.items.map((o) => o.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Microsoft 365 E3',
        'Office 365 E1',
        'Microsoft Teams Essentials',
        'Azure plan',
      ]),
    );
    expect(res.body.items.every((o) => o.locale === 'de-DE' && o.country === 'DE')).toBe(true);
    expect(names).not.toContain('Azure Rights Management Premium (Government Pricing)');
  });

  it('when offers are listed by category with offset and size, then the page and its next link follow', async () => {
    const res = await sb.api.get<WireCollection<WireOffer>>(
      '/v1/offers?country=US&offer_category_id=SmallBusiness_Key&offset=0&size=2',
    );
    expect(res.body.items).toHaveLength(2);
    expect(res.body.items.every((o) => o.category.id === 'SmallBusiness_Key')).toBe(true);
    expect(res.body.links.next?.uri).toContain('offset=2');
  });

  it('when one offer is read, then its minimum and maximum quantities are there', async () => {
    const res = await sb.api.get<WireOffer>(
      '/v1/offers/031C9E47-4802-4248-838E-778FB1D2CC05?country=US',
    );
    expect(res.body).toMatchObject({
      name: 'Office 365 Business Premium',
      minimumQuantity: 1,
      maximumQuantity: 300,
    });
  });

  it('when the country is missing or not sold in, then 400 or 403 / 2030', async () => {
    expect((await sb.api.get('/v1/offers')).status).toBe(400);
    const res = await sb.api.get<PcErrorBody>('/v1/offers?country=BR');
    expect(res.status).toBe(403);
    expect(res.body.code).toBe(2030);
  });

  it('when offer categories are listed, then each has a rank and the market locale', async () => {
    const res = await sb.api.get<WireCollection<{ id: string; locale: string }>>(
      '/v1/offercategories?country=FR',
    );
    expect(res.body.items.map((c) => c.id)).toContain('Enterprise_Key');
    expect(res.body.items.every((c) => c.locale === 'fr-FR')).toBe(true);
  });
});

describe('Azure utilization', () => {
  const path = async () => {
    const azure = await findSubscription(sb.api, contoso, 'Azure plan');
    return `/v1/customers/${contoso}/subscriptions/${azure.id}/utilizations/azure`;
  };

  it('when the last month is asked for daily, then every day has records and the data repeats exactly', async () => {
    const url = `${await path()}?start_time=2026-02-01T00:00:00Z&end_time=2026-03-01T00:00:00Z&granularity=daily`;
    const first = await sb.api.get<WireCollection<WireUtilization>>(url);
    const again = await sb.api.get<WireCollection<WireUtilization>>(url);
    expect(first.status).toBe(200);
    const days = new Set(first.body.items.map((r) => r.usageStartTime.slice(0, 10)));
    expect(days.size).toBe(28);
    expect(again.body).toEqual(first.body);
    expect(first.body.items[0]?.instanceData).toBeDefined();
  });

  it("when Contoso's Azure plan is asked for everything until today, daily, then it has 90 days of utilization", async () => {
    const url = `${await path()}?start_time=2025-01-01T00:00:00Z&end_time=${TEST_NOW.toISOString()}&granularity=daily&size=1000`;
    const days = new Set<string>();
    let res = await sb.api.get<WireCollection<WireUtilization>>(url);
    for (;;) {
      expect(res.status).toBe(200);
      res.body.items.forEach((r) => days.add(r.usageStartTime.slice(0, 10)));
      const next = res.body.links.next;
      if (!next) break;
      res = await sb.api.get(next.uri, { headers: nextHeaders(next) });
    }
    expect(days.size).toBe(90);
    expect([...days].sort().at(-1)).toBe('2026-03-14');
  });

  it('when 90 days are asked for hourly, then pages of 1,000 follow seek_operation=Next with the token', async () => {
    const url = `${await path()}?start_time=2025-12-15T00:00:00Z&end_time=2026-03-15T00:00:00Z&granularity=hourly&show_details=false`;
    let res = await sb.api.get<WireCollection<WireUtilization>>(url);
    let total = 0;
    let pages = 0;
    for (;;) {
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(1000);
      total += res.body.items.length;
      pages++;
      const next = res.body.links.next;
      if (!next) break;
      expect(next.uri).toContain('seek_operation=Next');
      res = await sb.api.get(next.uri, { headers: nextHeaders(next) });
    }
    expect(pages).toBeGreaterThan(2);
    expect(total % 24).toBe(0);
    expect(res.body.items[0]?.instanceData).toBeUndefined();
  });

  it('when the period starts in the future, then 204 with Retry-After (data not ready)', async () => {
    const res = await sb.api.get(
      `${await path()}?start_time=2027-01-01T00:00:00Z&end_time=2027-02-01T00:00:00Z`,
    );
    expect(res.status).toBe(204);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('when start_time is missing, then 400; when the subscription is not usage-based, then 400 / 800011', async () => {
    expect((await sb.api.get(`${await path()}?end_time=2026-02-01T00:00:00Z`)).status).toBe(400);
    const e3 = await findSubscription(sb.api, contoso, 'Microsoft 365 E3');
    const res = await sb.api.get<PcErrorBody>(
      `/v1/customers/${contoso}/subscriptions/${e3.id}/utilizations/azure?start_time=2026-02-01T00:00:00Z&end_time=2026-03-01T00:00:00Z`,
    );
    expect(res.body.code).toBe(800011);
  });

  it('when resource usage records are read, then their costs are in the customer currency and positive', async () => {
    const azure = await findSubscription(sb.api, contoso, 'Azure plan');
    const res = await sb.api.get<WireCollection<{ totalCost: number; currencyCode: string }>>(
      `/v1/customers/${contoso}/subscriptions/${azure.id}/resourceusagerecords`,
    );
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.every((r) => r.currencyCode === 'USD' && r.totalCost > 0)).toBe(true);
  });
});

describe('audit records', () => {
  it('when a write is made, then an audit record for it can be found by company name and resource type', async () => {
    const nestor = (
      await sb.api.get<WireCollection<{ id: string; userPrincipalName: string }>>(
        `/v1/customers/${contoso}/users`,
      )
    ).body.items.find((u) => u.userPrincipalName.startsWith('nestor.wilke'));
    await sb.api.patch(`/v1/customers/${contoso}/users/${nestor?.id}`, {
      displayName: 'Nestor W.',
    });
    const filter = encodeURIComponent(
      JSON.stringify({ Field: 'CompanyName', Value: 'toso L', Operator: 'substring' }),
    );
    const res = await sb.api.get<WireCollection<{ operationType: string; resourceType: string }>>(
      `/v1/auditrecords?startDate=2026-03-01&filter=${filter}`,
    );
    expect(res.body.items[0]).toMatchObject({
      operationType: 'update_customer_user',
      resourceType: 'customerUser',
    });
  });

  it('when the start date is older than 90 days, then 400', async () => {
    const res = await sb.api.get<PcErrorBody>('/v1/auditrecords?startDate=2025-01-01');
    expect(res.status).toBe(400);
    expect(res.body.description).toMatch(/90 days/);
  });

  it('when the audit log is paged, then the pages do not overlap', async () => {
    const first = await sb.api.get<WireCollection<{ operationDate: string }>>(
      '/v1/auditrecords?startDate=2025-12-20&size=5',
    );
    const next = first.body.links.next;
    expect(next).toBeDefined();
    if (!next) return;
    const second = await sb.api.get<WireCollection<{ operationDate: string }>>(next.uri, {
      headers: nextHeaders(next),
    });
    const last = first.body.items[4]?.operationDate ?? '';
    expect(second.body.items.every((r) => r.operationDate <= last)).toBe(true);
  });
});
