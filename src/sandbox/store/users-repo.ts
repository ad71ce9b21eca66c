import type { UserRecord, UserState } from '../models.js';
import type { SqliteDatabase } from './database.js';

export interface UserPageQuery {
  customerId: string;
  state: UserState;
  /** Keyset cursor: the lower-cased user principal name of the last row of the previous page. */
  afterUpn?: string;
  limit: number;
}

export function createUsersRepo(db: SqliteDatabase) {
  const insert = db.prepare(
    `INSERT INTO users (customer_id, id, upn_lc, state, licenses, json)
     VALUES (@customer_id, @id, @upn_lc, @state, @licenses, @json)`,
  );
  const update = db.prepare(
    `UPDATE users SET upn_lc = @upn_lc, state = @state, licenses = @licenses, json = @json
     WHERE customer_id = @customer_id AND id = @id`,
  );
  const byId = db.prepare<[string, string], { json: string }>(
    'SELECT json FROM users WHERE customer_id = ? AND id = ?',
  );
  const byUpn = db.prepare<[string], { id: string }>('SELECT id FROM users WHERE upn_lc = ?');
  const page = db.prepare<[string, string, string, number], { json: string }>(
    `SELECT json FROM users WHERE customer_id = ? AND state = ? AND upn_lc > ?
     ORDER BY upn_lc LIMIT ?`,
  );
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM users');
  const licenses = db.prepare<[string], { licenses: string }>(
    `SELECT licenses FROM users WHERE customer_id = ? AND state = 'active' AND licenses <> ''`,
  );

  const rowOf = (u: UserRecord) => ({
    customer_id: u.customerId,
    id: u.id,
    upn_lc: u.userPrincipalName.toLowerCase(),
    state: u.state,
    licenses: (u.assignedLicenses ?? []).join(' '),
    json: JSON.stringify(u),
  });

  return {
    insert(user: UserRecord): void {
      insert.run(rowOf(user));
    },
    update(user: UserRecord): void {
      update.run(rowOf(user));
    },
    get(customerId: string, userId: string): UserRecord | undefined {
      const row = byId.get(customerId.toLowerCase(), userId.toLowerCase());
      return row ? (JSON.parse(row.json) as UserRecord) : undefined;
    },
    upnTaken(upn: string): boolean {
      return byUpn.get(upn.toLowerCase()) !== undefined;
    },
    page(query: UserPageQuery): UserRecord[] {
      return page
        .all(query.customerId, query.state, query.afterUpn ?? '', query.limit)
        .map((r) => JSON.parse(r.json) as UserRecord);
    },
    /** Consumed units per SKU id: licenses held by active users. */
    consumedBySku(customerId: string): Map<string, number> {
      const out = new Map<string, number>();
      for (const row of licenses.all(customerId)) {
        for (const sku of row.licenses.split(' ')) out.set(sku, (out.get(sku) ?? 0) + 1);
      }
      return out;
    },
    count(): number {
      return count.get()?.n ?? 0;
    },
  };
}

export type UsersRepo = ReturnType<typeof createUsersRepo>;
