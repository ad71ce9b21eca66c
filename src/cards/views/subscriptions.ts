import type { Subscription } from '../../partner-center/index.js';
import type { AdaptiveCard } from '../render.js';
import { intentAction, type CardAction, type OpenUrlAction } from './actions.js';
import { formatDate, humanize, plural } from './format.js';
import { listCard } from './list.js';

export interface SubscriptionListView {
  customer: { id: string; name: string };
  /** The page shown. */
  subscriptions: Subscription[];
  /** All subscriptions that match (before paging), for the summary line. */
  total: number;
  active: number;
  from: number;
  status?: string;
  moreAction?: CardAction;
  downloadAction?: OpenUrlAction;
  note?: string;
}

/** A subscription's display name: its nickname when it has one, with the offer after it. */
export function subscriptionName(s: Subscription): string {
  const offer = s.offerName ?? s.offerId ?? s.id;
  return s.friendlyName && s.friendlyName !== offer ? `${s.friendlyName} (${offer})` : offer;
}

export function subscriptionListCard(view: SubscriptionListView): AdaptiveCard {
  const to = view.from + view.subscriptions.length - 1;
  const filter = view.status ? ` ${view.status}` : '';
  return listCard({
    title: `Subscriptions of ${view.customer.name}`,
    subtitle:
      view.total === 0
        ? `No${filter} subscriptions`
        : `${plural(view.total, `${filter.trim() ? `${filter.trim()} ` : ''}subscription`)}` +
          `${view.status ? '' : `, ${view.active} active`}` +
          (view.total > view.subscriptions.length ? ` · showing ${view.from}–${to}` : ''),
    ...(view.note ? { note: view.note } : {}),
    columns: [
      { header: 'Subscription', width: 4 },
      { header: 'Qty', width: 1 },
      { header: 'Status', width: 2 },
      { header: 'Billing', width: 2 },
      { header: 'Term ends', width: 2 },
    ],
    rows: view.subscriptions.map((s) => [
      subscriptionName(s),
      s.quantity === undefined ? '' : String(s.quantity),
      humanize(s.status),
      humanize(s.billingCycle),
      formatDate(s.commitmentEndDate),
    ]),
    empty: view.status
      ? `${view.customer.name} has no ${view.status} subscriptions.`
      : `${view.customer.name} has no subscriptions yet.`,
    actions: [
      ...(view.moreAction ? [view.moreAction] : []),
      ...(view.downloadAction ? [view.downloadAction] : []),
      intentAction('Customer details', 'customers.show', { customer: view.customer.id }),
    ],
  });
}
