import { describe, expect, it } from 'vitest';
import { buildGeneratedCustomer } from '../../../../src/sandbox/seed/generated-seed.js';
import { NAMED_CUSTOMERS } from '../../../../src/sandbox/seed/named-customers.js';
import { buildNamedCustomer } from '../../../../src/sandbox/seed/named-seed.js';
import { seedStore } from '../../../../src/sandbox/seed/seed.js';
import { createStore } from '../../../../src/sandbox/store/store.js';

const TODAY = new Date('2026-03-15T00:00:00Z');
const contoso = NAMED_CUSTOMERS.find((c) => c.key === 'contoso');

describe('seed data', () => {
  it('when a named customer is built twice with one seed and day, then the records are identical', () => {
    if (!contoso) throw new Error('Contoso is missing');
    expect(buildNamedCustomer(42, contoso, TODAY)).toEqual(buildNamedCustomer(42, contoso, TODAY));
  });

  it('when Contoso is built, then it has one Global Administrator, deleted users and the required subscriptions', () => {
    if (!contoso) throw new Error('Contoso is missing');
    const b = buildNamedCustomer(42, contoso, TODAY);
    expect(
      b.roles.filter(([role]) => role === '62e90394-69f5-4237-9190-012177145e10'),
    ).toHaveLength(1);
    expect(b.users.filter((u) => u.state === 'inactive').length).toBeGreaterThanOrEqual(2);
    expect(b.subscriptions.map((s) => s.offerName)).toEqual(
      expect.arrayContaining([
        'Microsoft 365 E3',
        'Office 365 E1',
        'Microsoft Teams Essentials',
        'Azure plan',
      ]),
    );
    const orderIds = new Set(b.orders.map((o) => o.id));
    expect(b.subscriptions.every((s) => orderIds.has(s.orderId))).toBe(true);
  });

  it('when generated customers share a name base, then their domains stay unique', () => {
    const taken = new Set<string>();
    const domains = Array.from(
      { length: 400 },
      (_, i) => buildGeneratedCustomer(42, i, TODAY, taken).customer.domain,
    );
    expect(new Set(domains).size).toBe(400);
  });

  it('when two stores are seeded with one seed on the same UTC day, then their rows are identical, whatever the hour', () => {
    const rows = (now: string) => {
      const store = createStore(':memory:');
      seedStore(store, { seed: 7, customers: 50, now: new Date(now) });
      const out = store.db.prepare('SELECT id, json FROM customers ORDER BY id').all();
      const subs = store.db.prepare('SELECT id, json FROM subscriptions ORDER BY id').all();
      store.close();
      return [out, subs];
    };
    expect(rows('2026-03-15T23:10:00Z')).toEqual(rows('2026-03-15T09:30:00Z'));
  });
});
