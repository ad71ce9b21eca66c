import { describe, expect, it } from 'vitest';
import { MAX_CARD_BYTES } from '../../../../src/cards/render.js';
import { executeAction, VERBS } from '../../../../src/cards/views/actions.js';
import {
  chooseCustomerCard,
  customerDetailsCard,
  customerListCard,
  noCustomerCard,
  whichCustomerCard,
  type CustomerItem,
} from '../../../../src/cards/views/customers.js';
import { validateCard } from '../../../helpers/validate-card.js';
import { tableRowsOf, textsOf } from '../../../helpers/agent.js';

function expectValid(card: object) {
  const result = validateCard(card);
  expect(result.errors).toEqual([]);
  expect(result.bytes).toBeLessThan(MAX_CARD_BYTES);
  expect(JSON.stringify(card)).not.toContain('${');
  return result;
}

const customer = (i: number, name = `Customer ${i}`): CustomerItem => ({
  id: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`,
  tenantId: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`,
  name,
  domain: `customer${i}.onmicrosoft.com`,
  relationship: 'was_direct_reseller',
});

describe('customer cards', () => {
  it('when a page of customers with the longest names Partner Center allows is drawn, then the card stays valid and under 28 KB', () => {
    // CompanyName may be up to 256 characters (develop/customer-resources.md, CompanyProfile).
    const customers = Array.from({ length: 20 }, (_, i) => customer(i, 'W'.repeat(256)));
    const card = customerListCard({
      title: 'Customers',
      customers,
      from: 1,
      hasMore: true,
      moreAction: executeAction('Show more', VERBS.more, {}),
      empty: 'none',
    });
    const result = expectValid(card);
    expect(result.actions.map((a) => a.title)).toEqual(['Show more']);
    expect(tableRowsOf(card)).toHaveLength(21);
  });

  it('when a list page is drawn, then its subtitle says which rows it shows and whether more exist', () => {
    const card = customerListCard({
      title: 'Customers (page 2)',
      customers: [customer(21), customer(22)],
      from: 21,
      hasMore: false,
      empty: 'none',
    });
    expect(textsOf(card)).toContain('21–22');
    expect(tableRowsOf(card)[1]).toEqual(['Customer 21', 'customer21.onmicrosoft.com']);
  });

  it('when no customers are listed, then the card shows the empty text instead of a table', () => {
    const card = customerListCard({
      title: 'Customers',
      customers: [],
      from: 1,
      hasMore: false,
      empty: 'You have no customers yet.',
    });
    expectValid(card);
    expect(tableRowsOf(card)).toEqual([]);
    expect(textsOf(card)).toContain('You have no customers yet.');
  });

  it('when a customer is shown, then its facts have no empty rows and the relationship reads as words', () => {
    const card = customerDetailsCard({ ...customer(1), domain: undefined as unknown as string });
    const texts = textsOf(card);
    expect(texts).toContain('Relationship: Was direct reseller');
    expect(texts.some((t) => t.startsWith('Domain:'))).toBe(false);
    // The tenant id equals the customer id for CSP customers; it is not shown twice.
    expect(texts.some((t) => t.startsWith('Customer id:'))).toBe(false);
    expectValid(card);
  });

  it('when several customers match, then each choice re-runs the same intent with that customer id and the other entities', () => {
    const card = chooseCustomerCard({
      text: 'contoso',
      choices: [customer(1, 'Contoso Ltd'), customer(2, 'Contoso Pharmaceuticals')],
      more: true,
      intent: 'subscriptions.list',
      entities: { status: 'active' },
    });
    const result = expectValid(card);
    expect(result.actions).toHaveLength(2);
    expect(result.actions[1]).toMatchObject({
      verb: 'intent',
      data: {
        intent: 'subscriptions.list',
        entities: { status: 'active', customer: customer(2).id },
      },
    });
    expect(result.text).toContain('type more of the name');
  });

  it('when nothing matches, then the closest names are buttons and the list is offered', () => {
    const card = noCustomerCard({
      text: 'contsoo',
      closest: [customer(1, 'Contoso Ltd')],
      intent: 'customers.show',
      entities: {},
    });
    const result = expectValid(card);
    expect(result.actions.map((a) => a.title)).toEqual(['Contoso Ltd', 'List customers']);
    expect(result.text).toContain('The closest names are: Contoso Ltd.');
    expectValid(whichCustomerCard('show customer Contoso Ltd'));
  });
});
