import type { OrderRecord, SubscriptionRecord } from '../models.js';
import type { SqliteDatabase } from './database.js';

/** Subscriptions and orders (both unpaged per customer, `PartnerSdkConfiguration.json`). */
export function createCommerceRepo(db: SqliteDatabase) {
  const insertSub = db.prepare(
    `INSERT INTO subscriptions (customer_id, id, order_id, json)
     VALUES (@customer_id, @id, @order_id, @json)`,
  );
  const updateSub = db.prepare(
    'UPDATE subscriptions SET json = @json WHERE customer_id = @customer_id AND id = @id',
  );
  const subById = db.prepare<[string, string], { json: string }>(
    'SELECT json FROM subscriptions WHERE customer_id = ? AND id = ?',
  );
  const subsOfCustomer = db.prepare<[string], { json: string }>(
    'SELECT json FROM subscriptions WHERE customer_id = ? ORDER BY rowid',
  );
  const subsOfOrder = db.prepare<[string, string], { json: string }>(
    'SELECT json FROM subscriptions WHERE customer_id = ? AND order_id = ? ORDER BY rowid',
  );
  const subCount = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM subscriptions');
  const insertOrder = db.prepare(
    `INSERT INTO orders (customer_id, id, creation_date, json)
     VALUES (@customer_id, @id, @creation_date, @json)`,
  );
  const orderById = db.prepare<[string, string], { json: string }>(
    'SELECT json FROM orders WHERE customer_id = ? AND id = ?',
  );
  const ordersOfCustomer = db.prepare<[string], { json: string }>(
    'SELECT json FROM orders WHERE customer_id = ? ORDER BY creation_date, id',
  );

  const subRow = (s: SubscriptionRecord) => ({
    customer_id: s.customerId,
    id: s.id,
    order_id: s.orderId.toLowerCase(),
    json: JSON.stringify(s),
  });
  const parseSub = (r: { json: string }) => JSON.parse(r.json) as SubscriptionRecord;
  const parseOrder = (r: { json: string }) => JSON.parse(r.json) as OrderRecord;

  return {
    insertSubscription(s: SubscriptionRecord): void {
      insertSub.run(subRow(s));
    },
    updateSubscription(s: SubscriptionRecord): void {
      updateSub.run(subRow(s));
    },
    getSubscription(customerId: string, id: string): SubscriptionRecord | undefined {
      const row = subById.get(customerId, id.toLowerCase());
      return row ? parseSub(row) : undefined;
    },
    listSubscriptions(customerId: string, orderId?: string): SubscriptionRecord[] {
      const rows =
        orderId === undefined
          ? subsOfCustomer.all(customerId)
          : subsOfOrder.all(customerId, orderId.toLowerCase());
      return rows.map(parseSub);
    },
    countSubscriptions(): number {
      return subCount.get()?.n ?? 0;
    },
    insertOrder(o: OrderRecord): void {
      insertOrder.run({
        customer_id: o.customerId,
        id: o.id,
        creation_date: o.creationDate,
        json: JSON.stringify(o),
      });
    },
    getOrder(customerId: string, id: string): OrderRecord | undefined {
      // Legacy order ids are GUIDs (any case); new-commerce ids are case-sensitive.
      const row = orderById.get(customerId, id) ?? orderById.get(customerId, id.toLowerCase());
      return row ? parseOrder(row) : undefined;
    },
    listOrders(customerId: string): OrderRecord[] {
      return ordersOfCustomer.all(customerId).map(parseOrder);
    },
  };
}

export type CommerceRepo = ReturnType<typeof createCommerceRepo>;
