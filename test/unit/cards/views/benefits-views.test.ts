import { describe, expect, it } from 'vitest';
import { MAX_CARD_BYTES } from '../../../../src/cards/render.js';
import { executeAction, openUrlAction, VERBS } from '../../../../src/cards/views/actions.js';
import {
  benefitListCard,
  benefitsNotConfiguredCard,
  daysToExpiry,
  expiryText,
} from '../../../../src/cards/views/benefits.js';
import type { Benefit } from '../../../../src/partner-center/index.js';
import { tableRowsOf, textsOf } from '../../../helpers/agent.js';
import { validateCard } from '../../../helpers/validate-card.js';

const NOW = new Date('2026-03-15T12:00:00Z');

const benefit = (over: Partial<Benefit> = {}): Benefit => ({
  id: 'b-1',
  name: 'Visual Studio Professional',
  benefitType: 'VisualStudio',
  status: 'active',
  expiryDate: '2026-10-06T00:00:00.000Z',
  ...over,
});

function valid(card: object) {
  const result = validateCard(card);
  expect(result.errors).toEqual([]);
  expect(result.bytes).toBeLessThan(MAX_CARD_BYTES);
  expect(JSON.stringify(card)).not.toContain('${');
  return result;
}

describe('benefit cards', () => {
  it('when benefits are listed, then rows show name, type, status, expiry and days to expiry from now', () => {
    const all = [
      benefit(),
      benefit({
        id: 'b-2',
        name: 'Azure credits',
        benefitType: 'Azure',
        status: 'available',
        expiryDate: undefined,
      }),
      benefit({
        id: 'b-3',
        name: 'Exam vouchers',
        benefitType: 'Training',
        status: 'expired',
        expiryDate: '2026-03-14T00:00:00Z',
      }),
      benefit({
        id: 'b-4',
        name: 'Odd one',
        benefitType: 'QuantumCredits' as Benefit['benefitType'],
        status: 'onHold' as Benefit['status'],
        expiryDate: '2026-03-15T23:00:00Z',
      }),
    ];
    const card = benefitListCard({ benefits: all, matching: all, from: 1, now: NOW });
    const result = valid(card);
    expect(tableRowsOf(card)).toEqual([
      ['Benefit', 'Type', 'Status', 'Expires', 'Days to expiry'],
      ['Visual Studio Professional', 'Visual Studio', 'Active', '2026-10-06', '205 days'],
      ['Azure credits', 'Azure', 'Available', '—', '—'],
      ['Exam vouchers', 'Training', 'Expired', '2026-03-14', 'expired 1 day ago'],
      // Unknown types and statuses are humanized, never a crash.
      ['Odd one', 'Quantum credits', 'On hold', '2026-03-15', 'today'],
    ]);
    expect(textsOf(card)[1]).toBe('4 benefits: 1 active, 1 available, 1 expired, 1 on hold');
    expect(result.actions.map((a) => a.title)).toEqual([
      'Active benefits',
      'Available to activate',
    ]);
  });

  it('when filtered by status and type, then the title says the filters and "All benefits" clears them', () => {
    const shown = [benefit({ benefitType: 'Azure', name: 'Azure sponsorship' })];
    const card = benefitListCard({
      benefits: shown,
      matching: shown,
      from: 1,
      now: NOW,
      status: 'active',
      benefitType: 'Azure',
    });
    const result = valid(card);
    expect(textsOf(card).slice(0, 2)).toEqual([
      'Partner benefits: active Azure',
      '1 active Azure benefit',
    ]);
    expect(result.actions.map((a) => a.title)).toEqual(['All benefits']);
  });

  it('when a filter matches nothing, then the card says there are none of that kind', () => {
    const card = benefitListCard({
      benefits: [],
      matching: [],
      from: 1,
      now: NOW,
      status: 'inactive',
    });
    valid(card);
    expect(textsOf(card)).toContain('You have no inactive benefits.');
  });

  it('when 20 long-named benefits of a larger list are drawn, then it pages and stays under 28 KB', () => {
    const all = Array.from({ length: 45 }, (_, i) =>
      benefit({ id: String(i), name: 'B'.repeat(250) }),
    );
    const card = benefitListCard({
      benefits: all.slice(20, 40),
      matching: all,
      from: 21,
      now: NOW,
      moreAction: executeAction('Show more', VERBS.more, {}),
      downloadAction: openUrlAction('Download CSV', 'https://agent.example/downloads/x'),
    });
    const result = valid(card);
    expect(textsOf(card)[1]).toBe('45 benefits: 45 active · showing 21–40');
    expect(result.actions.map((a) => a.title).slice(0, 2)).toEqual(['Show more', 'Download CSV']);
  });

  it('when no benefits endpoint is configured, then a plain notice says so (not an error card)', () => {
    const card = benefitsNotConfiguredCard();
    valid(card);
    expect(textsOf(card)[0]).toBe('Benefits are not available here');
    expect(textsOf(card)[1]).toContain('no benefits API');
  });

  it('when days to expiry are computed, then whole UTC calendar days count, whatever the hour', () => {
    expect(daysToExpiry('2026-03-16T00:00:00Z', NOW)).toBe(1);
    expect(daysToExpiry('2026-03-15T00:00:00Z', NOW)).toBe(0);
    expect(daysToExpiry(null, NOW)).toBeUndefined();
    expect(daysToExpiry('not a date', NOW)).toBeUndefined();
    expect(expiryText(1)).toBe('1 day');
    expect(expiryText(-55)).toBe('expired 55 days ago');
  });
});
