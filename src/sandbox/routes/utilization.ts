import { PC_ERRORS, PcError } from '../http/pc-errors.js';
import { json, type PcRequest, type Reply, type SandboxContext } from '../http/types.js';
import type { CustomerRecord, SubscriptionRecord } from '../models.js';
import { encodeToken } from '../paging/continuation-token.js';
import { pageSize, readSeek } from '../paging/seek.js';
import { utilizationWindow, type UtilizationQuery } from '../usage/utilization.js';
import { seekPage } from '../views/links.js';

const MAX_PAGE = 1000;
/** How long a client should wait when the requested period has no data yet. */
const NOT_READY_RETRY_AFTER_SECONDS = 60;

const bad = (why: string) => new PcError(PC_ERRORS.INVALID_INPUT, [why]);

function queryOf(req: PcRequest): UtilizationQuery {
  const time = (name: string) => {
    const raw = req.query.get(name);
    const t = raw === undefined ? NaN : Date.parse(raw);
    if (Number.isNaN(t))
      throw bad(`${name} is required, as a UTC date-time such as 2026-01-01T00:00:00Z.`);
    return t;
  };
  const start = time('start_time');
  const end = time('end_time');
  if (end <= start) throw bad('end_time must be after start_time.');
  const granularity = (req.query.get('granularity') ?? 'daily').toLowerCase();
  if (granularity !== 'daily' && granularity !== 'hourly') {
    throw bad(`granularity must be daily or hourly, not "${granularity}".`);
  }
  const details = (req.query.get('show_details') ?? 'true').toLowerCase();
  if (details !== 'true' && details !== 'false') throw bad('show_details must be true or false.');
  return { start, end, granularity, showDetails: details === 'true' };
}

/**
 * `GET …/utilizations/azure?start_time&end_time&granularity&show_details&size`
 * (`develop/get-a-customer-s-utilization-record-for-azure.md`): at most 1000 records a page, next
 * page with `seek_operation=Next` + `MS-ContinuationToken`; 204 + Retry-After when the period has
 * no data yet (it starts in the future).
 */
export function azureUtilization(
  req: PcRequest,
  sb: SandboxContext,
  { customer, s }: { customer: CustomerRecord; s: SubscriptionRecord },
): Reply {
  const scope = `${customer.id}/${s.id}`;
  const token = readSeek<number, UtilizationQuery>(req, 'utilization', scope, 'seek_operation');
  const q = token?.filter ?? queryOf(req);
  if (q.start >= req.now.getTime()) {
    return { status: 204, headers: { 'Retry-After': String(NOT_READY_RETRY_AFTER_SECONDS) } };
  }
  const size = token?.size ?? pageSize(req, MAX_PAGE);
  const offset = token?.cursor ?? 0;
  const window = utilizationWindow(sb.seed, s, q, req.now);
  const items = [];
  for (let i = offset; i < Math.min(window.total, offset + size); i++) items.push(window.record(i));
  const params = new URLSearchParams({
    start_time: new Date(q.start).toISOString(),
    end_time: new Date(q.end).toISOString(),
    granularity: q.granularity,
    show_details: String(q.showDetails),
    size: String(size),
    seek_operation: 'Next',
  });
  const next =
    offset + size < window.total
      ? {
          uri: `/v1/customers/${customer.id}/subscriptions/${s.id}/utilizations/azure?${params}`,
          token: encodeToken({
            kind: 'utilization',
            scope,
            cursor: offset + size,
            filter: q,
            size,
          }),
        }
      : undefined;
  return json(seekPage(items, req.url, next));
}
