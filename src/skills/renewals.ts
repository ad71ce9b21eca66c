import { formatCount } from '../cards/views/format.js';
import { renewalListCard } from '../cards/views/renewals.js';
import type { Period } from '../intents/index.js';
import type { Exporter } from './exports.js';
import { localPage } from './paging/list-page.js';
import { isoDay } from './renewals/renewal-index.js';
import type { AreaSkills, Skill } from './skill.js';

/** Rows per renewals card. */
export const RENEWAL_PAGE_SIZE = 20;
/** Without a period: the next 30 days. */
const DEFAULT_DAYS = 30;

/**
 * The window to look in. Renewals lie ahead, but the catalogue's periods are read backwards
 * ("this month" is the 1st..today, a month name without a year is the most recent one, shared/
 * INTENTS.md). So a period that ends today runs on to its month's end, and a named month wholly
 * in the past means that month next year ("renewals in January", asked in December).
 */
export function renewalWindow(
  period: Period | undefined,
  today: string,
): Period & { shifted?: string } {
  if (!period) return { start: today, end: addDays(today, DEFAULT_DAYS - 1) };
  if (period.end === today && period.start <= today) {
    return { start: today, end: monthEnd(period.start) };
  }
  if (period.end < today && isWholeMonth(period)) {
    const start = `${Number(period.start.slice(0, 4)) + 1}${period.start.slice(4)}`;
    return { start, end: monthEnd(start), shifted: start.slice(0, 7) };
  }
  return period;
}

const renewals: Skill = async (request) => {
  const today = isoDay(request.services.now());
  const window = renewalWindow(request.entities.period, today);
  const { entries, status } = await request.services.renewals.query({
    start: window.start,
    end: window.end,
    correlationId: request.correlationId,
  });
  const page = localPage(
    request,
    {
      intent: 'subscriptions.renewals',
      entities: { period: { start: window.start, end: window.end } },
      pageSize: RENEWAL_PAGE_SIZE,
    },
    entries,
  );
  const notes = [
    ...(status.state !== 'ready'
      ? [
          `Still reading subscriptions: ${formatCount(status.customersIndexed)} customers so far. Ask again in a minute for the complete list.`,
        ]
      : []),
    ...(window.shifted ? [`Showing ${window.shifted}, the next one to come.`] : []),
  ];
  return {
    cards: [
      renewalListCard({
        start: window.start,
        end: window.end,
        renewals: page.items,
        total: entries.length,
        from: page.from,
        ...(notes.length ? { note: notes.join(' ') } : {}),
        ...(page.moreAction ? { moreAction: page.moreAction } : {}),
        ...(page.downloadAction ? { downloadAction: page.downloadAction } : {}),
      }),
    ],
  };
};

export const renewalsSkills: AreaSkills = { 'subscriptions.renewals': renewals };

export const renewalsExports: Record<'subscriptions.renewals', Exporter> = {
  'subscriptions.renewals': async (request) => {
    const today = isoDay(request.services.now());
    const window = renewalWindow(request.entities.period, today);
    const { entries } = await request.services.renewals.query({
      ...window,
      correlationId: request.correlationId,
    });
    return {
      filename: `renewals-${window.start}-to-${window.end}`,
      columns: [
        'Term ends',
        'Customer',
        'Subscription',
        'Offer',
        'Quantity',
        'Status',
        'Billing cycle',
        'Term',
        'Auto-renew',
        'Customer id',
        'Subscription id',
      ],
      rows: (async function* () {
        for (const e of entries) {
          yield [
            e.commitmentEnd,
            e.customerName,
            e.friendlyName ?? e.offerName,
            e.offerName,
            e.quantity === undefined ? '' : String(e.quantity),
            e.status ?? '',
            e.billingCycle ?? '',
            e.termDuration ?? '',
            e.autoRenewEnabled === undefined ? '' : String(e.autoRenewEnabled),
            e.customerId,
            e.subscriptionId,
          ];
        }
      })(),
    };
  },
};

function addDays(day: string, days: number): string {
  return isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));
}

function monthEnd(day: string): string {
  const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  d.setUTCDate(0);
  return isoDay(d);
}

function isWholeMonth(p: Period): boolean {
  return (
    p.start.endsWith('-01') &&
    p.start.slice(0, 7) === p.end.slice(0, 7) &&
    p.end === monthEnd(p.start)
  );
}
