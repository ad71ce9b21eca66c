import { intentAction } from '../cards/views/actions.js';
import { formatDate, humanize } from '../cards/views/format.js';
import { noticeCard } from '../cards/views/notice.js';
import {
  chooseReferralCard,
  referralDetailsCard,
  referralListCard,
  referralName,
  referralNotFoundCard,
  REFERRAL_STATUS_FILTERS,
  whichReferralCard,
} from '../cards/views/referrals.js';
import {
  isPartnerCenterError,
  type ListReferralsOptions,
  type Referral,
} from '../partner-center/index.js';
import { serverPage } from './paging/list-page.js';
import type { Exporter, ExportRequest } from './exports.js';
import type { AreaSkills, Skill, SkillRequest } from './skill.js';

/** Rows per referral card. The Partner API pages with `$top` / `@odata.nextLink`. */
export const REFERRAL_PAGE_SIZE = 20;
/** The Partner API's largest `$top` (the sandbox enforces it too); used to export and to match ids. */
const LARGEST_PAGE = 100;
/** How many referrals a short id is looked up among (newest first) before giving up. */
const ID_SEARCH_LIMIT = 500;
/** Choices a "which referral?" card offers. */
export const MAX_CHOICES = 8;
const NEWEST_FIRST = 'createdDateTime desc';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `status` is `None|New|Active|Closed`; the rest are substatuses (`referral-resources.md`). */
const STATUSES: Readonly<Record<string, string>> = {
  none: 'None',
  new: 'New',
  active: 'Active',
  closed: 'Closed',
};
const SUBSTATUSES: Readonly<Record<string, string>> = {
  pending: 'Pending',
  received: 'Received',
  accepted: 'Accepted',
  engaged: 'Engaged',
  won: 'Won',
  lost: 'Lost',
  declined: 'Declined',
  expired: 'Expired',
};

/** The OData `$filter` for a status word, `null` for a word referrals do not have. */
function statusFilter(status: string | undefined): string | undefined | null {
  if (!status) return undefined;
  const word = status.toLowerCase();
  if (STATUSES[word]) return `status eq '${STATUSES[word]}'`;
  if (SUBSTATUSES[word]) return `substatus eq '${SUBSTATUSES[word]}'`;
  return null;
}

function listOptions(
  request: Pick<SkillRequest, 'correlationId'>,
  filter: string | undefined,
): ListReferralsOptions {
  return {
    correlationId: request.correlationId,
    orderBy: NEWEST_FIRST,
    ...(filter ? { filter } : {}),
  };
}

/** referrals.list: co-sell referrals, newest first, optionally of one status or substatus. */
const listReferrals: Skill = async (request) => {
  const status = request.entities.status?.toLowerCase();
  const filter = statusFilter(status);
  if (filter === null) {
    return {
      cards: [
        noticeCard({
          title: `Referrals are never "${status}"`,
          message: `A co-sell referral is new, active or closed; its substatus says more (${Object.keys(SUBSTATUSES).join(', ')}).`,
          actions: [
            ...REFERRAL_STATUS_FILTERS.map((s) =>
              intentAction(`${humanize(s)} referrals`, 'referrals.list', { status: s }),
            ),
            intentAction('All referrals', 'referrals.list'),
          ],
        }),
      ],
    };
  }
  const page = await serverPage(
    request,
    { intent: request.intent, entities: request.entities, pageSize: REFERRAL_PAGE_SIZE },
    request.services.partnerCenter.referrals.list(listOptions(request, filter)),
  );
  return {
    cards: [
      referralListCard({
        referrals: page.items,
        from: page.from,
        hasMore: page.hasMore,
        ...(status ? { status } : {}),
        ...(page.moreAction ? { moreAction: page.moreAction } : {}),
        ...(page.downloadAction ? { downloadAction: page.downloadAction } : {}),
      }),
    ],
  };
};

/**
 * Referrals whose id starts with `prefix`, among the newest ID_SEARCH_LIMIT: lists show the first
 * characters of an id, and people type those. The Partner API's `$filter` has no `startswith` on
 * ids (`get-a-list-of-referrals.md`), so pages are read here.
 */
export async function referralsStartingWith(
  request: SkillRequest,
  prefix: string,
): Promise<Referral[]> {
  const wanted = prefix.toLowerCase();
  const found: Referral[] = [];
  let seen = 0;
  const pages = request.services.partnerCenter.referrals
    .list(listOptions(request, undefined))
    .byPage({ maxPageSize: LARGEST_PAGE });
  for await (const page of pages) {
    found.push(...page.items.filter((r) => r.id.toLowerCase().startsWith(wanted)));
    seen += page.items.length;
    if (seen >= ID_SEARCH_LIMIT || found.length > MAX_CHOICES) break;
  }
  return found;
}

/** referrals.show: one referral's facts, by its id or the first characters of it. */
const showReferral: Skill = async (request) => {
  const referralId = request.entities.referralId?.trim();
  if (!referralId) return { cards: [whichReferralCard()] };
  if (GUID.test(referralId)) {
    try {
      const referral = await request.services.partnerCenter.referrals.get(referralId, {
        correlationId: request.correlationId,
      });
      return { cards: [referralDetailsCard(referral)] };
    } catch (err) {
      if (isPartnerCenterError(err) && err.status === 404) {
        return { cards: [referralNotFoundCard(referralId, false)] };
      }
      throw err;
    }
  }
  const matches = await referralsStartingWith(request, referralId);
  if (matches.length === 0) return { cards: [referralNotFoundCard(referralId, true)] };
  if (matches.length === 1) return { cards: [referralDetailsCard(matches[0] as Referral)] };
  return { cards: [chooseReferralCard(referralId, matches.slice(0, MAX_CHOICES))] };
};

export const referralsSkills: AreaSkills = {
  'referrals.list': listReferrals,
  'referrals.show': showReferral,
};

async function* referralRows(request: ExportRequest): AsyncIterable<string[]> {
  const filter = statusFilter(request.entities.status);
  if (filter === null) return;
  const pages = request.services.partnerCenter.referrals
    .list(listOptions(request, filter))
    .byPage({ maxPageSize: LARGEST_PAGE });
  for await (const page of pages) {
    for (const r of page.items) {
      yield [
        referralName(r),
        r.customerProfile?.name ?? '',
        r.status ?? '',
        r.substatus ?? '',
        r.type ?? '',
        r.direction ?? '',
        r.details?.dealValue === undefined ? '' : String(r.details.dealValue),
        r.details?.currency ?? '',
        formatDate(r.createdDateTime),
        formatDate(r.details?.closingDateTime),
        r.id,
      ];
    }
  }
}

/** "Download CSV" of referrals.list: the same filter and order as the cards, every page. */
export const referralsExports: Record<'referrals.list', Exporter> = {
  'referrals.list': async (request) => ({
    filename: request.entities.status
      ? `referrals-${request.entities.status.toLowerCase().replace(/[^a-z]/g, '')}`
      : 'referrals',
    columns: [
      'Referral',
      'Customer',
      'Status',
      'Substatus',
      'Type',
      'Direction',
      'Deal value',
      'Currency',
      'Created',
      'Closing',
      'Referral id',
    ],
    rows: referralRows(request),
  }),
};
