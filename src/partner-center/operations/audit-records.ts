/** `client.auditRecords`: the partner's activity log, 90 days back (`get-a-record-of-partner-center-activity-by-user.md`). */
import { AuditRecordSchema } from '../models/audit-record.js';
import type { AuditRecord, AuditRecordFilter } from '../models/audit-record.js';
import type { PagedAsyncIterableIterator } from '../paging.js';
import type { OperationOptions } from '../request-executor.js';
import { listCollection } from './collection.js';
import { filterJson, toIsoString } from './context.js';
import type { OperationContext } from './context.js';

const AUDIT_PAGING = { defaultSize: 500, maxSize: 500 };

/** CompanyName is a substring match, CustomerId and ResourceType are exact (partner-center-api.md §5.11). */
const FILTER_FIELDS = {
  companyName: { field: 'CompanyName', operator: 'substring' },
  customerId: { field: 'CustomerId', operator: 'equals' },
  resourceType: { field: 'ResourceType', operator: 'equals' },
} as const;

export interface ListAuditRecordsOptions extends OperationOptions {
  startDate: Date | string;
  endDate?: Date | string;
  filter?: AuditRecordFilter;
}

export interface AuditRecordsOperations {
  list(options: ListAuditRecordsOptions): PagedAsyncIterableIterator<AuditRecord>;
}

export function createAuditRecordsOperations(ctx: OperationContext): AuditRecordsOperations {
  return {
    list: (options) => {
      const filter = options.filter ? FILTER_FIELDS[options.filter.field] : undefined;
      return listCollection(
        ctx,
        {
          operation: 'auditRecords.list',
          path: '/auditrecords',
          query: {
            startDate: toIsoString(options.startDate),
            endDate: options.endDate === undefined ? undefined : toIsoString(options.endDate),
            filter:
              filter && options.filter
                ? filterJson(filter.field, options.filter.value, filter.operator)
                : undefined,
          },
          item: AuditRecordSchema,
          paging: AUDIT_PAGING,
        },
        options,
      );
    },
  };
}
