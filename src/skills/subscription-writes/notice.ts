import { intentAction, type CardAction } from '../../cards/views/actions.js';
import { noticeCard } from '../../cards/views/notice.js';
import type { SkillReply, SkillRequest } from '../skill.js';

/**
 * A card that answers a subscription write by itself (a rule forbids it, nothing to change):
 * no Confirm, only the next steps and the customer's subscriptions.
 */
export function subscriptionNotice(
  request: SkillRequest,
  title: string,
  message: string,
  actions: CardAction[] = [],
): SkillReply {
  const customer = request.context.customer;
  return {
    cards: [
      noticeCard({
        title,
        message,
        tone: 'warning',
        actions: [
          ...actions,
          ...(customer
            ? [intentAction('Subscriptions', 'subscriptions.list', { customer: customer.id })]
            : []),
        ],
      }),
    ],
  };
}
