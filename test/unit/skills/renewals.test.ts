import { describe, expect, it } from 'vitest';
import { renewalWindow } from '../../../src/skills/renewals.js';
import { renewalListCard } from '../../../src/cards/views/renewals.js';
import { MAX_CARD_BYTES } from '../../../src/cards/render.js';
import { tableRowsOf } from '../../helpers/agent.js';
import { validateCard } from '../../helpers/validate-card.js';

describe('the renewal window', () => {
  const today = '2026-12-01';
  it.each([
    [undefined, { start: '2026-12-01', end: '2026-12-30' }],
    // "this month" is the 1st..today in the catalogue; renewals look ahead to the month end.
    [
      { start: '2026-12-01', end: '2026-12-01' },
      { start: '2026-12-01', end: '2026-12-31' },
    ],
    // A named month without a year is the most recent one; for renewals, the next one.
    [
      { start: '2026-01-01', end: '2026-01-31' },
      { start: '2027-01-01', end: '2027-01-31', shifted: '2027-01' },
    ],
    [
      { start: '2026-12-07', end: '2026-12-13' },
      { start: '2026-12-07', end: '2026-12-13' },
    ],
  ])('when the period is %j, then the window is %j', (period, window) => {
    expect(renewalWindow(period, today)).toEqual(window);
  });

  it('when February is shifted, then it ends on the last day of the next February', () => {
    expect(renewalWindow({ start: '2026-02-01', end: '2026-02-28' }, '2026-12-01')).toMatchObject({
      start: '2027-02-01',
      end: '2027-02-28',
    });
  });
});

describe('the renewals card', () => {
  it('when twenty long-named renewals are drawn, then it is valid, under 28 KB, and says what happens at the term end', () => {
    const renewals = Array.from({ length: 20 }, (_, i) => ({
      customerId: `c-${i}`,
      customerName: 'C'.repeat(200),
      offerName: 'O'.repeat(200),
      friendlyName: i === 0 ? 'Frontline' : undefined,
      quantity: i,
      status: i === 1 ? 'suspended' : 'active',
      autoRenewEnabled: i !== 2,
      commitmentEnd: '2026-12-05',
    }));
    const card = renewalListCard({
      start: '2026-12-01',
      end: '2026-12-31',
      renewals,
      total: 45,
      from: 1,
    });
    const result = validateCard(card);
    expect(result.errors).toEqual([]);
    expect(result.bytes).toBeLessThan(MAX_CARD_BYTES);
    const rows = tableRowsOf(card);
    expect(rows[1]?.[2]).toBe(`Frontline (${'O'.repeat(200)})`);
    expect(rows.slice(1, 4).map((r) => r[4])).toEqual(['Renews', 'Renews (suspended)', 'Ends']);
  });
});
