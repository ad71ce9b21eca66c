import type { Referral } from '../../partner-center/index.js';
import type { AdaptiveCard } from '../render.js';
import { chooseCard } from './choose.js';
import { detailsCard } from './details.js';
import { intentAction, type CardAction, type OpenUrlAction } from './actions.js';
import { facts } from './facts.js';
import { formatCount, formatDate, humanize, plural } from './format.js';
import { listCard } from './list.js';
import { noticeCard } from './notice.js';
import { trimText } from './offers.js';

/** Characters of a referral id a list shows; "open referral <short id>" finds it again. */
export const SHORT_ID_LENGTH = 8;
const NOTES_MAX = 400;

export const REFERRAL_STATUS_FILTERS = ['new', 'active', 'closed'] as const;

export function shortReferralId(id: string): string {
  return id.slice(0, SHORT_ID_LENGTH);
}

/** `45000 USD` → `$45,000`; an unknown currency code is written after the number. */
export function dealValue(referral: Referral): string {
  const value = referral.details?.dealValue;
  if (value === undefined) return '';
  const currency = referral.details?.currency;
  if (currency) {
    try {
      return new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency,
        maximumFractionDigits: 0,
      }).format(value);
    } catch {
      return `${formatCount(value)} ${currency}`;
    }
  }
  return formatCount(value);
}

/** A referral's name: its own, else the customer's, else its id. */
export function referralName(referral: Referral): string {
  return referral.name ?? referral.customerProfile?.name ?? referral.id;
}

/** `1to100employees` → `1–100 employees`; anything else humanized. */
export function companySize(size: string | undefined): string {
  const match = size ? /^(\d+)to(\d+)employees$/i.exec(size) : null;
  if (match) return `${match[1]}–${match[2]} employees`;
  return humanize(size);
}

export interface ReferralListView {
  referrals: Referral[];
  /** 1-based number of the first row shown. */
  from: number;
  hasMore: boolean;
  /** The status word asked for (lower case), when filtered. */
  status?: string;
  moreAction?: CardAction;
  downloadAction?: OpenUrlAction;
}

export function referralListCard(view: ReferralListView): AdaptiveCard {
  const to = view.from + view.referrals.length - 1;
  const filter = view.status ? `${view.status} ` : '';
  return listCard({
    title: view.status ? `Co-sell referrals: ${view.status}` : 'Co-sell referrals',
    subtitle:
      view.referrals.length === 0
        ? `No ${filter}referrals`
        : `${
            view.from === 1 && !view.hasMore
              ? plural(view.referrals.length, `${filter}referral`)
              : `${view.from}–${to}${view.hasMore ? ', more available' : ''}`
          } · newest first`,
    columns: [
      { header: 'Referral', width: 4 },
      { header: 'Status', width: 2 },
      { header: 'Substatus', width: 2 },
      { header: 'Deal value', width: 2 },
      { header: 'Created', width: 2 },
      { header: 'Id', width: 2 },
    ],
    rows: view.referrals.map((r) => [
      referralName(r),
      humanize(r.status),
      humanize(r.substatus),
      dealValue(r),
      formatDate(r.createdDateTime),
      shortReferralId(r.id),
    ]),
    empty: view.status ? `You have no ${view.status} referrals.` : 'You have no co-sell referrals.',
    hint: 'Ask "open referral <id>" for a referral\'s details.',
    actions: [
      ...(view.moreAction ? [view.moreAction] : []),
      ...(view.downloadAction ? [view.downloadAction] : []),
      ...(view.status
        ? [intentAction('All referrals', 'referrals.list')]
        : REFERRAL_STATUS_FILTERS.map((s) =>
            intentAction(`${humanize(s)} referrals`, 'referrals.list', { status: s }),
          )),
    ],
  });
}

function requirementIds(requirements: unknown, key: string): string {
  const list = (requirements as Record<string, unknown> | undefined)?.[key];
  if (!Array.isArray(list)) return '';
  return list
    .map((item) => {
      const o = item as { name?: unknown; id?: unknown } | null;
      return typeof o?.name === 'string' ? o.name : typeof o?.id === 'string' ? o.id : '';
    })
    .filter(Boolean)
    .map(humanize)
    .join(', ');
}

export function referralDetailsCard(referral: Referral): AdaptiveCard {
  const address = referral.customerProfile?.address;
  const place = [address?.city, address?.state, address?.country].filter(Boolean).join(', ');
  const requirements = referral.details?.requirements;
  return detailsCard({
    title: referralName(referral),
    subtitle: `Co-sell referral · ${humanize(referral.status) || 'no status'}`,
    facts: facts([
      ['Customer', referral.customerProfile?.name],
      ['Location', place],
      ['Company size', companySize(referral.customerProfile?.size)],
      ['Status', humanize(referral.status)],
      ['Substatus', humanize(referral.substatus)],
      ['Type', humanize(referral.type)],
      ['Direction', humanize(referral.direction)],
      ['Qualification', humanize(referral.qualification)],
      ['Deal value', dealValue(referral)],
      ['Closing', formatDate(referral.details?.closingDateTime)],
      ['Products', requirementIds(requirements, 'products')],
      ['Industries', requirementIds(requirements, 'industries')],
      ['Created', formatDate(referral.createdDateTime)],
      ['Updated', formatDate(referral.updatedDateTime)],
      ['Expires', formatDate(referral.expirationDateTime)],
      ['Notes', trimText(referral.details?.notes, NOTES_MAX)],
      ['Referral id', referral.id],
    ]),
    // Accept / decline / close are writes (referrals.update), offered with their confirmation.
    actions: [
      intentAction('All referrals', 'referrals.list'),
      ...(referral.status
        ? [
            intentAction(`${humanize(referral.status)} referrals`, 'referrals.list', {
              status: referral.status.toLowerCase(),
            }),
          ]
        : []),
    ],
  });
}

export function referralNotFoundCard(referralId: string, searched: boolean): AdaptiveCard {
  return noticeCard({
    title: `No referral ${referralId}`,
    message: searched
      ? 'No co-sell referral has that id or an id that starts with it. Check the id in the referral list.'
      : 'The Partner API has no co-sell referral with that id. Check the id in the referral list.',
    tone: 'warning',
    actions: [intentAction('All referrals', 'referrals.list')],
  });
}

export function chooseReferralCard(referralId: string, referrals: Referral[]): AdaptiveCard {
  return chooseCard({
    title: `Which referral do you mean by "${referralId}"?`,
    message: `${referrals.length} referrals have an id that starts with "${referralId}".`,
    choices: referrals.map((r) =>
      intentAction(`${referralName(r)} (${shortReferralId(r.id)}…)`, 'referrals.show', {
        referralId: r.id,
      }),
    ),
  });
}

export function whichReferralCard(): AdaptiveCard {
  return noticeCard({
    title: 'Which referral?',
    message:
      'Give the referral id (its first characters are enough), for example "open referral 1a2b3c".',
    actions: [intentAction('All referrals', 'referrals.list')],
  });
}
