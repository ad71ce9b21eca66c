import { describe, expect, it } from 'vitest';
import { MAX_CARD_BYTES } from '../../../../src/cards/render.js';
import { executeAction, VERBS } from '../../../../src/cards/views/actions.js';
import {
  licenseCount,
  licenseListCard,
  sortLicenses,
  type LicenseCount,
} from '../../../../src/cards/views/licenses.js';
import type { SubscribedSku } from '../../../../src/partner-center/index.js';
import { actionsOf, tableRowsOf, textsOf } from '../../../helpers/agent.js';
import { validateCard } from '../../../helpers/validate-card.js';

function expectValid(card: object) {
  const result = validateCard(card);
  expect(result.errors).toEqual([]);
  expect(result.bytes).toBeLessThan(MAX_CARD_BYTES);
  expect(JSON.stringify(card)).not.toContain('${');
  return result;
}

const sku = (name: string, over: Partial<SubscribedSku> = {}): SubscribedSku => ({
  activeUnits: 25,
  consumedUnits: 9,
  availableUnits: 16,
  suspendedUnits: 0,
  totalUnits: 25,
  warningUnits: 0,
  productSku: { id: `id-${name}`, name, skuPartNumber: name.toUpperCase() },
  ...over,
});
const contoso = { id: 'c-1', name: 'Contoso Ltd' };
const count = (name: string, total: number, consumed: number): LicenseCount =>
  licenseCount(sku(name, { activeUnits: total, totalUnits: total, consumedUnits: consumed }));

describe('license cards', () => {
  it('when Partner Center gives a SKU, then total is the enabled seats and unassigned is total minus assigned', () => {
    expect(licenseCount(sku('Microsoft 365 E3'))).toEqual({
      name: 'Microsoft 365 E3',
      total: 25,
      consumed: 9,
      unassigned: 16,
      suspended: 0,
      warning: 0,
    });
    // Only suspended seats, some still assigned: nothing is free.
    expect(
      licenseCount(
        sku('Teams', { activeUnits: 0, totalUnits: 5, suspendedUnits: 5, consumedUnits: 2 }),
      ),
    ).toMatchObject({ total: 0, unassigned: 0, suspended: 5 });
    // An older payload without activeUnits: enabled = total − suspended − warning.
    expect(
      licenseCount(
        sku('Old', {
          activeUnits: undefined,
          totalUnits: 10,
          suspendedUnits: 2,
          warningUnits: 1,
          consumedUnits: 3,
        }),
      ),
    ).toMatchObject({ total: 7, unassigned: 4 });
  });

  it('when licenses are listed, then rows show total, assigned and unassigned and a note names the SKUs with most unassigned seats', () => {
    const all = sortLicenses([
      count('Office 365 E1', 10, 9),
      count('Microsoft 365 E3', 25, 9),
      count('Power BI Pro', 10, 10),
    ]);
    const card = licenseListCard({ customer: contoso, licenses: all, all, from: 1 });
    expectValid(card);
    expect(tableRowsOf(card)).toEqual([
      ['License', 'Total', 'Assigned', 'Unassigned'],
      ['Microsoft 365 E3', '25', '9', '16'],
      ['Office 365 E1', '10', '9', '1'],
      ['Power BI Pro', '10', '10', '0'],
    ]);
    const texts = textsOf(card);
    expect(texts[1]).toBe('3 license SKUs · 28 of 45 seats assigned, 17 unassigned');
    expect(texts[2]).toBe('Most unassigned: Microsoft 365 E3 (16), Office 365 E1 (1).');
    expect(actionsOf(card).map((a) => a.title)).toEqual(['Users', 'Subscriptions']);
  });

  it('when some seats are suspended or in warning, then those columns appear', () => {
    const all = [
      licenseCount(
        sku('Teams Essentials', {
          activeUnits: 0,
          totalUnits: 5,
          suspendedUnits: 5,
          consumedUnits: 0,
        }),
      ),
      licenseCount(sku('Visio', { warningUnits: 2 })),
    ];
    const card = licenseListCard({ customer: contoso, licenses: all, all, from: 1 });
    expectValid(card);
    expect(tableRowsOf(card)).toEqual([
      ['License', 'Total', 'Assigned', 'Unassigned', 'Suspended', 'Warning'],
      ['Teams Essentials', '0', '0', '0', '5', '0'],
      ['Visio', '25', '9', '16', '0', '2'],
    ]);
  });

  it('when the user asked about a product the customer has, then the note answers for it first', () => {
    const e3 = count('Microsoft 365 E3', 1250, 1125);
    const all = [count('Microsoft 365 E5', 80, 72), e3];
    const card = licenseListCard({
      customer: contoso,
      licenses: [e3, all[0]!],
      all,
      from: 1,
      asked: { text: 'E3', matches: [e3] },
    });
    expectValid(card);
    expect(textsOf(card)[2]).toBe(
      'Microsoft 365 E3: 125 of 1,250 seats unassigned. Most unassigned: Microsoft 365 E3 (125), Microsoft 365 E5 (8).',
    );
    expect(tableRowsOf(card)[1]?.[0]).toBe('Microsoft 365 E3');
  });

  it('when the user asked about a product the customer does not have, then the note says so', () => {
    const all = [count('Visio Plan 2', 4, 4)];
    const card = licenseListCard({
      customer: { id: 'f', name: 'Fabrikam Inc' },
      licenses: all,
      all,
      from: 1,
      asked: { text: 'E3', matches: [] },
    });
    expectValid(card);
    expect(textsOf(card)[2]).toBe('Fabrikam Inc has no E3 licenses.');
  });

  it('when a customer has no licenses, then the card says why', () => {
    const card = licenseListCard({ customer: contoso, licenses: [], all: [], from: 1 });
    expectValid(card);
    expect(textsOf(card)).toEqual(
      expect.arrayContaining([
        'No licenses',
        'Contoso Ltd has no licenses: none of its subscriptions is license-based.',
      ]),
    );
  });

  it('when a page of 20 SKUs with the longest names is drawn, then it stays under 28 KB and offers more', () => {
    const all = Array.from({ length: 45 }, (_, i) =>
      count(`${'L'.repeat(250)}${i}`, 100_000, 99_999),
    );
    const card = licenseListCard({
      customer: contoso,
      licenses: all.slice(0, 20),
      all,
      from: 1,
      moreAction: executeAction('Show more', VERBS.more, {}),
    });
    expectValid(card);
    expect(tableRowsOf(card)).toHaveLength(21);
    expect(textsOf(card)[1]).toContain('· showing 1–20');
    expect(actionsOf(card)[0]?.title).toBe('Show more');
  });
});
