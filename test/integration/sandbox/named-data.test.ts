import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NAMED_CUSTOMERS } from '../../../src/sandbox/index.js';
import {
  findCustomerId,
  startTestSandbox,
  type TestSandbox,
  type WireCollection,
  type WireSubscription,
  type WireUser,
} from '../../helpers/sandbox.js';

let sb: TestSandbox;

beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(() => sb.close());

const GLOBAL_ADMIN = '62e90394-69f5-4237-9190-012177145e10';

/** The named customers exactly as issue 2 lists them: company name, domain, country. */
const ISSUE_NAMED_CUSTOMERS = [
  ['Contoso Ltd', 'contoso.onmicrosoft.com', 'US'],
  ['Contoso Pharmaceuticals', 'contosopharma.onmicrosoft.com', 'US'],
  ['Fabrikam Inc', 'fabrikam.onmicrosoft.com', 'US'],
  ['Northwind Traders', 'northwindtraders.onmicrosoft.com', 'GB'],
  ['Adventure Works Cycles', 'adventureworks.onmicrosoft.com', 'DE'],
  ['Tailspin Toys', 'tailspintoys.onmicrosoft.com', 'US'],
  ['Wingtip Toys', 'wingtiptoys.onmicrosoft.com', 'AU'],
  ['Woodgrove Bank', 'woodgrovebank.onmicrosoft.com', 'CA'],
  ['Litware Inc', 'litware.onmicrosoft.com', 'FR'],
  ['Proseware Inc', 'proseware.onmicrosoft.com', 'JP'],
  ['Alpine Ski House', 'alpineskihouse.onmicrosoft.com', 'AT'],
] as const;

interface WireSku {
  activeUnits: number;
  consumedUnits: number;
  availableUnits: number;
  suspendedUnits: number;
  totalUnits: number;
  productSku: { name: string; skuPartNumber: string };
}

describe('named customers', () => {
  it('when a sandbox starts with no generated customers, then exactly the 11 named customers of the issue are listed, with their domains and countries', async () => {
    const list =
      await sb.api.get<
        WireCollection<{ id: string; companyProfile: { companyName: string; domain: string } }>
      >('/v1/customers?size=500');
    const listed = list.body.items.map((c) => [
      c.companyProfile.companyName,
      c.companyProfile.domain,
    ]);
    expect(listed.sort()).toEqual(
      ISSUE_NAMED_CUSTOMERS.map(([name, domain]) => [name, domain]).sort(),
    );
    for (const [name, domain, country] of ISSUE_NAMED_CUSTOMERS) {
      const id = list.body.items.find((c) => c.companyProfile.companyName === name)?.id;
      const customer = await sb.api.get<{
        companyProfile: { domain: string; address: { country: string } };
        billingProfile: { defaultAddress: { country: string } };
      }>(`/v1/customers/${id}`);
      expect(customer.body.companyProfile.domain).toBe(domain);
      expect(customer.body.companyProfile.address.country).toBe(country);
      expect(customer.body.billingProfile.defaultAddress.country).toBe(country);
    }
  });

  it.each(NAMED_CUSTOMERS.map((c) => [c.companyName, c]))(
    'when %s is read, then it has 3+ subscriptions, 5+ users with one Global Administrator, an order and both profiles',
    async (name, spec) => {
      const id = await findCustomerId(sb.api, name);
      const base = `/v1/customers/${id}`;
      const customer = await sb.api.get<{
        companyProfile: { domain: string; address: { country: string } };
      }>(base);
      expect(customer.body.companyProfile.domain).toBe(spec.domain);
      expect(customer.body.companyProfile.address.country).toBe(spec.country);
      const subs = await sb.api.get<WireCollection<WireSubscription>>(`${base}/subscriptions`);
      expect(subs.body.items.length).toBeGreaterThanOrEqual(3);
      const users = await sb.api.get<WireCollection<WireUser>>(`${base}/users`);
      expect(users.body.items.length).toBeGreaterThanOrEqual(5);
      const admins = await sb.api.get<WireCollection<unknown>>(
        `${base}/directoryroles/${GLOBAL_ADMIN}/usermembers`,
      );
      expect(admins.body.items).toHaveLength(1);
      const orders = await sb.api.get<WireCollection<unknown>>(`${base}/orders`);
      expect(orders.body.items.length).toBeGreaterThanOrEqual(1);
      expect((await sb.api.get(`${base}/profiles/billing`)).status).toBe(200);
      expect((await sb.api.get(`${base}/profiles/company`)).status).toBe(200);
    },
  );

  it('when Contoso licenses are listed, then the totals agree with its subscriptions and leave some seats unassigned', async () => {
    const id = await findCustomerId(sb.api, 'Contoso Ltd');
    const skus = await sb.api.get<WireCollection<WireSku>>(`/v1/customers/${id}/subscribedskus`);
    const e3 = skus.body.items.find((s) => s.productSku.skuPartNumber === 'SPE_E3');
    expect(e3).toMatchObject({ activeUnits: 25, totalUnits: 25 });
    expect((e3?.consumedUnits ?? 0) + (e3?.availableUnits ?? 0)).toBe(25);
    expect(e3?.availableUnits).toBeGreaterThan(0);
    const teams = skus.body.items.find((s) => s.productSku.skuPartNumber === 'Teams_Ess');
    expect(teams).toMatchObject({ activeUnits: 0, suspendedUnits: 5, consumedUnits: 0 });
  });

  it('when a licensed user is deleted, then consumed units drop by one', async () => {
    const id = await findCustomerId(sb.api, 'Contoso Ltd');
    const e3 = async () =>
      (
        await sb.api.get<WireCollection<WireSku>>(`/v1/customers/${id}/subscribedskus`)
      ).body.items.find((s) => s.productSku.skuPartNumber === 'SPE_E3');
    const before = await e3();
    const users = await sb.api.get<WireCollection<WireUser>>(`/v1/customers/${id}/users`);
    const megan = users.body.items.find((u) => u.userPrincipalName.startsWith('megan.bowen'));
    await sb.api.delete(`/v1/customers/${id}/users/${megan?.id}`);
    expect((await e3())?.consumedUnits).toBe((before?.consumedUnits ?? 0) - 1);
  });
});
