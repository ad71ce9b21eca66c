import { describe, expect, it } from 'vitest';
import { MAX_CARD_BYTES } from '../../../../src/cards/render.js';
import {
  chooseSubscriptionCard,
  formatTerm,
  noSubscriptionCard,
  subscriptionDetailsCard,
} from '../../../../src/cards/views/subscription-details.js';
import type { Subscription } from '../../../../src/partner-center/index.js';
import { actionsOf, textsOf } from '../../../helpers/agent.js';
import { validateCard } from '../../../helpers/validate-card.js';

function expectValid(card: object) {
  const result = validateCard(card);
  expect(result.errors).toEqual([]);
  expect(result.bytes).toBeLessThan(MAX_CARD_BYTES);
  expect(JSON.stringify(card)).not.toContain('${');
  return result;
}

const contoso = { id: 'c-1', name: 'Contoso Ltd' };
const e3: Subscription = {
  id: 'sub-1',
  offerId: 'CFQ7TTC0LFLZ:0002',
  offerName: 'Microsoft 365 E3',
  friendlyName: 'Head office',
  quantity: 25,
  unitType: 'Licenses',
  creationDate: '2025-08-27T10:00:00Z',
  effectiveStartDate: '2025-08-27T00:00:00Z',
  commitmentEndDate: '2026-08-27T00:00:00Z',
  status: 'active',
  autoRenewEnabled: true,
  billingType: 'license',
  billingCycle: 'annual',
  termDuration: 'P1Y',
  orderId: 'order-1',
};
const azure: Subscription = {
  id: 'sub-2',
  offerId: 'DZH318Z0BPS6:0001',
  offerName: 'Azure plan',
  friendlyName: 'Azure plan',
  quantity: 1,
  unitType: 'Usage-based',
  commitmentEndDate: '9999-12-10T00:00:00Z',
  status: 'active',
  autoRenewEnabled: false,
  billingType: 'usage',
  billingCycle: 'monthly',
  termDuration: 'P1M',
};

describe('subscription details cards', () => {
  it('when terms are ISO durations, then they read as words', () => {
    expect(formatTerm('P1M')).toBe('1 month');
    expect(formatTerm('P1Y')).toBe('1 year');
    expect(formatTerm('P3Y')).toBe('3 years');
    expect(formatTerm('odd')).toBe('odd');
    expect(formatTerm(undefined)).toBe('');
  });

  it('when a subscription is shown, then every field a partner checks is a fact, in order', () => {
    const card = subscriptionDetailsCard({ customer: contoso, subscription: e3 });
    expectValid(card);
    expect(textsOf(card)).toEqual([
      'Head office (Microsoft 365 E3)',
      'Contoso Ltd · Active',
      'Offer: Microsoft 365 E3',
      'Nickname: Head office',
      'Quantity: 25 Licenses',
      'Status: Active',
      'Billing cycle: Annual',
      'Billing type: License',
      'Term: 1 year',
      'Commitment end: 2026-08-27',
      'Auto-renew: Yes',
      'Created: 2025-08-27',
      'Effective start: 2025-08-27',
      'Offer id: CFQ7TTC0LFLZ:0002',
      'Subscription id: sub-1',
      'Order id: order-1',
    ]);
    expect(actionsOf(card).map((a) => [a.title, a.data])).toEqual([
      ['All subscriptions', { intent: 'subscriptions.list', entities: { customer: 'c-1' } }],
      ['Licenses', { intent: 'licenses.list', entities: { customer: 'c-1' } }],
      [
        'Order details',
        { intent: 'orders.show', entities: { customer: 'c-1', orderId: 'order-1' } },
      ],
    ]);
  });

  it('when the subscription is an Azure plan, then commitment end reads "None" and a Usage button is offered', () => {
    const card = subscriptionDetailsCard({ customer: contoso, subscription: azure });
    expectValid(card);
    expect(textsOf(card)).toContain('Commitment end: None');
    expect(textsOf(card)).not.toContain('Nickname: Azure plan');
    expect(actionsOf(card).map((a) => [a.title, a.data])).toEqual([
      ['All subscriptions', { intent: 'subscriptions.list', entities: { customer: 'c-1' } }],
      [
        'Usage',
        { intent: 'usage.subscription', entities: { customer: 'c-1', subscription: 'sub-2' } },
      ],
    ]);
  });

  it('when a subscription has an unknown status and suspension reasons, then both are humanized', () => {
    const card = subscriptionDetailsCard({
      customer: contoso,
      subscription: { ...e3, status: 'pendingTransfer', suspensionReasons: ['PartnerInitiated'] },
    });
    expectValid(card);
    expect(textsOf(card)).toContain('Status: Pending transfer (Partner initiated)');
  });

  it('when a subscription has the longest values, then the card stays under 28 KB', () => {
    const long = 'Z'.repeat(256);
    const card = subscriptionDetailsCard({
      customer: { id: 'c', name: long },
      subscription: { ...e3, offerName: long, friendlyName: long, offerId: long, orderId: long },
    });
    expectValid(card);
  });

  it('when several subscriptions match, then each is one button with name, quantity and status', () => {
    const card = chooseSubscriptionCard(
      contoso,
      'E3',
      [
        e3,
        {
          ...e3,
          id: 'sub-3',
          offerName: 'Office 365 E3',
          friendlyName: undefined,
          quantity: 5,
          status: 'suspended',
        },
      ],
      0,
    );
    expectValid(card);
    expect(textsOf(card).slice(0, 2)).toEqual([
      'Which subscription do you mean by "E3"?',
      '2 subscriptions of Contoso Ltd match "E3".',
    ]);
    expect(actionsOf(card).map((a) => [a.title, a.data])).toEqual([
      [
        'Head office (Microsoft 365 E3) · 25 · Active',
        { intent: 'subscriptions.show', entities: { customer: 'c-1', subscription: 'sub-1' } },
      ],
      [
        'Office 365 E3 · 5 · Suspended',
        { intent: 'subscriptions.show', entities: { customer: 'c-1', subscription: 'sub-3' } },
      ],
      ['All subscriptions', { intent: 'subscriptions.list', entities: { customer: 'c-1' } }],
    ]);
  });

  it('when nothing matches, then the card says so and links to all subscriptions', () => {
    const card = noSubscriptionCard(contoso, 'Visio');
    expectValid(card);
    expect(textsOf(card)[0]).toBe('No subscription "Visio" at Contoso Ltd');
    expect(textsOf(noSubscriptionCard(contoso))[0]).toBe('Contoso Ltd has no subscriptions');
  });
});
