/**
 * SQLite schema. Keys are unique indexes (see INDEXES) rather than inline primary keys, so that a
 * bulk seed appends rows and sorts each index once at the end. Each resource keeps its full record as JSON plus the columns that queries
 * filter or sort on, indexed so that paging is keyset-based (`WHERE (name_lc, id) > (?, ?)`)
 * and stays fast at tens of thousands of customers.
 */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS customers (
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  name_lc TEXT NOT NULL,
  domain TEXT NOT NULL,
  domain_lc TEXT NOT NULL,
  relationship TEXT NOT NULL,
  json TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS users (
  customer_id TEXT NOT NULL,
  id TEXT NOT NULL,
  upn_lc TEXT NOT NULL,
  state TEXT NOT NULL,
  licenses TEXT NOT NULL,
  json TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS role_members (
  customer_id TEXT NOT NULL,
  role_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  PRIMARY KEY (customer_id, role_id, user_id)
) WITHOUT ROWID;


CREATE TABLE IF NOT EXISTS subscriptions (
  customer_id TEXT NOT NULL,
  id TEXT NOT NULL,
  order_id TEXT NOT NULL,
  json TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS orders (
  customer_id TEXT NOT NULL,
  id TEXT NOT NULL,
  creation_date TEXT NOT NULL,
  json TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS audit_records (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  operation_date TEXT NOT NULL,
  customer_id TEXT,
  customer_name_lc TEXT,
  resource_type TEXT NOT NULL,
  json TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS documents (
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  sort_key TEXT NOT NULL,
  json TEXT NOT NULL,
  PRIMARY KEY (kind, id)
);

CREATE TABLE IF NOT EXISTS idempotency (
  key TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  reply TEXT NOT NULL
);
`;

/**
 * Secondary indexes. Seeding drops them, inserts, then builds them once: much faster than
 * maintaining them row by row for 25,000 customers.
 */
export const INDEXES: ReadonlyArray<readonly [name: string, definition: string]> = [
  ['customers_pk', 'ON customers (id)'],
  ['users_pk', 'ON users (customer_id, id)'],
  ['subscriptions_pk', 'ON subscriptions (customer_id, id)'],
  ['orders_pk', 'ON orders (customer_id, id)'],
  ['customers_by_name', 'ON customers (name_lc, id)'],
  ['customers_by_domain', 'ON customers (domain_lc)'],
  ['users_by_upn', 'ON users (upn_lc)'],
  ['users_by_state', 'ON users (customer_id, state, upn_lc)'],
  ['role_members_by_user', 'ON role_members (customer_id, user_id)'],
  ['subscriptions_by_order', 'ON subscriptions (customer_id, order_id)'],
  ['audit_by_date', 'ON audit_records (operation_date, seq)'],
];

/** Indexes that also enforce uniqueness (a domain or a user principal name is taken once). */
export const UNIQUE_INDEXES: ReadonlySet<string> = new Set([
  'customers_pk',
  'users_pk',
  'subscriptions_pk',
  'orders_pk',
  'customers_by_domain',
  'users_by_upn',
]);

/** Tables emptied by a reset, in an order that respects nothing but clarity (no foreign keys). */
export const DATA_TABLES = [
  'meta',
  'customers',
  'users',
  'role_members',
  'subscriptions',
  'orders',
  'audit_records',
  'documents',
  'idempotency',
] as const;
