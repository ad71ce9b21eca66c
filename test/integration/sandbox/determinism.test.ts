import { describe, expect, it } from 'vitest';
import {
  findCustomerId,
  nextHeaders,
  startTestSandbox,
  TEST_NOW,
  type PcApi,
  type WireCollection,
  type WireCustomer,
  type WireSubscription,
} from '../../helpers/sandbox.js';

async function snapshot(seed: number, customers: number) {
  const sb = await startTestSandbox({ seed, customers });
  try {
    const all = await listAll(sb.api);
    const contoso = await findCustomerId(sb.api, 'Contoso Ltd');
    const detail = await sb.api.get(`/v1/customers/${contoso}`);
    const subs = await sb.api.get<WireCollection<WireSubscription>>(
      `/v1/customers/${contoso}/subscriptions`,
    );
    const users = await sb.api.get(`/v1/customers/${contoso}/users`);
    return { all, detail: detail.body, subs: subs.body, users: users.body };
  } finally {
    await sb.close();
  }
}

async function listAll(api: PcApi): Promise<WireCustomer[]> {
  const out: WireCustomer[] = [];
  let res = await api.get<WireCollection<WireCustomer>>('/v1/customers?size=100');
  for (;;) {
    out.push(...res.body.items);
    const next = res.body.links.next;
    if (!next) return out;
    res = await api.get(next.uri, { headers: nextHeaders(next) });
  }
}

describe('seed determinism', () => {
  it('when two sandboxes start with the same seed and day, then customers, subscriptions and users are identical', async () => {
    const a = await snapshot(42, 150);
    const b = await snapshot(42, 150);
    expect(b).toEqual(a);
    expect(a.all).toHaveLength(161);
  });

  it('when the seed differs, then the ids differ but the named customers keep their names and domains', async () => {
    const a = await snapshot(42, 0);
    const b = await snapshot(43, 0);
    expect(b.all.map((c) => c.id)).not.toEqual(a.all.map((c) => c.id));
    expect(b.all.map((c) => c.companyProfile.domain)).toEqual(
      a.all.map((c) => c.companyProfile.domain),
    );
  });

  it('when more customers are generated, then the named customers and the first generated ones do not change', async () => {
    const small = await snapshot(42, 20);
    const large = await snapshot(42, 60);
    const ids = new Set(large.all.map((c) => c.id));
    expect(small.all.every((c) => ids.has(c.id))).toBe(true);
    expect(large.detail).toEqual(small.detail);
  });

  it('when subscriptions are seeded, then some renew within the next 30 days', async () => {
    const sb = await startTestSandbox({ customers: 0 });
    try {
      let renewing = 0;
      for (const c of await listAll(sb.api)) {
        const subs = await sb.api.get<WireCollection<WireSubscription>>(
          `/v1/customers/${c.id}/subscriptions`,
        );
        renewing += subs.body.items.filter((s) => {
          const days = (Date.parse(s.commitmentEndDate) - TEST_NOW.getTime()) / 86_400_000;
          return s.status === 'active' && days > 0 && days <= 30;
        }).length;
      }
      expect(renewing).toBeGreaterThanOrEqual(3);
    } finally {
      await sb.close();
    }
  });
});
