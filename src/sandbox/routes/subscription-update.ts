import { isNewCommerce, offerById } from '../catalog/offers.js';
import { PC_ERRORS, PcError } from '../http/pc-errors.js';
import { json, type PcRequest, type SandboxContext } from '../http/types.js';
import type { SubscriptionRecord, SubscriptionStatus } from '../models.js';
import {
  adjustmentWindowEnd,
  subscriptionEtag,
  subscriptionResource,
} from '../views/subscription-view.js';
import {
  param,
  requireBody,
  requireCustomer,
  requireEtag,
  requireSubscription,
  stringAt,
} from './common.js';

type Change = Pick<SubscriptionRecord, 'friendlyName' | 'quantity' | 'status' | 'autoRenewEnabled'>;

function requested(body: Record<string, unknown>, current: SubscriptionRecord): Change {
  const quantity = body.quantity ?? current.quantity;
  if (typeof quantity !== 'number' || !Number.isInteger(quantity)) {
    throw new PcError(PC_ERRORS.INVALID_INPUT, ['Quantity must be a whole number.']);
  }
  const autoRenew = body.autoRenewEnabled ?? current.autoRenewEnabled;
  if (typeof autoRenew !== 'boolean') {
    throw new PcError(PC_ERRORS.INVALID_INPUT, ['AutoRenewEnabled must be true or false.']);
  }
  const friendlyName = stringAt(body, 'friendlyName', 'FriendlyName') ?? current.friendlyName;
  if (friendlyName === '' || friendlyName.length > 128) {
    throw new PcError(PC_ERRORS.INVALID_INPUT, ['FriendlyName must be 1 to 128 characters.']);
  }
  const status = (stringAt(body, 'status', 'Status') ?? current.status).toLowerCase();
  return {
    friendlyName,
    quantity,
    status: status as SubscriptionStatus,
    autoRenewEnabled: autoRenew,
  };
}

/** The business rules of a subscription PATCH, in the order the service applies them. */
function checkRules(
  current: SubscriptionRecord,
  next: Change,
  now: Date,
  parent: SubscriptionRecord | undefined,
): void {
  if (current.status === 'deleted') throw new PcError(PC_ERRORS.SUBSCRIPTION_DELETED);
  const statusChanged = next.status !== current.status;
  const quantityChanged = next.quantity !== current.quantity;
  const otherChanged =
    quantityChanged ||
    next.friendlyName !== current.friendlyName ||
    next.autoRenewEnabled !== current.autoRenewEnabled;
  if (statusChanged && next.status !== 'active' && next.status !== 'suspended') {
    throw new PcError(PC_ERRORS.INVALID_INPUT, [
      `Status can be set to "suspended" (suspend) or "active" (reactivate), not "${next.status}".`,
    ]);
  }
  if (current.status === 'suspended' && otherChanged) {
    throw new PcError(PC_ERRORS.SUBSCRIPTION_SUSPENDED, [
      'Reactivate it first (Status "active", nothing else changed), then make other changes.',
    ]);
  }
  if (next.status === 'active' && statusChanged && parent && parent.status !== 'active') {
    throw new PcError(PC_ERRORS.PARENT_NOT_ACTIVE, [
      `Reactivate ${parent.offerName} (${parent.id}) first; this add-on depends on it.`,
    ]);
  }
  if (next.status === 'suspended' && statusChanged && quantityChanged) {
    throw new PcError(PC_ERRORS.QUANTITY_WHILE_SUSPENDING);
  }
  if (!quantityChanged) return;
  if (current.billingType !== 'license') {
    throw new PcError(PC_ERRORS.QUANTITY_NOT_UPDATABLE, [
      'Usage-based subscriptions have no seats.',
    ]);
  }
  const offer = offerById(current.offerId);
  const min = offer?.minimumQuantity ?? 1;
  const max = offer?.maximumQuantity ?? Number.MAX_SAFE_INTEGER;
  if (next.quantity < min || next.quantity > max) {
    throw new PcError(PC_ERRORS.QUANTITY_OUT_OF_RANGE, [
      `${current.offerName} allows ${min} to ${max} licenses; ${next.quantity} was requested.`,
    ]);
  }
  if (next.quantity < current.quantity && isNewCommerce(current.offerId)) {
    if (!adjustmentWindowEnd(current, now)) {
      throw new PcError(PC_ERRORS.QUANTITY_DECREASE_NOT_ALLOWED, [
        `New-commerce subscriptions can only be reduced within 7 days (168 hours) of purchase or renewal; that window has passed for this term, which ends on ${current.commitmentEndDate}. Increase is still possible; to reduce, change the quantity for the renewal or turn off auto-renew.`,
      ]);
    }
  }
}

/**
 * `PATCH /v1/customers/{id}/subscriptions/{subId}` with the full Subscription: nickname,
 * quantity, suspend ("suspended") / reactivate ("active") or auto-renew
 * (`develop/change-the-quantity-of-a-subscription.md`, `suspend-a-subscription.md`,
 * `update-the-nickname-for-a-subscription.md`). 200 with the subscription, or 202 + Location when
 * an injected fault says the change takes longer.
 */
export function updateSubscription(req: PcRequest, sb: SandboxContext) {
  const customer = requireCustomer(sb, param(req, 'customerId'));
  const current = requireSubscription(sb, customer, param(req, 'subscriptionId'));
  const body = requireBody(req);
  requireEtag(req, subscriptionEtag(current), 'subscription');
  const next = requested(body, current);
  const parent = current.parentSubscriptionId
    ? sb.store.commerce.getSubscription(customer.id, current.parentSubscriptionId)
    : undefined;
  checkRules(current, next, req.now, parent);
  const changed = (Object.keys(next) as Array<keyof Change>).filter((k) => next[k] !== current[k]);
  let result = current;
  if (changed.length > 0) {
    const { suspensionReasons: _dropped, ...rest } = current;
    result = {
      ...rest,
      ...next,
      ...(next.status === 'suspended' ? { suspensionReasons: ['PartnerInitiated'] } : {}),
      version: current.version + 1,
    };
    const updated = result;
    sb.store.transaction(() => {
      sb.store.commerce.updateSubscription(updated);
      sb.audit.write('subscription.update', {
        customer,
        resourceType: 'subscription',
        operationType: 'update_subscription',
        oldValue: subscriptionResource(current, req.now),
        newValue: subscriptionResource(updated, req.now),
        customizedData: Object.fromEntries([
          ['SubscriptionId', current.id],
          ...changed.map((k) => [k.charAt(0).toUpperCase() + k.slice(1), String(next[k])]),
        ]),
        at: req.now,
      });
    });
  }
  if (req.acceptAsync) {
    return {
      status: 202,
      headers: { Location: `/v1/customers/${customer.id}/subscriptions/${current.id}` },
    };
  }
  return json(subscriptionResource(result, req.now));
}
