import type { UserRecord } from '../models.js';
import type { SqliteDatabase } from './database.js';

/** Directory role memberships of customer users. */
export function createDirectoryRepo(db: SqliteDatabase) {
  const addMember = db.prepare(
    'INSERT OR IGNORE INTO role_members (customer_id, role_id, user_id) VALUES (?, ?, ?)',
  );
  const removeMember = db.prepare(
    'DELETE FROM role_members WHERE customer_id = ? AND role_id = ? AND user_id = ?',
  );
  const isMember = db.prepare<[string, string, string], { n: number }>(
    'SELECT 1 AS n FROM role_members WHERE customer_id = ? AND role_id = ? AND user_id = ?',
  );
  const rolesOfUser = db.prepare<[string, string], { role_id: string }>(
    'SELECT role_id FROM role_members WHERE customer_id = ? AND user_id = ?',
  );
  // Members are listed in user principal name order, active users only (a soft-deleted user
  // keeps its memberships and gets them back on restore, as in Entra).
  const membersPage = db.prepare<[string, string, string, number], { json: string }>(
    `SELECT u.json AS json FROM role_members m
     JOIN users u ON u.customer_id = m.customer_id AND u.id = m.user_id
     WHERE m.customer_id = ? AND m.role_id = ? AND u.state = 'active' AND u.upn_lc > ?
     ORDER BY u.upn_lc LIMIT ?`,
  );

  return {
    addMember(customerId: string, roleId: string, userId: string): void {
      addMember.run(customerId, roleId, userId);
    },
    removeMember(customerId: string, roleId: string, userId: string): boolean {
      return removeMember.run(customerId, roleId, userId).changes > 0;
    },
    isMember(customerId: string, roleId: string, userId: string): boolean {
      return isMember.get(customerId, roleId, userId) !== undefined;
    },
    rolesOfUser(customerId: string, userId: string): string[] {
      return rolesOfUser.all(customerId, userId).map((r) => r.role_id);
    },
    membersPage(customerId: string, roleId: string, afterUpn: string, limit: number): UserRecord[] {
      return membersPage
        .all(customerId, roleId, afterUpn, limit)
        .map((r) => JSON.parse(r.json) as UserRecord);
    },
  };
}

export type DirectoryRepo = ReturnType<typeof createDirectoryRepo>;
