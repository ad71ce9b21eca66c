import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  nextHeaders,
  startTestSandbox,
  type PcErrorBody,
  type TestSandbox,
  type WireCollection,
  type WireCustomer,
} from '../../helpers/sandbox.js';

const GENERATED = 1200;
const NAMED = 11;
let sb: TestSandbox;

beforeAll(async () => {
  sb = await startTestSandbox({ customers: GENERATED });
});
afterAll(() => sb.close());

const filterQuery = (field: string, value: string, operator = 'starts_with') =>
  encodeURIComponent(JSON.stringify({ Field: field, Value: value, Operator: operator }));

describe('customer paging', () => {
  it('when a client follows links.next with its MS-ContinuationToken header, then it sees every customer exactly once in company-name order', async () => {
    const seen: WireCustomer[] = [];
    let res = await sb.api.get<WireCollection<WireCustomer>>('/v1/customers?size=500');
    let pages = 1;
    for (;;) {
      expect(res.status).toBe(200);
      expect(res.body.totalCount).toBe(res.body.items.length);
      seen.push(...res.body.items);
      const next = res.body.links.next;
      if (!next) break;
      expect(next.uri).toBe('/v1/customers?size=500&seekOperation=Next');
      expect(res.body.continuationToken).toBe(next.headers[0]?.value);
      res = await sb.api.get(next.uri, { headers: nextHeaders(next) });
      pages++;
    }
    expect(pages).toBe(Math.ceil((GENERATED + NAMED) / 500));
    expect(new Set(seen.map((c) => c.id)).size).toBe(GENERATED + NAMED);
    const names = seen.map((c) => c.companyProfile.companyName.toLowerCase());
    expect(names).toEqual([...names].sort());
  });

  it('when a page size above 500 is asked for, then the page holds 500 and a next link', async () => {
    const res = await sb.api.get<WireCollection<WireCustomer>>('/v1/customers?size=2000');
    expect(res.body.items).toHaveLength(500);
    expect(res.body.links.next?.uri).toContain('size=500');
  });

  it('when the seekOperation name and value are in another case, then the next page is still served', async () => {
    const first = await sb.api.get<WireCollection<WireCustomer>>('/v1/customers?size=3');
    const token = first.body.continuationToken ?? '';
    const res = await sb.api.get<WireCollection<WireCustomer>>(
      '/v1/customers?size=3&seekoperation=next',
      {
        headers: { 'MS-ContinuationToken': token },
      },
    );
    expect(res.status).toBe(200);
    expect(res.body.items[0]?.id).not.toBe(first.body.items[0]?.id);
  });

  it('when the continuation token is garbage, then the answer is 400 with a Partner Center error body', async () => {
    const res = await sb.api.get<PcErrorBody>('/v1/customers?size=3&seekOperation=Next', {
      headers: { 'MS-ContinuationToken': 'AQAAAA==' },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 800002, source: 'PartnerFD' });
    expect(res.body.description).toMatch(/continuation token/i);
  });

  it('when seekOperation=Next comes without the MS-ContinuationToken header, then the answer is a clear 400', async () => {
    const res = await sb.api.get<PcErrorBody>('/v1/customers?size=3&seekOperation=Next');
    expect(res.status).toBe(400);
    expect(res.body.description).toMatch(/MS-ContinuationToken/);
  });

  it('when a users token is sent to the customers listing, then it is refused', async () => {
    const found = await sb.api.get<WireCollection<WireCustomer>>(
      `/v1/customers?size=0&filter=${filterQuery('Domain', 'woodgrovebank')}`,
    );
    const woodgrove = found.body.items[0]?.id ?? '';
    const users = await sb.api.get<WireCollection<unknown>>(
      `/v1/customers/${woodgrove}/users?size=1`,
    );
    const res = await sb.api.get('/v1/customers?size=1&seekOperation=Next', {
      headers: { 'MS-ContinuationToken': users.body.continuationToken ?? '' },
    });
    expect(res.status).toBe(400);
  });
});

describe('customer search filter', () => {
  it('when filtering CompanyName starts_with "contoso" in lower case, then both Contoso customers come back', async () => {
    const res = await sb.api.get<WireCollection<WireCustomer>>(
      `/v1/customers?size=0&filter=${filterQuery('CompanyName', 'contoso')}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.items.map((c) => c.companyProfile.companyName).sort()).toEqual([
      'Contoso Ltd',
      'Contoso Pharmaceuticals',
    ]);
  });

  it('when filtering Domain starts_with "FABRIKAM" in upper case, then Fabrikam comes back', async () => {
    const res = await sb.api.get<WireCollection<WireCustomer>>(
      `/v1/customers?size=0&filter=${filterQuery('Domain', 'FABRIKAM')}`,
    );
    expect(res.body.items.map((c) => c.companyProfile.domain)).toEqual([
      'fabrikam.onmicrosoft.com',
    ]);
  });

  it('when the filter keys are camelCase and the operator PascalCase, then they are accepted', async () => {
    const filter = encodeURIComponent(
      JSON.stringify({ field: 'companyName', value: 'Northwind', operator: 'StartsWith' }),
    );
    const res = await sb.api.get<WireCollection<WireCustomer>>(
      `/v1/customers?size=0&filter=${filter}`,
    );
    expect(res.body.items.map((c) => c.companyProfile.companyName)).toEqual(['Northwind Traders']);
  });

  it('when a filter matches more than a page, then the next page keeps the filter', async () => {
    const first = await sb.api.get<WireCollection<WireCustomer>>(
      `/v1/customers?size=2&filter=${filterQuery('CompanyName', 'c')}`,
    );
    expect(first.body.links.next).toBeDefined();
    const next = first.body.links.next;
    if (!next) return;
    const second = await sb.api.get<WireCollection<WireCustomer>>(next.uri, {
      headers: nextHeaders(next),
    });
    for (const c of [...first.body.items, ...second.body.items]) {
      expect(c.companyProfile.companyName.toLowerCase().startsWith('c')).toBe(true);
    }
  });

  it('when the operator is not starts_with, then the answer is a 400 that names the only supported operator', async () => {
    const res = await sb.api.get<PcErrorBody>(
      `/v1/customers?size=0&filter=${filterQuery('CompanyName', 'Contoso', 'equals')}`,
    );
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(800002);
    expect(res.body.description).toMatch(/only the starts_with operator/);
  });

  it('when the field is not CompanyName or Domain, then the answer is a 400 naming the supported fields', async () => {
    const res = await sb.api.get<PcErrorBody>(
      `/v1/customers?size=0&filter=${filterQuery('Country', 'US')}`,
    );
    expect(res.status).toBe(400);
    expect(res.body.description).toMatch(/CompanyName or Domain/);
  });

  it('when the filter is not JSON, then the answer is a 400', async () => {
    const res = await sb.api.get<PcErrorBody>('/v1/customers?size=0&filter=contoso');
    expect(res.status).toBe(400);
    expect(res.body.description).toMatch(/not valid JSON/);
  });
});
