import { describe, expect, it } from 'vitest';
import { recognize, type Entities } from '../../../src/intents/index.js';
import { dayAt } from './load-utterances.js';

const entitiesOf = (text: string): Entities =>
  recognize(text, { now: dayAt('2026-11-21') }).entities;

describe('customer normal form', () => {
  it.each([
    ["show Contoso's subscriptions", 'Contoso'],
    ["list Northwind Traders' users", 'Northwind Traders'],
    ['show users at "Alpine Ski House"', 'Alpine Ski House'],
    ['subscriptions for Contoso Ltd.', 'Contoso Ltd'],
    ['usage for City Power & Light last month', 'City Power & Light'],
    ['company profile of A. Datum', 'A. Datum'],
    ['users at contoso.onmicrosoft.com', 'contoso.onmicrosoft.com'],
    [
      'users of tenant 8b4f1a2e-3c5d-4e6f-9a0b-1c2d3e4f5a6b',
      '8b4f1a2e-3c5d-4e6f-9a0b-1c2d3e4f5a6b',
    ],
    ['show subscriptions for fabrikam!!!', 'fabrikam'],
    ['Wingtip Toys asked for their orders', 'Wingtip Toys'],
  ])('"%s" → %s', (text, customer) => {
    expect(entitiesOf(text).customer).toBe(customer);
  });

  it('when the customer is only referred to ("its", "their"), then there is no customer entity', () => {
    expect(entitiesOf('and its subscriptions?')).toEqual({});
    expect(entitiesOf('what about their users')).toEqual({});
  });
});

describe('user, role, country', () => {
  it('lower-cases the user principal name', () => {
    expect(entitiesOf('reset the password for Megan.Bowen@Contoso.OnMicrosoft.com').user).toBe(
      'megan.bowen@contoso.onmicrosoft.com',
    );
  });

  it.each([
    ['who is GA at Contoso', 'Global Administrator'],
    ['who are the company admins at Contoso', 'Global Administrator'],
    ['list helpdesk admins at Contoso', 'Helpdesk Administrator'],
    ['who has global reader at Contoso', 'Global Reader'],
    ['list directory readers at Contoso', 'Directory Readers'],
    ['who is a sharepoint administrator at Contoso', 'SharePoint Administrator'],
    ['list the privileged role admins at Contoso', 'Privileged Role Administrator'],
  ])('"%s" → role %s', (text, role) => {
    expect(entitiesOf(text).role).toBe(role);
  });

  it.each([
    ['list offers in Germany', 'DE'],
    ['german offers', 'DE'],
    ['offers in DE', 'DE'],
    ['offers in de', 'DE'],
    ['offers in the UK', 'GB'],
    ['offers in the United Kingdom', 'GB'],
    ['offers in the us', 'US'],
    ['LIST OFFERS IN GERMANY', 'DE'],
  ])('"%s" → country %s', (text, country) => {
    expect(entitiesOf(text).country).toBe(country);
  });
});

describe('quantities', () => {
  it.each([
    ['add 5 seats of E3 for Contoso', 5, 'add'],
    ['we need 10 more E5 licenses at Litware', 10, 'add'],
    ['increase E3 at Contoso by three', 3, 'add'],
    ['set E3 for Contoso to 30 seats', 30, 'set'],
    ['increase E3 at Contoso to 40', 40, 'set'],
    ['reduce Teams Essentials at Contoso by 2', 2, 'remove'],
    ["remove 3 seats from Contoso's E3", 3, 'remove'],
    ['decrease E3 for contoso by five', 5, 'remove'],
  ])('"%s" → %i, %s', (text, quantity, quantityChange) => {
    expect(entitiesOf(text)).toMatchObject({ quantity, quantityChange });
  });

  it('keeps a number inside a product name out of the quantity ("Visio Plan 2")', () => {
    expect(entitiesOf('add 3 Visio Plan 2 licenses for Litware')).toMatchObject({
      subscription: 'Visio Plan 2',
      quantity: 3,
    });
  });
});

describe('other entities', () => {
  it('names benefit types as in the benefits payload', () => {
    expect(entitiesOf('show our Visual Studio benefits').benefitType).toBe('VisualStudio');
    expect(entitiesOf('which Azure credits do we have').benefitType).toBe('Azure');
    expect(entitiesOf('show our training benefits').benefitType).toBe('Training');
  });

  it('names the searched field: companyName or domain', () => {
    expect(entitiesOf('search customers by domain contoso')).toEqual({
      query: 'contoso',
      searchField: 'domain',
    });
    expect(entitiesOf('find customers named Fabrikam')).toEqual({
      query: 'Fabrikam',
      searchField: 'companyName',
    });
    expect(entitiesOf('find customers starting with fab')).toEqual({ query: 'fab' });
  });

  it('takes an update value as written, up to the end, and its field by name', () => {
    expect(entitiesOf('change the display name of jane@contoso.com to Jane Doe')).toEqual({
      user: 'jane@contoso.com',
      field: 'displayName',
      value: 'Jane Doe',
    });
    expect(entitiesOf('update our company phone number to 4255550100')).toEqual({
      field: 'phone',
      value: '4255550100',
    });
  });

  it('takes a nickname without its quotes', () => {
    expect(entitiesOf("rename the E3 subscription for Fabrikam to 'Sales Team'").nickname).toBe(
      'Sales Team',
    );
  });

  it('reads status words in lower case, and a referral verdict from its verb', () => {
    expect(entitiesOf('show suspended subscriptions for Contoso').status).toBe('suspended');
    expect(entitiesOf('accept referral 1a2b3c')).toEqual({
      referralId: '1a2b3c',
      status: 'accepted',
    });
    expect(entitiesOf('close referral 1a2b3c as won')).toEqual({
      referralId: '1a2b3c',
      status: 'won',
    });
  });

  it('reads granularity and help topics', () => {
    expect(entitiesOf('hourly Azure usage for Contoso').granularity).toBe('hourly');
    expect(entitiesOf('help with subscriptions').topic).toBe('subscriptions');
  });

  it('keeps ids as written', () => {
    expect(entitiesOf('show offer CFQ7TTC0LH18:0001').offerId).toBe('CFQ7TTC0LH18:0001');
    expect(entitiesOf('show order #55f3e2a1').orderId).toBe('55f3e2a1');
  });
});
