import { parseAuditFilter, type AuditFilter } from '../filters/pc-filter.js';
import { PC_ERRORS, PcError } from '../http/pc-errors.js';
import { json, type PcRequest, type RouteDef, type SandboxContext } from '../http/types.js';
import { pageSize, readSeek, splitPage } from '../paging/seek.js';
import { addDays, DAY_MS, startOfUtcDay } from '../seed/dates.js';
import { seekPage } from '../views/links.js';

const MAX_PAGE = 500;
/** The activity log keeps 90 days (`develop/get-a-record-of-partner-center-activity-by-user.md`). */
const RETENTION_DAYS = 90;

type Window = AuditFilter & { from: string; to: string };

function windowOf(req: PcRequest): Window {
  const date = (name: string) => {
    const raw = req.query.get(name);
    if (raw === undefined || raw === '') return undefined;
    const t = Date.parse(raw);
    if (Number.isNaN(t)) {
      throw new PcError(PC_ERRORS.INVALID_INPUT, [
        `${name} must be a date such as 2026-01-31, not "${raw}".`,
      ]);
    }
    return new Date(t);
  };
  const oldest = addDays(startOfUtcDay(req.now), -RETENTION_DAYS);
  const from = date('startDate') ?? addDays(startOfUtcDay(req.now), -30);
  const endDate = date('endDate');
  // endDate is a day: include all of it.
  const to = endDate
    ? new Date(startOfUtcDay(endDate).getTime() + DAY_MS)
    : new Date(req.now.getTime() + 1);
  if (from < oldest) {
    throw new PcError(PC_ERRORS.INVALID_INPUT, [
      `startDate must be within the last ${RETENTION_DAYS} days (on or after ${oldest.toISOString().slice(0, 10)}).`,
    ]);
  }
  if (to <= from)
    throw new PcError(PC_ERRORS.INVALID_INPUT, ['endDate must not be before startDate.']);
  return {
    ...parseAuditFilter(req.query.get('filter')),
    from: from.toISOString(),
    to: to.toISOString(),
  };
}

/** `GET /v1/auditrecords?startDate&endDate&size&filter`: newest first, seek-paged. */
function listAuditRecords(req: PcRequest, sb: SandboxContext) {
  const token = readSeek<[string, number], Window>(req, 'auditrecords', '');
  const window = token?.filter ?? windowOf(req);
  const size = token?.size ?? pageSize(req, MAX_PAGE);
  const rows = sb.store.audit.page({
    ...window,
    ...(token ? { after: token.cursor } : {}),
    limit: size + 1,
  });
  const { items, next } = splitPage(rows, size, {
    uri: `/v1/auditrecords?size=${size}&seekOperation=Next`,
    kind: 'auditrecords',
    scope: '',
    cursor: (last) => [last.operationDate, last.seq],
    filter: window,
  });
  const records = items.map((r) => ({ ...r.record, attributes: { objectType: 'AuditRecord' } }));
  return json(seekPage(records, req.url, next));
}

export const auditRoutes: RouteDef[] = [
  { method: 'GET', path: '/v1/auditrecords', handler: listAuditRecords },
];
