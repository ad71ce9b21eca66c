import { isNewCommerce, offerById } from '../catalog/offers.js';
import type { OrderRecord, SubscriptionRecord } from '../models.js';
import { versionEtag } from '../seed/ids.js';
import { link } from './links.js';

/** New-commerce seats can be reduced within 7 days (168 hours) of purchase or renewal. */
export const ADJUSTMENT_WINDOW_MS = 168 * 3_600_000;

export function subscriptionEtag(s: SubscriptionRecord): string {
  return versionEtag(s.id, s.version);
}

/** The end of the adjustment window that is open at `now`, if any (purchase or latest renewal). */
export function adjustmentWindowEnd(s: SubscriptionRecord, now: Date): Date | undefined {
  if (!isNewCommerce(s.offerId)) return undefined;
  const starts = [new Date(s.creationDate).getTime(), new Date(s.effectiveStartDate).getTime()];
  const termEnd = new Date(s.commitmentEndDate);
  const months = s.termDuration === 'P1M' ? 1 : s.termDuration === 'P3Y' ? 36 : 12;
  const renewal = new Date(termEnd.getTime());
  renewal.setUTCMonth(renewal.getUTCMonth() - months);
  starts.push(renewal.getTime());
  const open = starts.map((t) => t + ADJUSTMENT_WINDOW_MS).filter((end) => end > now.getTime());
  return open.length ? new Date(Math.max(...open)) : undefined;
}

/** A subscription (subscription-get.json, subscription-resources.md), plus new-commerce fields. */
export function subscriptionResource(s: SubscriptionRecord, now: Date) {
  const offer = offerById(s.offerId);
  const nce = isNewCommerce(s.offerId);
  const windowEnd = adjustmentWindowEnd(s, now);
  const [productId, skuId] = s.offerId.split(':');
  return {
    id: s.id,
    entitlementId: s.entitlementId,
    offerId: s.offerId,
    offerName: s.offerName,
    friendlyName: s.friendlyName,
    quantity: s.quantity,
    unitType: s.unitType,
    ...(s.parentSubscriptionId ? { parentSubscriptionId: s.parentSubscriptionId } : {}),
    hasPurchasableAddons: offer?.hasAddOns ?? false,
    creationDate: s.creationDate,
    effectiveStartDate: s.effectiveStartDate,
    commitmentEndDate: s.commitmentEndDate,
    status: s.status,
    autoRenewEnabled: s.autoRenewEnabled,
    isTrial: s.isTrial,
    billingType: s.billingType,
    billingCycle: s.billingCycle,
    termDuration: s.termDuration,
    ...(nce && s.billingType === 'license' ? { renewalTermDuration: s.termDuration } : {}),
    ...(windowEnd ? { refundOptions: [{ type: 'Full', expiresAt: windowEnd.toISOString() }] } : {}),
    isMicrosoftProduct: true,
    publisherName: 'Microsoft Corporation',
    partnerId: '',
    contractType: 'subscription',
    ...(s.suspensionReasons ? { suspensionReasons: s.suspensionReasons } : {}),
    orderId: s.orderId,
    links: {
      offer: link(`/v1/offers/${s.offerId}?country=${s.country}`),
      ...(nce
        ? {
            product: link(`/v1/products/${productId}?country=${s.country}`),
            sku: link(`/v1/products/${productId}/skus/${skuId}?country=${s.country}`),
          }
        : {}),
      ...(s.parentSubscriptionId
        ? {
            parentSubscription: link(
              `/v1/customers/${s.customerId}/subscriptions/${s.parentSubscriptionId}`,
            ),
          }
        : {}),
      self: link(`/v1/customers/${s.customerId}/subscriptions/${s.id}`),
    },
    attributes: { etag: subscriptionEtag(s), objectType: 'Subscription' },
  };
}

/** An order (orders-list.json, order-get.json). */
export function orderResource(o: OrderRecord) {
  const base = `/v1/customers/${o.customerId}/orders/${o.id}`;
  return {
    id: o.id,
    referenceCustomerId: o.customerId,
    billingCycle: o.billingCycle,
    currencyCode: o.currencyCode,
    currencySymbol: o.currencySymbol,
    lineItems: o.lineItems.map((li) => {
      const [productId, skuId] = li.offerId.split(':');
      const skuUri = skuId ? `/v1/products/${productId}/skus/${skuId}` : `/v1/offers/${li.offerId}`;
      return {
        lineItemNumber: li.lineItemNumber,
        offerId: li.offerId,
        subscriptionId: li.subscriptionId,
        friendlyName: li.friendlyName,
        quantity: li.quantity,
        links: {
          subscription: link(`/v1/customers/${o.customerId}/subscriptions/${li.subscriptionId}`),
          sku: link(skuUri),
          provisioningStatus: link(
            `/v1/customers/${o.customerId}/subscriptions/${li.subscriptionId}/provisioningstatus`,
          ),
        },
      };
    }),
    creationDate: o.creationDate,
    status: o.status,
    links: { provisioningStatus: link(`${base}/provisioningstatus`), self: link(base) },
    attributes: { etag: versionEtag(o.id, o.version), objectType: 'Order' },
  };
}
