import { facts } from '../../cards/views/facts.js';
import { humanize } from '../../cards/views/format.js';
import { subscriptionName } from '../../cards/views/subscriptions.js';
import type { Proposal, WriteDefinition } from '../writes/write-definition.js';
import { subscriptionNotice } from './notice.js';
import { patchSubscription, type SubscriptionPayload } from './patch-subscription.js';
import { withSubscription } from './with-subscription.js';

interface RenamePayload extends SubscriptionPayload {
  nickname: string;
}

const EXAMPLE = 'rename Office 365 E1 for Contoso Ltd to Frontline';
/** Partner Center refuses a FriendlyName that is empty or longer than this. */
export const MAX_NICKNAME = 128;

/** "(none)" for a subscription without a nickname, so the card never shows an empty cell. */
const shown = (nickname: string | undefined) => (nickname ? nickname : '(none)');

/**
 * subscriptions.rename: the new FriendlyName, PATCHed on the full subscription
 * (`develop/update-the-nickname-for-a-subscription.md`). Only the nickname changes: seats,
 * status and billing stay as they are.
 */
export const renameSubscription: WriteDefinition<RenamePayload> = {
  intent: 'subscriptions.rename',
  example: EXAMPLE,
  propose: (request) =>
    withSubscription<Proposal<RenamePayload>>(
      request,
      EXAMPLE,
      async ({ customer, subscription }) => {
        const name = subscriptionName(subscription);
        const nickname = cleanNickname(request.entities.nickname);
        const current = subscription.friendlyName ?? '';
        if (!nickname)
          return subscriptionNotice(
            request,
            `What should ${name} be called?`,
            `Give the new nickname, for example "rename ${subscription.offerName ?? name} for ${customer.name} to Frontline". It can be 1 to ${MAX_NICKNAME} characters.`,
          );
        if (nickname.length > MAX_NICKNAME)
          return subscriptionNotice(
            request,
            'That nickname is too long',
            `A subscription nickname can be at most ${MAX_NICKNAME} characters; "${nickname.slice(0, 40)}…" has ${nickname.length}. Choose a shorter name and ask again.`,
          );
        if (nickname === current)
          return subscriptionNotice(
            request,
            `${subscription.offerName ?? name} is already called "${current}"`,
            'Nothing to change.',
          );
        if (subscription.status === 'suspended')
          return subscriptionNotice(
            request,
            `${name} is suspended`,
            `Partner Center changes nothing else on a suspended subscription (error 800091). Reactivate it first ("reactivate ${name} for ${customer.name}"), then rename it.`,
          );
        if (subscription.status !== 'active')
          return subscriptionNotice(
            request,
            `${name} is ${humanize(subscription.status).toLowerCase()}`,
            'Only an active subscription can be renamed.',
          );
        return {
          title: `Rename ${name}`,
          customer: { id: customer.id, name: customer.name },
          target: subscription.id,
          targetName: name,
          changes: [{ field: 'Nickname', before: shown(current), after: nickname }],
          facts: facts([
            ['Subscription id', subscription.id],
            ['Offer', subscription.offerName],
            ['Status', humanize(subscription.status)],
          ]),
          notes: ['Only the nickname changes; seats, status and billing stay as they are.'],
          payload: { customerId: customer.id, subscription, nickname },
          ...(subscription.attributes?.etag ? { etag: subscription.attributes.etag } : {}),
        };
      },
    ),
  execute: (input) =>
    patchSubscription(input, { friendlyName: input.payload.nickname }, (before, updated) => ({
      title: `Renamed: ${subscriptionName(updated)}`,
      change: {
        field: 'Nickname',
        before: shown(before.friendlyName),
        after: updated.friendlyName ?? input.payload.nickname,
      },
      fact: ['Status', humanize(updated.status)],
      after: { friendlyName: updated.friendlyName },
    })),
};

/** The nickname as typed, without surrounding quotes or spaces ("“Frontline”" → "Frontline"). */
export function cleanNickname(text: string | undefined): string {
  return (text ?? '')
    .trim()
    .replace(/^["'“”‘’]+|["'“”‘’]+$/g, '')
    .trim();
}
