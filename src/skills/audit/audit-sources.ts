import type { Period } from '../../intents/index.js';
import type { ExportRequest } from '../exports.js';
import { endOfPeriodMs } from './audit-period.js';
import { fromAgentEntry, fromPartnerCenterRecord, newestFirst, type ChangeRow } from './changes.js';

/** Partner Center's largest activity-log page (partner-center-api.md §2.2). */
const PC_PAGE_SIZE = 500;
/** The agent log's largest query page (state/audit-log.ts maxLimit). */
const AGENT_PAGE_SIZE = 500;

export interface ChangeQuery {
  period: Period;
  /** The part of the period Partner Center keeps; undefined: do not ask it. */
  partnerCenter?: Period;
  customerId?: string;
  /** Nothing after this instant (pins the list while "show more" pages it). */
  asOf: Date;
  /** Most rows read from each source. */
  bound: number;
}

export interface ChangeSet {
  /** Newest first, both sources. */
  rows: ChangeRow[];
  agentCount: number;
  partnerCenterCount: number;
  /**
   * Set when a source had more than `bound` rows: the rows are cut at the oldest one both sources
   * could still give in full, so the merged list has no gaps.
   */
  truncatedSince?: string;
}

/**
 * Both audit logs of a period, merged: the agent's own (every write through the agent, whatever
 * its outcome) and Partner Center's activity log (every change, from any tool). Each source is
 * read newest first up to `bound` rows.
 */
export async function readChanges(request: ExportRequest, query: ChangeQuery): Promise<ChangeSet> {
  const [agent, partnerCenter] = await Promise.all([
    readAgentLog(request, query),
    query.partnerCenter
      ? readPartnerCenter(request, query, query.partnerCenter)
      : { rows: [], more: false },
  ]);
  let rows = newestFirst([...agent.rows, ...partnerCenter.rows]);
  // A source cut at its bound has nothing older than its last row: neither may the merged list.
  const cuts = [agent, partnerCenter]
    .filter((s) => s.more && s.rows.length > 0)
    .map((s) => Date.parse(s.rows[s.rows.length - 1]!.when));
  const cut = cuts.length ? Math.max(...cuts) : undefined;
  if (cut !== undefined) rows = rows.filter((r) => Date.parse(r.when) >= cut);
  return {
    rows,
    agentCount: rows.filter((r) => r.source === 'agent').length,
    partnerCenterCount: rows.filter((r) => r.source === 'partnerCenter').length,
    ...(cut !== undefined ? { truncatedSince: new Date(cut).toISOString() } : {}),
  };
}

interface SourceRows {
  rows: ChangeRow[];
  /** The source had more rows than the bound. */
  more: boolean;
}

async function readAgentLog(request: ExportRequest, query: ChangeQuery): Promise<SourceRows> {
  const until = Math.min(endOfPeriodMs(query.period), query.asOf.getTime() + 1);
  const rows: ChangeRow[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await request.services.auditLog.query({
      since: query.period.start,
      until,
      ...(query.customerId ? { customerId: query.customerId } : {}),
      limit: Math.min(AGENT_PAGE_SIZE, query.bound - rows.length + 1),
      ...(cursor ? { cursor } : {}),
    });
    rows.push(...page.entries.map(fromAgentEntry));
    cursor = page.nextCursor;
    if (!cursor || rows.length > query.bound) break;
  }
  return { rows: rows.slice(0, query.bound), more: rows.length > query.bound || Boolean(cursor) };
}

async function readPartnerCenter(
  request: ExportRequest,
  query: ChangeQuery,
  period: Period,
): Promise<SourceRows> {
  const from = Date.parse(`${period.start}T00:00:00Z`);
  const until = Math.min(endOfPeriodMs(period), query.asOf.getTime() + 1);
  const listing = request.services.partnerCenter.auditRecords.list({
    startDate: period.start,
    endDate: period.end,
    ...(query.customerId ? { filter: { field: 'customerId', value: query.customerId } } : {}),
    correlationId: request.correlationId,
  });
  const rows: ChangeRow[] = [];
  let more = false;
  const pages = listing.byPage({ maxPageSize: PC_PAGE_SIZE });
  for await (const page of pages) {
    for (const record of page.items) {
      // The window again, locally: endDate's meaning is loosely documented, and "as of" pins pages.
      const t = Date.parse(record.operationDate ?? '');
      if (Number.isNaN(t) || t < from || t >= until) continue;
      if (rows.length === query.bound) {
        more = true;
        break;
      }
      rows.push(fromPartnerCenterRecord(record));
    }
    if (more) break;
  }
  return { rows, more };
}
