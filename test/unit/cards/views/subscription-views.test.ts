import { describe, expect, it } from 'vitest';
import { MAX_CARD_BYTES } from '../../../../src/cards/render.js';
import { executeAction, VERBS } from '../../../../src/cards/views/actions.js';
import {
  subscriptionListCard,
  subscriptionName,
} from '../../../../src/cards/views/subscriptions.js';
import type { Subscription } from '../../../../src/partner-center/index.js';
import { tableRowsOf, textsOf } from '../../../helpers/agent.js';
import { validateCard } from '../../../helpers/validate-card.js';

const sub = (over: Partial<Subscription> = {}): Subscription => ({
  id: 'a1b2c3d4-0000-0000-0000-000000000001',
  offerName: 'Microsoft 365 E3',
  friendlyName: 'Microsoft 365 E3',
  quantity: 25,
  status: 'active',
  billingCycle: 'annual',
  commitmentEndDate: '2027-05-15T00:00:00Z',
  ...over,
});

const contoso = { id: 'c-1', name: 'Contoso Ltd' };

describe('subscription cards', () => {
  it('when a subscription is drawn, then quantity, status, billing and term end read as a partner expects', () => {
    const card = subscriptionListCard({
      customer: contoso,
      subscriptions: [
        sub(),
        sub({
          offerName: 'Azure plan',
          friendlyName: 'Azure plan',
          quantity: 1,
          billingCycle: 'monthly',
          commitmentEndDate: '9999-12-10T00:00:00Z',
        }),
      ],
      total: 2,
      active: 2,
      from: 1,
    });
    const result = validateCard(card);
    expect(result.errors).toEqual([]);
    expect(tableRowsOf(card)).toEqual([
      ['Subscription', 'Qty', 'Status', 'Billing', 'Term ends'],
      ['Microsoft 365 E3', '25', 'Active', 'Annual', '2027-05-15'],
      // Year 9999 is Partner Center's "no term end" (the Azure plan): shown as a dash.
      ['Azure plan', '1', 'Active', 'Monthly', '—'],
    ]);
    expect(textsOf(card)).toContain('2 subscriptions, 2 active');
  });

  it('when a subscription has a nickname, then the nickname comes first and the offer after it', () => {
    expect(subscriptionName(sub({ friendlyName: 'Frontline' }))).toBe(
      'Frontline (Microsoft 365 E3)',
    );
    expect(subscriptionName(sub({ friendlyName: undefined }))).toBe('Microsoft 365 E3');
  });

  it('when a page of 10 long-named subscriptions of a larger list is drawn, then it says which part it shows, offers more, and stays under 28 KB', () => {
    const card = subscriptionListCard({
      customer: contoso,
      subscriptions: Array.from({ length: 10 }, (_, i) =>
        sub({ id: String(i), friendlyName: 'N'.repeat(250), offerName: 'O'.repeat(250) }),
      ),
      total: 42,
      active: 40,
      from: 11,
      moreAction: executeAction('Show more', VERBS.more, {}),
    });
    const result = validateCard(card);
    expect(result.errors).toEqual([]);
    expect(result.bytes).toBeLessThan(MAX_CARD_BYTES);
    expect(textsOf(card)).toContain('42 subscriptions, 40 active · showing 11–20');
    expect(result.actions.map((a) => a.title)).toEqual(['Show more', 'Customer details']);
  });

  it('when filtered by a status with no match, then the card says the customer has none of that status', () => {
    const card = subscriptionListCard({
      customer: contoso,
      subscriptions: [],
      total: 0,
      active: 0,
      from: 1,
      status: 'suspended',
    });
    expect(textsOf(card)).toEqual(
      expect.arrayContaining([
        'No suspended subscriptions',
        'Contoso Ltd has no suspended subscriptions.',
      ]),
    );
  });
});
