import { formatDate } from '../../cards/views/format.js';
import { subscriptionName } from '../../cards/views/subscriptions.js';
import type { Subscription } from '../../partner-center/index.js';

/** New-commerce offer ids are product:sku (`CFQ7TTC0LDPB:0001`); legacy ones are GUIDs. */
export function isNewCommerce(subscription: Subscription): boolean {
  return subscription.offerId?.includes(':') ?? false;
}

/**
 * What suspending means, as Partner Center documents it: users lose the service, admins keep
 * their data (`partner-center/suspend-a-subscription`); a new-commerce subscription is still
 * billed while suspended and expires if still suspended at the end of its term
 * (`partner-center/customers/subscription-lifecycle`). For legacy offers the docs give the 90-day
 * data rule but no billing rule, so the card says so instead of guessing.
 */
export function suspensionNotes(subscription: Subscription, customerName: string): string[] {
  const termEnd = formatDate(subscription.commitmentEndDate);
  const access = `While it is suspended, ${customerName}'s users cannot sign in to or use it; administrators can still reach its data and settings.`;
  const billing = isNewCommerce(subscription)
    ? `Microsoft keeps billing you for it while it is suspended (new commerce).${termEnd ? ` It can be reactivated until its term ends on ${termEnd}; if it is still suspended then, it expires.` : ''}`
    : 'Its data is deleted unless it is reactivated within 90 days (at most 120). Partner Center documents no billing rule for suspended legacy subscriptions: expect it to be billed until it is cancelled.';
  return [access, billing];
}

/** Add-ons depend on their parent: say which ones, before the parent is suspended. */
export function addOnNotes(addOns: Subscription[]): string[] {
  if (addOns.length === 0) return [];
  const names = addOns.map(subscriptionName).join(', ');
  return [
    `Add-ons depend on it: ${names}. They cannot be used without an active parent, and Partner Center reactivates an add-on only while its parent is active.`,
  ];
}
