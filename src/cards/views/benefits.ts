import type { Benefit } from '../../partner-center/index.js';
import type { AdaptiveCard } from '../render.js';
import { intentAction, type CardAction, type OpenUrlAction } from './actions.js';
import { formatDate, humanize, plural } from './format.js';
import { listCard } from './list.js';
import { noticeCard } from './notice.js';

const DAY_MS = 86_400_000;

/** Benefit types as the partner program writes them; unknown ones are humanized. */
const TYPE_LABELS: Readonly<Record<string, string>> = { VisualStudio: 'Visual Studio' };

export function benefitTypeLabel(type: string | undefined): string {
  return type ? (TYPE_LABELS[type] ?? humanize(type)) : '';
}

/** Whole calendar days (UTC) from `now` to the expiry date; undefined without one. */
export function daysToExpiry(expiryDate: string | undefined | null, now: Date): number | undefined {
  if (!expiryDate) return undefined;
  const expiry = new Date(expiryDate);
  if (Number.isNaN(expiry.getTime())) return undefined;
  const day = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return Math.round((day(expiry) - day(now)) / DAY_MS);
}

/** `205 days`, `1 day`, `today`, `expired 55 days ago`, or '' without an expiry date. */
export function expiryText(days: number | undefined): string {
  if (days === undefined) return '';
  if (days === 0) return 'today';
  return days > 0 ? plural(days, 'day') : `expired ${plural(-days, 'day')} ago`;
}

export interface BenefitListView {
  /** The page shown. */
  benefits: Benefit[];
  /** All benefits that match the filters (before paging), for the summary line. */
  matching: Benefit[];
  from: number;
  now: Date;
  status?: string;
  benefitType?: string;
  moreAction?: CardAction;
  downloadAction?: OpenUrlAction;
}

function filterWords(view: Pick<BenefitListView, 'status' | 'benefitType'>): string {
  return [view.status?.toLowerCase(), benefitTypeLabel(view.benefitType)].filter(Boolean).join(' ');
}

function summary(benefits: Benefit[]): string {
  const counts = new Map<string, number>();
  for (const b of benefits) {
    const status = b.status ? humanize(b.status).toLowerCase() : 'no status';
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return [...counts].map(([status, n]) => `${n} ${status}`).join(', ');
}

export function benefitListCard(view: BenefitListView): AdaptiveCard {
  const words = filterWords(view);
  const total = view.matching.length;
  const to = view.from + view.benefits.length - 1;
  const filtered = Boolean(view.status || view.benefitType);
  return listCard({
    title: words ? `Partner benefits: ${words}` : 'Partner benefits',
    subtitle:
      total === 0
        ? `No${words ? ` ${words}` : ''} benefits`
        : `${plural(total, `${words ? `${words} ` : ''}benefit`)}` +
          (view.status ? '' : `: ${summary(view.matching)}`) +
          (total > view.benefits.length ? ` · showing ${view.from}–${to}` : ''),
    columns: [
      { header: 'Benefit', width: 4 },
      { header: 'Type', width: 2 },
      { header: 'Status', width: 2 },
      { header: 'Expires', width: 2 },
      { header: 'Days to expiry', width: 2 },
    ],
    rows: view.benefits.map((b) => [
      b.name ?? b.id,
      benefitTypeLabel(b.benefitType),
      humanize(b.status),
      formatDate(b.expiryDate ?? undefined),
      expiryText(daysToExpiry(b.expiryDate, view.now)),
    ]),
    empty: filtered ? `You have no ${words} benefits.` : 'Your partner program lists no benefits.',
    hint: 'Days to expiry count from today; an available benefit starts its term when activated.',
    actions: [
      ...(view.moreAction ? [view.moreAction] : []),
      ...(view.downloadAction ? [view.downloadAction] : []),
      ...(filtered
        ? [intentAction('All benefits', 'benefits.list')]
        : [
            intentAction('Active benefits', 'benefits.list', { status: 'active' }),
            intentAction('Available to activate', 'benefits.list', { status: 'available' }),
          ]),
    ],
  });
}

/** The tenant exposes no benefits API (partner-center-api.md §5.10): say so, not an error. */
export function benefitsNotConfiguredCard(): AdaptiveCard {
  return noticeCard({
    title: 'Benefits are not available here',
    message:
      'Partner Center has no benefits API, and this agent has no benefits endpoint configured ' +
      '(PARTNER_CENTER_BENEFITS_ENDPOINT). Your partner benefits are in the Partner Center dashboard.',
    tone: 'info',
  });
}
