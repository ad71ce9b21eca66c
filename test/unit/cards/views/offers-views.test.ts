import { describe, expect, it } from 'vitest';
import { MAX_CARD_BYTES } from '../../../../src/cards/render.js';
import { executeAction, openUrlAction, VERBS } from '../../../../src/cards/views/actions.js';
import {
  countryName,
  offerCategoriesCard,
  offerDetailsCard,
  offerListCard,
  offerNotFoundCard,
  quantityRange,
  trimText,
} from '../../../../src/cards/views/offers.js';
import type { Offer } from '../../../../src/partner-center/index.js';
import { actionsOf, tableRowsOf, textsOf } from '../../../helpers/agent.js';
import { validateCard } from '../../../helpers/validate-card.js';

const offer = (over: Partial<Offer> = {}): Offer => ({
  id: '031C9E47-4802-4248-838E-778FB1D2CC05',
  name: 'Office 365 Business Premium',
  description: 'For businesses with 1 to 300 users.',
  minimumQuantity: 1,
  maximumQuantity: 300,
  category: { id: 'SmallBusiness_Key', name: 'Small business' },
  billing: 'license',
  supportedBillingCycles: ['monthly', 'annual'],
  term: 1,
  termUnitOfMeasure: 'Year',
  isAddOn: false,
  hasAddOns: true,
  isTrial: false,
  country: 'DE',
  links: { learnMore: { uri: 'https://go.microsoft.com/fwlink/?LinkId=1', method: 'GET' } },
  ...over,
});

function valid(card: object) {
  const result = validateCard(card);
  expect(result.errors).toEqual([]);
  expect(result.bytes).toBeLessThan(MAX_CARD_BYTES);
  expect(JSON.stringify(card)).not.toContain('${');
  return result;
}

describe('offer cards', () => {
  it('when offers are listed, then each row shows name, id, category, billing and the seat range', () => {
    const card = offerListCard({
      title: 'Offers in Germany',
      offers: [
        offer(),
        offer({
          id: 'MS-AZR-0145P',
          name: 'Microsoft Azure',
          billing: 'usage',
          minimumQuantity: 1,
          maximumQuantity: 1,
          category: { id: 'Enterprise_Key', name: 'Enterprise' },
        }),
      ],
      total: 2,
      from: 1,
      country: 'DE',
      empty: 'none',
    });
    valid(card);
    expect(tableRowsOf(card)).toEqual([
      ['Offer', 'Offer id', 'Category', 'Billing', 'Seats'],
      [
        'Office 365 Business Premium',
        '031C9E47-4802-4248-838E-778FB1D2CC05',
        'Small business',
        'License',
        '1–300',
      ],
      ['Microsoft Azure', 'MS-AZR-0145P', 'Enterprise', 'Usage', '1'],
    ]);
    expect(textsOf(card).slice(0, 2)).toEqual(['Offers in Germany', '2 offers']);
  });

  it('when 20 long-named offers of a larger list are drawn, then the card says which part it shows, pages, and stays under 28 KB', () => {
    const card = offerListCard({
      title: 'Offers in Germany',
      offers: Array.from({ length: 20 }, (_, i) =>
        offer({
          id: `${'X'.repeat(60)}${i}`,
          name: 'N'.repeat(200),
          billing: 'someNewBilling' as Offer['billing'],
        }),
      ),
      total: 45,
      from: 21,
      country: 'DE',
      empty: 'none',
      moreAction: executeAction('Show more', VERBS.more, {}),
      downloadAction: openUrlAction('Download CSV', 'https://agent.example/downloads/x'),
    });
    const result = valid(card);
    expect(textsOf(card)).toContain('45 offers · showing 21–40');
    // An unknown billing value is shown humanized, not dropped.
    expect(tableRowsOf(card)[1]?.[3]).toBe('Some new billing');
    expect(result.actions.map((a) => a.title)).toEqual(['Show more', 'Download CSV']);
  });

  it('when no offer matches, then the card shows its empty text', () => {
    const card = offerListCard({
      title: 't',
      offers: [],
      total: 0,
      from: 1,
      country: 'US',
      empty: 'No offer mentions "zz".',
    });
    valid(card);
    expect(textsOf(card)).toContain('No offer mentions "zz".');
    expect(tableRowsOf(card)).toEqual([]);
  });

  it('when an offer is shown, then its facts are exact and it offers its category, all offers and Learn more', () => {
    const card = offerDetailsCard(offer({ prerequisiteOffers: ['AAA', 'BBB'] }), 'DE');
    const result = valid(card);
    expect(textsOf(card)).toEqual([
      'Office 365 Business Premium',
      'Offer in Germany',
      'Name: Office 365 Business Premium',
      'Offer id: 031C9E47-4802-4248-838E-778FB1D2CC05',
      'Category: Small business',
      'Billing: License',
      'Billing cycles: Monthly, Annual',
      'Term: 1 year',
      'Quantity: 1–300',
      'Add-on: No',
      'Has add-ons: Yes',
      'Prerequisites: AAA, BBB',
      'Trial: No',
      'Description: For businesses with 1 to 300 users.',
    ]);
    expect(result.actions.map((a) => a.title)).toEqual([
      'Learn more',
      'Small business offers',
      'All offers',
    ]);
    expect(actionsOf(card)[1]?.data).toMatchObject({
      intent: 'offers.search',
      entities: { query: 'Small business', country: 'DE' },
    });
  });

  it('when a description is long, then the card trims it at a word with an ellipsis', () => {
    const text = trimText('word '.repeat(200), 400);
    expect(text.length).toBeLessThanOrEqual(400);
    expect(text.endsWith('word…')).toBe(true);
    expect(trimText('  short   text ', 400)).toBe('short text');
  });

  it('when categories are drawn, then each row has name, id and offer count, with a button per category', () => {
    const card = offerCategoriesCard({
      country: 'FR',
      categories: [
        { id: 'Enterprise_Key', name: 'Enterprise', rank: 20 },
        { id: 'Trial_Key', name: 'Trial', rank: 70 },
      ],
      offerCounts: new Map([
        ['Enterprise_Key', 13],
        ['Trial_Key', 1],
      ]),
    });
    const result = valid(card);
    expect(tableRowsOf(card)).toEqual([
      ['Category', 'Category id', 'Offers'],
      ['Enterprise', 'Enterprise_Key', '13'],
      ['Trial', 'Trial_Key', '1'],
    ]);
    expect(textsOf(card).slice(0, 2)).toEqual([
      'Offer categories in France',
      '2 categories, 14 offers',
    ]);
    expect(result.actions.map((a) => a.title)).toEqual([
      'Enterprise offers',
      'Trial offers',
      'All offers',
    ]);
  });

  it('when an offer id is unknown in a market, then a warning notice names the id and market', () => {
    const card = offerNotFoundCard('nope', 'GB');
    valid(card);
    expect(textsOf(card)[0]).toBe('No offer nope in United Kingdom');
  });

  it('when quantities or countries are odd, then the helpers still say something sensible', () => {
    expect(quantityRange({ minimumQuantity: 5 })).toBe('5 or more');
    expect(quantityRange({ maximumQuantity: 9 })).toBe('up to 9');
    expect(quantityRange({})).toBe('');
    expect(countryName('de')).toBe('Germany');
    expect(countryName('??')).toBe('??');
  });
});
