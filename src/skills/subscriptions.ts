import { subscriptionListCard, subscriptionName } from '../cards/views/subscriptions.js';
import { collectAll, type Subscription } from '../partner-center/index.js';
import { withCustomer } from './customers/with-customer.js';
import { derivedFrom } from './derived.js';
import { filePart, type Exporter } from './exports.js';
import { localPage } from './paging/list-page.js';
import type { Skill } from './skill.js';
import { compareText } from '../shared/compare.js';

/** Rows per subscription card. Partner Center does not page subscriptions; the card does. */
export const SUBSCRIPTION_PAGE_SIZE = 10;

/** Active first, then the ones that need attention, then the ended ones (doc enum order otherwise). */
const STATUS_ORDER = ['active', 'pending', 'suspended', 'disabled', 'expired', 'deleted', 'none'];

/**
 * subscriptions.list: a customer's subscriptions, optionally of one status. Partner Center
 * returns them in one collection (`develop/get-all-of-a-customer-s-subscriptions.md`), so "show
 * more" pages the card locally with an `offset:` token.
 */
export const listSubscriptions: Skill = (request) =>
  withCustomer(request, 'show subscriptions for Contoso Ltd', async ({ customer, note }) => {
    const pages: Subscription[][] = [];
    const listing = request.services.partnerCenter.subscriptions.list(customer.id, {
      correlationId: request.correlationId,
    });
    for await (const page of listing.byPage()) pages.push(page.items);
    // Partner Center answers subscriptions in one collection: that response is the source.
    const [source] = pages;
    const only = pages.length === 1 && source ? source : undefined;
    const status = request.entities.status?.toLowerCase();
    const matching = only
      ? derivedFrom(only, `sorted\u0000${status ?? ''}`, () => filterAndSort(only, status))
      : filterAndSort(pages.flat(), status);
    const page = localPage(
      request,
      {
        intent: 'subscriptions.list',
        entities: { ...request.entities, customer: customer.id },
        pageSize: SUBSCRIPTION_PAGE_SIZE,
      },
      matching,
    );
    const draw = () =>
      subscriptionListCard({
        customer,
        subscriptions: page.items,
        total: matching.length,
        active: matching.filter((s) => s.status === 'active').length,
        from: page.from,
        ...(status ? { status } : {}),
        ...(note ? { note } : {}),
        ...(page.moreAction ? { moreAction: page.moreAction } : {}),
        ...(page.downloadAction ? { downloadAction: page.downloadAction } : {}),
      });
    // A download link is signed for this user and this moment: such a card is drawn each time.
    const card =
      only && !page.downloadAction
        ? derivedFrom(
            only,
            JSON.stringify(['card', customer.id, customer.name, status, page.from, note ?? '']),
            draw,
          )
        : draw();
    return { cards: [card] };
  });

function filterAndSort(all: Subscription[], status: string | undefined): Subscription[] {
  return sortSubscriptions(status ? all.filter((s) => s.status?.toLowerCase() === status) : all);
}

/** "Download CSV" of subscriptions.list: the same filter and order as the card, every row. */
export const subscriptionExports: Record<'subscriptions.list', Exporter> = {
  'subscriptions.list': async (request) => {
    const customerId = request.entities.customer ?? '';
    const customer = await request.services.customers.get(customerId, {
      correlationId: request.correlationId,
    });
    const all = await collectAll(
      request.services.partnerCenter.subscriptions.list(customer.id, {
        correlationId: request.correlationId,
      }),
    );
    const rows = filterAndSort(all, request.entities.status?.toLowerCase()).map((s) => [
      subscriptionName(s),
      s.offerId ?? '',
      s.quantity === undefined ? '' : String(s.quantity),
      s.status ?? '',
      s.billingCycle ?? '',
      s.termDuration ?? '',
      s.commitmentEndDate?.slice(0, 10) ?? '',
      s.autoRenewEnabled === undefined ? '' : String(s.autoRenewEnabled),
      s.id,
    ]);
    return {
      filename: `subscriptions-${filePart(customer.name)}`,
      columns: [
        'Subscription',
        'Offer id',
        'Quantity',
        'Status',
        'Billing cycle',
        'Term',
        'Commitment end',
        'Auto-renew',
        'Subscription id',
      ],
      rows: (async function* () {
        yield* rows;
      })(),
    };
  },
};

export function sortSubscriptions(subscriptions: Subscription[]): Subscription[] {
  const rank = (s: Subscription) => {
    const i = STATUS_ORDER.indexOf(s.status ?? 'none');
    return i === -1 ? STATUS_ORDER.length : i;
  };
  return [...subscriptions].sort(
    (a, b) => rank(a) - rank(b) || compareText(a.offerName ?? a.id, b.offerName ?? b.id),
  );
}
