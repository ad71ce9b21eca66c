import { parseODataFilter } from '../filters/odata-filter.js';
import { PC_ERRORS, PcError } from '../http/pc-errors.js';
import { json, type PcRequest, type RouteDef, type SandboxContext } from '../http/types.js';
import type { ReferralRecord } from '../models.js';
import { decodeToken, encodeToken } from '../paging/continuation-token.js';
import { DOCS } from '../store/doc-kinds.js';
import { requireReferral, updateReferral } from './referral-update.js';

const DEFAULT_TOP = 20;
const MAX_TOP = 100;

const FILTER_FIELDS: Readonly<Record<string, (r: ReferralRecord) => string>> = {
  status: (r) => r.status,
  substatus: (r) => r.substatus,
  type: (r) => r.type,
  direction: (r) => r.direction,
  qualification: (r) => r.qualification,
  engagementId: (r) => r.engagementId,
  id: (r) => r.id,
};

const ORDER_FIELDS: Readonly<Record<string, (r: ReferralRecord) => string | number>> = {
  createddatetime: (r) => r.createdDateTime,
  updateddatetime: (r) => r.updatedDateTime,
  expirationdatetime: (r) => r.expirationDateTime,
  'details/dealvalue': (r) => r.details.dealValue,
};

interface ListState {
  filter: string;
  orderby: string;
  top: number;
}

const bad = (why: string) => new PcError(PC_ERRORS.GRAPH_INVALID_REQUEST, [why]);

function referralResource(r: ReferralRecord, baseUrl: string) {
  const base = `${baseUrl}/v1.0/engagements/referrals`;
  return {
    ...r,
    links: {
      relatedReferrals: {
        uri: `${base}?$filter=engagementId eq '${r.engagementId}'`,
        method: 'GET',
      },
      self: { uri: `${base}/${r.id}`, method: 'GET' },
    },
  };
}

function sorter(orderby: string) {
  const keys = orderby.split(',').map((part) => {
    const [field = '', dir = 'asc'] = part.trim().split(/\s+/);
    const get = ORDER_FIELDS[field.toLowerCase()];
    if (!get || !['asc', 'desc'].includes(dir.toLowerCase())) {
      throw bad(
        `$orderby supports createdDateTime, updatedDateTime, expirationDateTime, details/dealValue with asc or desc; not "${part.trim()}".`,
      );
    }
    return { get, sign: dir.toLowerCase() === 'desc' ? -1 : 1 };
  });
  return (a: ReferralRecord, b: ReferralRecord) => {
    for (const { get, sign } of keys) {
      const x = get(a);
      const y = get(b);
      if (x !== y) return x < y ? -sign : sign;
    }
    return a.id < b.id ? -1 : 1;
  };
}

/**
 * `GET /v1.0/engagements/referrals` (`partner-rest/develop/get-a-list-of-referrals.md`): OData
 * `$filter`, `$orderby`, `$top`, `@odata.count` of all matches and `@odata.nextLink` with a
 * `$skiptoken`.
 */
function listReferrals(req: PcRequest, sb: SandboxContext) {
  const skiptoken = req.query.get('$skiptoken');
  let state: ListState;
  let offset = 0;
  if (skiptoken) {
    const token = decodeToken<number, ListState>(skiptoken, 'referrals', '');
    state = token.filter ?? { filter: '', orderby: '', top: DEFAULT_TOP };
    offset = token.cursor;
  } else {
    const top = Number(req.query.get('$top') ?? DEFAULT_TOP);
    if (!Number.isInteger(top) || top < 1 || top > MAX_TOP)
      throw bad(`$top must be 1 to ${MAX_TOP}.`);
    state = {
      filter: req.query.get('$filter') ?? '',
      orderby: req.query.get('$orderby') ?? '',
      top,
    };
  }
  const predicate = state.filter.trim()
    ? parseODataFilter(state.filter, FILTER_FIELDS)
    : () => true;
  const all = sb.store.documents
    .list<ReferralRecord>(DOCS.referral)
    .filter(predicate)
    .sort(sorter(state.orderby.trim() || 'createdDateTime desc'));
  const page = all.slice(offset, offset + state.top).map((r) => referralResource(r, req.baseUrl));
  const next =
    offset + state.top < all.length
      ? encodeToken({
          kind: 'referrals',
          scope: '',
          cursor: offset + state.top,
          filter: state,
          size: state.top,
        })
      : undefined;
  return json({
    '@odata.context': `${req.baseUrl}/v1.0/$metadata#Referrals`,
    '@odata.count': all.length,
    value: page,
    ...(next
      ? {
          '@odata.nextLink': `${req.baseUrl}/v1.0/engagements/referrals?$skiptoken=${encodeURIComponent(next)}`,
        }
      : {}),
  });
}

export const referralRoutes: RouteDef[] = [
  { method: 'GET', path: '/v1.0/engagements/referrals', handler: listReferrals },
  {
    method: 'GET',
    path: '/v1.0/engagements/referrals/:referralId',
    handler: (req, sb) => {
      const referral = requireReferral(sb, req.params.referralId ?? '');
      return json(
        {
          '@odata.context': `${req.baseUrl}/v1.0/$metadata#Referrals/$entity`,
          ...referralResource(referral, req.baseUrl),
        },
        200,
        { ETag: referral.eTag },
      );
    },
  },
  { method: 'PATCH', path: '/v1.0/engagements/referrals/:referralId', handler: updateReferral },
];
