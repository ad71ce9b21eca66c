import type { AdaptiveCard } from '../render.js';
import { intentAction, type CardAction, type OpenUrlAction } from './actions.js';
import { plural } from './format.js';
import { listCard } from './list.js';

/** One renewal as the card shows it. */
export interface RenewalRow {
  customerId: string;
  customerName: string;
  offerName: string;
  friendlyName?: string;
  quantity?: number;
  status?: string;
  autoRenewEnabled?: boolean;
  /** `YYYY-MM-DD`. */
  commitmentEnd: string;
}

export interface RenewalListView {
  start: string;
  end: string;
  renewals: RenewalRow[];
  total: number;
  from: number;
  note?: string;
  moreAction?: CardAction;
  downloadAction?: OpenUrlAction;
}

/** What happens at the term end: renews (auto-renew on) or ends (off). */
export function renewalOutcome(row: RenewalRow): string {
  if (row.autoRenewEnabled === false) return 'Ends';
  return row.status === 'suspended' ? 'Renews (suspended)' : 'Renews';
}

export function renewalListCard(view: RenewalListView): AdaptiveCard {
  const to = view.from + view.renewals.length - 1;
  const first = view.renewals[0];
  return listCard({
    title: `Renewals from ${view.start} to ${view.end}`,
    subtitle:
      view.total === 0
        ? 'Nothing renews or ends in this period'
        : `${plural(view.total, 'subscription')}, soonest first` +
          (view.total > view.renewals.length ? ` · showing ${view.from}–${to}` : ''),
    ...(view.note ? { note: view.note } : {}),
    columns: [
      { header: 'Term ends', width: 2 },
      { header: 'Customer', width: 3 },
      { header: 'Subscription', width: 3 },
      { header: 'Qty', width: 1 },
      { header: 'Then', width: 2 },
    ],
    rows: view.renewals.map((r) => [
      r.commitmentEnd,
      r.customerName,
      r.friendlyName && r.friendlyName !== r.offerName
        ? `${r.friendlyName} (${r.offerName})`
        : r.offerName,
      r.quantity === undefined ? '' : String(r.quantity),
      renewalOutcome(r),
    ]),
    empty: `No subscription's term ends between ${view.start} and ${view.end}.`,
    hint: 'Monthly terms renew every month; annual and triennial terms are the ones to plan for.',
    actions: [
      ...(view.moreAction ? [view.moreAction] : []),
      ...(view.downloadAction ? [view.downloadAction] : []),
      ...(first
        ? [
            intentAction(`Subscriptions of ${first.customerName}`, 'subscriptions.list', {
              customer: first.customerId,
            }),
          ]
        : []),
    ],
  });
}
