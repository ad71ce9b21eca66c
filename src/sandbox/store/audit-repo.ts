import type { AuditRecordData } from '../models.js';
import type { SqliteDatabase } from './database.js';

export interface AuditQuery {
  from: string;
  to: string;
  customerId?: string;
  /** Lower-cased substring of the customer name. */
  companyName?: string;
  resourceType?: string;
  /** Keyset cursor (operation date, sequence) of the last row of the previous page. */
  after?: readonly [string, number];
  limit: number;
}

export interface AuditRow {
  seq: number;
  operationDate: string;
  record: AuditRecordData;
}

/** The activity log, newest first (`develop/get-a-record-of-partner-center-activity-by-user.md`). */
export function createAuditRepo(db: SqliteDatabase) {
  const insert = db.prepare(
    `INSERT INTO audit_records (operation_date, customer_id, customer_name_lc, resource_type, json)
     VALUES (@operation_date, @customer_id, @customer_name_lc, @resource_type, @json)`,
  );
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM audit_records');
  const statements = new Map<string, ReturnType<typeof db.prepare>>();

  const statementFor = (q: AuditQuery) => {
    const key = [!!q.customerId, !!q.companyName, !!q.resourceType, !!q.after].join();
    let stmt = statements.get(key);
    if (!stmt) {
      const where = ['operation_date >= @from', 'operation_date < @to'];
      if (q.customerId) where.push('customer_id = @customerId');
      if (q.companyName) where.push('instr(customer_name_lc, @companyName) > 0');
      if (q.resourceType) where.push('resource_type = @resourceType');
      if (q.after) where.push('(operation_date, seq) < (@afterDate, @afterSeq)');
      stmt = db.prepare(
        `SELECT seq, operation_date, json FROM audit_records WHERE ${where.join(' AND ')}
         ORDER BY operation_date DESC, seq DESC LIMIT @limit`,
      );
      statements.set(key, stmt);
    }
    return stmt;
  };

  return {
    append(record: AuditRecordData): void {
      insert.run({
        operation_date: record.operationDate,
        customer_id: record.customerId ?? null,
        customer_name_lc: record.customerName?.toLowerCase() ?? null,
        resource_type: record.resourceType.toLowerCase(),
        json: JSON.stringify(record),
      });
    },
    page(q: AuditQuery): AuditRow[] {
      const rows = statementFor(q).all({
        from: q.from,
        to: q.to,
        customerId: q.customerId ?? null,
        companyName: q.companyName ?? null,
        resourceType: q.resourceType?.toLowerCase() ?? null,
        afterDate: q.after?.[0] ?? null,
        afterSeq: q.after?.[1] ?? null,
        limit: q.limit,
      }) as Array<{ seq: number; operation_date: string; json: string }>;
      return rows.map((r) => ({
        seq: r.seq,
        operationDate: r.operation_date,
        record: JSON.parse(r.json) as AuditRecordData,
      }));
    },
    count(): number {
      return count.get()?.n ?? 0;
    },
  };
}

export type AuditRepo = ReturnType<typeof createAuditRepo>;
