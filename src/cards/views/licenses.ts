import type { SubscribedSku } from '../../partner-center/index.js';
import type { AdaptiveCard } from '../render.js';
import { intentAction, type CardAction } from './actions.js';
import { listCard, type ListColumn } from './list.js';
import { formatCount, plural } from './format.js';
import { compareText } from '../../shared/compare.js';

/** One license SKU as the card counts it. */
export interface LicenseCount {
  name: string;
  /** Prepaid seats that are enabled (Partner Center `activeUnits`). */
  total: number;
  /** Seats assigned to users. */
  consumed: number;
  /** total − consumed, never below 0. */
  unassigned: number;
  suspended: number;
  warning: number;
}

/** Partner Center's numbers for one SKU → what a partner asks: how many seats are free. */
export function licenseCount(sku: SubscribedSku): LicenseCount {
  const suspended = sku.suspendedUnits ?? 0;
  const warning = sku.warningUnits ?? 0;
  // activeUnits are the enabled prepaid seats; older payloads only carry totalUnits (all states).
  const total = sku.activeUnits ?? Math.max(0, (sku.totalUnits ?? 0) - suspended - warning);
  const consumed = sku.consumedUnits ?? 0;
  return {
    name: sku.productSku?.name ?? sku.productSku?.skuPartNumber ?? sku.productSku?.id ?? 'License',
    total,
    consumed,
    unassigned: Math.max(0, total - consumed),
    suspended,
    warning,
  };
}

/** Most unassigned seats first (what to act on), then by name. */
export function sortLicenses(counts: LicenseCount[]): LicenseCount[] {
  return [...counts].sort((a, b) => b.unassigned - a.unassigned || compareText(a.name, b.name));
}

/** How many SKUs the "most unassigned" note names. */
const MOST_UNASSIGNED = 3;

export interface LicenseListView {
  customer: { id: string; name: string };
  /** The page shown (asked-for product first, then sorted). */
  licenses: LicenseCount[];
  /** Every SKU (before paging), for the summary and the note. */
  all: LicenseCount[];
  from: number;
  /** The product the user asked about ("E3"), and the SKUs that match it. */
  asked?: { text: string; matches: LicenseCount[] };
  /** "Showing X, the closest match to Y" from customer resolution. */
  note?: string;
  moreAction?: CardAction;
}

export function licenseListCard(view: LicenseListView): AdaptiveCard {
  const { all } = view;
  const seats = all.reduce((n, l) => n + l.total, 0);
  const assigned = all.reduce((n, l) => n + l.consumed, 0);
  const unassigned = all.reduce((n, l) => n + l.unassigned, 0);
  const showSuspended = all.some((l) => l.suspended > 0);
  const showWarning = all.some((l) => l.warning > 0);
  const to = view.from + view.licenses.length - 1;
  const columns: ListColumn[] = [
    { header: 'License', width: 4 },
    { header: 'Total', width: 1 },
    { header: 'Assigned', width: 2 },
    { header: 'Unassigned', width: 2 },
    ...(showSuspended ? [{ header: 'Suspended', width: 2 }] : []),
    ...(showWarning ? [{ header: 'Warning', width: 2 }] : []),
  ];
  const entities = { customer: view.customer.id };
  const notes = [view.note, askedNote(view), mostUnassignedNote(all)].filter(Boolean);
  return listCard({
    title: `Licenses of ${view.customer.name}`,
    subtitle:
      all.length === 0
        ? 'No licenses'
        : `${plural(all.length, 'license SKU')} · ${formatCount(assigned)} of ` +
          `${plural(seats, 'seat')} assigned, ${formatCount(unassigned)} unassigned` +
          (all.length > view.licenses.length ? ` · showing ${view.from}–${to}` : ''),
    ...(notes.length ? { note: notes.join(' ') } : {}),
    columns,
    rows: view.licenses.map((l) => [
      l.name,
      String(l.total),
      String(l.consumed),
      String(l.unassigned),
      ...(showSuspended ? [String(l.suspended)] : []),
      ...(showWarning ? [String(l.warning)] : []),
    ]),
    empty: `${view.customer.name} has no licenses: none of its subscriptions is license-based.`,
    hint: 'Total counts enabled prepaid seats; unassigned = total − assigned.',
    actions: [
      ...(view.moreAction ? [view.moreAction] : []),
      intentAction('Users', 'users.list', entities),
      intentAction('Subscriptions', 'subscriptions.list', entities),
    ],
  });
}

/** "E3: 12 of 25 Microsoft 365 E3 seats are unassigned." or "… has no E3 licenses." */
function askedNote(view: LicenseListView): string | undefined {
  if (!view.asked) return undefined;
  const { text, matches } = view.asked;
  if (matches.length === 0) return `${view.customer.name} has no ${text} licenses.`;
  return matches
    .map((l) => `${l.name}: ${formatCount(l.unassigned)} of ${plural(l.total, 'seat')} unassigned.`)
    .join(' ');
}

function mostUnassignedNote(all: LicenseCount[]): string | undefined {
  const top = sortLicenses(all.filter((l) => l.unassigned > 0)).slice(0, MOST_UNASSIGNED);
  if (top.length === 0) return undefined;
  return `Most unassigned: ${top.map((l) => `${l.name} (${formatCount(l.unassigned)})`).join(', ')}.`;
}
