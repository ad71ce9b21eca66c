import type { CustomerRecord } from '../models.js';
import type { SqliteDatabase } from './database.js';
import { prefixRange } from './prefix-range.js';

/** The columns a customers page is built from (no JSON parsing on the list path). */
export interface CustomerRow {
  id: string;
  name: string;
  domain: string;
  relationship: string;
  name_lc: string;
}

export type CustomerSearchField = 'companyName' | 'domain';

export interface CustomerPageQuery {
  field?: CustomerSearchField;
  prefix?: string;
  /** Keyset cursor: the (lower-cased name, id) of the last row of the previous page. */
  after?: readonly [string, string];
  limit: number;
}

export function createCustomersRepo(db: SqliteDatabase) {
  const insert = db.prepare(
    `INSERT INTO customers (id, name, name_lc, domain, domain_lc, relationship, json)
     VALUES (@id, @name, @name_lc, @domain, @domain_lc, @relationship, @json)`,
  );
  const update = db.prepare(
    `UPDATE customers SET name = @name, name_lc = @name_lc, relationship = @relationship,
       json = @json WHERE id = @id`,
  );
  const byId = db.prepare<[string], { json: string }>('SELECT json FROM customers WHERE id = ?');
  const byDomain = db.prepare<[string], { id: string }>(
    'SELECT id FROM customers WHERE domain_lc = ?',
  );
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM customers');
  const pageStatements = new Map<string, ReturnType<typeof db.prepare>>();

  const rowOf = (c: CustomerRecord) => ({
    id: c.id,
    name: c.companyName,
    name_lc: c.companyName.toLowerCase(),
    domain: c.domain,
    domain_lc: c.domain.toLowerCase(),
    relationship: c.relationshipToPartner,
    json: JSON.stringify(c),
  });

  // One prepared statement per query shape: with or without a prefix filter, first page or not.
  const pageStatement = (field: CustomerSearchField | undefined, hasCursor: boolean) => {
    const key = `${field ?? 'all'}:${hasCursor}`;
    let stmt = pageStatements.get(key);
    if (!stmt) {
      const where: string[] = [];
      if (field === 'companyName') where.push('name_lc >= @lower AND name_lc < @upper');
      if (field === 'domain') where.push('domain_lc >= @lower AND domain_lc < @upper');
      if (hasCursor) where.push('(name_lc, id) > (@afterName, @afterId)');
      stmt = db.prepare(
        `SELECT id, name, domain, relationship, name_lc FROM customers
         ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
         ORDER BY name_lc, id LIMIT @limit`,
      );
      pageStatements.set(key, stmt);
    }
    return stmt;
  };

  return {
    insert(customer: CustomerRecord): void {
      insert.run(rowOf(customer));
    },
    update(customer: CustomerRecord): void {
      update.run(rowOf(customer));
    },
    get(id: string): CustomerRecord | undefined {
      const row = byId.get(id.toLowerCase());
      return row ? (JSON.parse(row.json) as CustomerRecord) : undefined;
    },
    idByDomain(domain: string): string | undefined {
      return byDomain.get(domain.toLowerCase())?.id;
    },
    count(): number {
      return count.get()?.n ?? 0;
    },
    /** One page in (company name, id) order; `limit + 1` rows tell the caller a next page exists. */
    page(query: CustomerPageQuery): CustomerRow[] {
      const range = prefixRange((query.prefix ?? '').toLowerCase());
      const params = {
        lower: range.lower,
        upper: range.upper,
        afterName: query.after?.[0] ?? '',
        afterId: query.after?.[1] ?? '',
        limit: query.limit,
      };
      return pageStatement(query.field, query.after !== undefined).all(params) as CustomerRow[];
    },
  };
}

export type CustomersRepo = ReturnType<typeof createCustomersRepo>;
