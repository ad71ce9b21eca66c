import { describe, expect, it } from 'vitest';
import { MAX_CARD_BYTES } from '../../../../src/cards/render.js';
import { executeAction, openUrlAction, VERBS } from '../../../../src/cards/views/actions.js';
import {
  chooseReferralCard,
  companySize,
  dealValue,
  referralDetailsCard,
  referralListCard,
  referralNotFoundCard,
} from '../../../../src/cards/views/referrals.js';
import type { Referral } from '../../../../src/partner-center/index.js';
import { actionsOf, tableRowsOf, textsOf } from '../../../helpers/agent.js';
import { validateCard } from '../../../helpers/validate-card.js';

const referral = (over: Partial<Referral> = {}): Referral => ({
  id: 'd82c8425-1111-4222-8333-944455556666',
  name: 'Fabrikam Inc - Microsoft365',
  status: 'New',
  substatus: 'Pending',
  type: 'Independent',
  direction: 'Incoming',
  qualification: 'Direct',
  createdDateTime: '2026-03-13T05:00:00.000Z',
  updatedDateTime: '2026-03-13T05:00:00.000Z',
  expirationDateTime: '2026-04-12T05:00:00.000Z',
  customerProfile: {
    name: 'Fabrikam Inc',
    size: '1to100employees',
    address: { city: 'Atlanta', state: 'GA', country: 'US' },
  },
  details: {
    dealValue: 45000,
    currency: 'USD',
    closingDateTime: '2026-05-12T05:00:00.000Z',
    notes: 'We are interested in Microsoft 365.',
    requirements: { products: [{ id: 'Microsoft365' }], industries: [{ id: 'Retail' }] },
  },
  ...over,
});

function valid(card: object) {
  const result = validateCard(card);
  expect(result.errors).toEqual([]);
  expect(result.bytes).toBeLessThan(MAX_CARD_BYTES);
  expect(JSON.stringify(card)).not.toContain('${');
  return result;
}

describe('referral cards', () => {
  it('when referrals are listed, then rows show name, status, substatus, deal value, created date and short id', () => {
    const card = referralListCard({
      referrals: [
        referral(),
        referral({
          id: 'abcdef01-0000',
          status: 'Escalated' as Referral['status'],
          substatus: 'needsReview',
          details: { dealValue: 60000, currency: 'GBP' },
        }),
        referral({ id: 'x', name: undefined, details: undefined }),
      ],
      from: 1,
      hasMore: false,
    });
    const result = valid(card);
    expect(tableRowsOf(card)).toEqual([
      ['Referral', 'Status', 'Substatus', 'Deal value', 'Created', 'Id'],
      ['Fabrikam Inc - Microsoft365', 'New', 'Pending', '$45,000', '2026-03-13', 'd82c8425'],
      // Unknown statuses are humanized, never a crash.
      [
        'Fabrikam Inc - Microsoft365',
        'Escalated',
        'Needs review',
        '£60,000',
        '2026-03-13',
        'abcdef01',
      ],
      ['Fabrikam Inc', 'New', 'Pending', '—', '2026-03-13', 'x'],
    ]);
    expect(textsOf(card)[1]).toBe('3 referrals · newest first');
    expect(result.actions.map((a) => a.title)).toEqual([
      'New referrals',
      'Active referrals',
      'Closed referrals',
    ]);
  });

  it('when a status filter is applied and more pages exist, then the card says so and offers paging, download and all referrals', () => {
    const card = referralListCard({
      referrals: Array.from({ length: 20 }, (_, i) =>
        referral({ id: `id-${i}`, name: 'R'.repeat(250) }),
      ),
      from: 21,
      hasMore: true,
      status: 'new',
      moreAction: executeAction('Show more', VERBS.more, {}),
      downloadAction: openUrlAction('Download CSV', 'https://agent.example/downloads/x'),
    });
    const result = valid(card);
    expect(textsOf(card).slice(0, 2)).toEqual([
      'Co-sell referrals: new',
      '21–40, more available · newest first',
    ]);
    expect(result.actions.map((a) => a.title)).toEqual([
      'Show more',
      'Download CSV',
      'All referrals',
    ]);
  });

  it('when there are no referrals of a status, then the card says so', () => {
    const card = referralListCard({ referrals: [], from: 1, hasMore: false, status: 'closed' });
    valid(card);
    expect(textsOf(card)).toContain('You have no closed referrals.');
  });

  it('when a referral is shown, then its facts are exact and only navigation buttons are offered (no writes)', () => {
    const card = referralDetailsCard(referral());
    const result = valid(card);
    expect(textsOf(card)).toEqual([
      'Fabrikam Inc - Microsoft365',
      'Co-sell referral · New',
      'Customer: Fabrikam Inc',
      'Location: Atlanta, GA, US',
      'Company size: 1–100 employees',
      'Status: New',
      'Substatus: Pending',
      'Type: Independent',
      'Direction: Incoming',
      'Qualification: Direct',
      'Deal value: $45,000',
      'Closing: 2026-05-12',
      'Products: Microsoft365',
      'Industries: Retail',
      'Created: 2026-03-13',
      'Updated: 2026-03-13',
      'Expires: 2026-04-12',
      'Notes: We are interested in Microsoft 365.',
      'Referral id: d82c8425-1111-4222-8333-944455556666',
    ]);
    expect(result.actions.map((a) => a.title)).toEqual(['All referrals', 'New referrals']);
    expect(
      actionsOf(card).every((a) => (a.data as { intent?: string }).intent === 'referrals.list'),
    ).toBe(true);
  });

  it('when several referrals share an id prefix, then one button per referral carries its full id', () => {
    const card = chooseReferralCard('d8', [
      referral(),
      referral({ id: 'd8ffffff-0000', name: 'Other' }),
    ]);
    valid(card);
    expect(actionsOf(card).map((a) => a.title)).toEqual([
      'Fabrikam Inc - Microsoft365 (d82c8425…)',
      'Other (d8ffffff…)',
    ]);
    expect(actionsOf(card)[1]?.data).toMatchObject({
      intent: 'referrals.show',
      entities: { referralId: 'd8ffffff-0000' },
    });
  });

  it('when a referral is unknown, then a warning notice names it', () => {
    const card = referralNotFoundCard('1a2b3c', true);
    valid(card);
    expect(textsOf(card)[0]).toBe('No referral 1a2b3c');
  });

  it('when values are odd, then the helpers still say something sensible', () => {
    expect(dealValue(referral({ details: { dealValue: 5, currency: 'XX1' } }))).toBe('5 XX1');
    expect(dealValue(referral({ details: { dealValue: 1234 } }))).toBe('1,234');
    expect(companySize('501to1000employees')).toBe('501–1000 employees');
    expect(companySize('large')).toBe('Large');
  });
});
