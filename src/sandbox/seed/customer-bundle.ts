import { offerById } from '../catalog/offers.js';
import { SKUS } from '../catalog/skus.js';
import type { AuditInput } from '../audit-log.js';
import { toAuditRecord } from '../audit-log.js';
import type { CustomerRecord, OrderRecord, SubscriptionRecord, UserRecord } from '../models.js';
import type { SandboxStore } from '../store/store.js';

/** Everything seeded for one customer, written in one go by `persistBundle`. */
export interface CustomerBundle {
  customer: CustomerRecord;
  users: UserRecord[];
  /** [roleId, userId] */
  roles: Array<readonly [string, string]>;
  subscriptions: SubscriptionRecord[];
  orders: OrderRecord[];
  audits: AuditInput[];
}

export function persistBundle(store: SandboxStore, partnerId: string, b: CustomerBundle): void {
  store.customers.insert(b.customer);
  const licenses = new Map<string, string[]>();
  for (const [userId, skuId] of licenseAssignments(b.users, b.subscriptions)) {
    licenses.set(userId, [...(licenses.get(userId) ?? []), skuId]);
  }
  for (const u of b.users) {
    const assigned = licenses.get(u.id);
    store.users.insert(assigned ? { ...u, assignedLicenses: assigned } : u);
  }
  for (const [roleId, userId] of b.roles) store.directory.addMember(b.customer.id, roleId, userId);
  for (const o of b.orders) store.commerce.insertOrder(o);
  for (const s of b.subscriptions) store.commerce.insertSubscription(s);
  for (const a of b.audits) store.audit.append(toAuditRecord(partnerId, a));
}

/**
 * Which active users hold a license of each active license subscription. About one seat in ten
 * stays unassigned, so `subscribedskus` shows available units next to consumed ones.
 */
export function licenseAssignments(
  users: readonly UserRecord[],
  subscriptions: readonly SubscriptionRecord[],
): Array<readonly [string, string]> {
  const active = users.filter((u) => u.state === 'active');
  const out: Array<readonly [string, string]> = [];
  for (const s of subscriptions) {
    if (s.status !== 'active' || s.billingType !== 'license') continue;
    const skuKey = offerById(s.offerId)?.sku;
    if (!skuKey) continue;
    const spare = s.quantity > 1 ? Math.max(1, Math.floor(s.quantity / 10)) : 0;
    const count = Math.min(active.length, s.quantity - spare);
    for (let i = 0; i < count; i++) out.push([(active[i] as UserRecord).id, SKUS[skuKey].id]);
  }
  return out;
}
