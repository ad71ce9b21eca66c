import { describe, expect, it } from 'vitest';
import { recognize } from '../../../src/intents/index.js';

const NOW = new Date(2026, 11, 1, 12); // 2026-12-01, local noon
const rec = (text: string) => {
  const r = recognize(text, { now: NOW });
  return { intent: r.intent, entities: r.entities };
};

describe('chat spelling', () => {
  it.each([
    ['hiii', 'greeting'],
    ['heyy', 'greeting'],
    ['yesss', 'confirm'],
    ['nooo', 'reject'],
  ] as const)('reads a held-down letter as the word: "%s" → %s', (text, intent) => {
    expect(rec(text).intent).toBe(intent);
  });

  it('reads "u" as "you" and "w/" as "with"', () => {
    expect(rec('what can u do??').intent).toBe('help');
    expect(rec('need help w/ licences')).toEqual({
      intent: 'help',
      entities: { topic: 'licenses' },
    });
  });

  it('treats "would you mind" as politeness, not a customer name', () => {
    expect(rec('would you mind listing my customers?')).toEqual({
      intent: 'customers.list',
      entities: {},
    });
  });
});

describe('customers named after a product', () => {
  it('takes the name after "of" that follows a subscription as the customer', () => {
    expect(rec('kindly suspend the subscription Power BI Pro of Adventure Works')).toEqual({
      intent: 'subscriptions.suspend',
      entities: { subscription: 'Power BI Pro', customer: 'Adventure Works' },
    });
  });

  it('keeps a possessive inside a company name ("Margie\'s Travel")', () => {
    expect(rec("which users does Margie's Travel have?").entities).toEqual({
      customer: "Margie's Travel",
    });
  });

  it('still splits a possessive customer from a named subscription ("Contoso\'s Sales Team subscription")', () => {
    expect(rec("rename Fabrikam's Sales subscription to Frontline").entities).toEqual({
      customer: 'Fabrikam',
      subscription: 'Sales',
      nickname: 'Frontline',
    });
  });

  it('reads "<name> details" as the customer\'s details', () => {
    expect(rec('Adatum details')).toEqual({
      intent: 'customers.show',
      entities: { customer: 'Adatum' },
    });
  });
});

describe('updates', () => {
  it('takes the field named before "of our company", not the company itself', () => {
    expect(rec('change phone number of our company to 555 0100')).toEqual({
      intent: 'profile.update',
      entities: { field: 'phone', value: '555 0100' },
    });
  });

  it('finds no value in "I want to update our partner profile"', () => {
    expect(rec('I want to update our partner profile')).toEqual({
      intent: 'profile.update',
      entities: {},
    });
  });

  it('does not take an everyday word ("support") for a customer of a profile update', () => {
    expect(rec('update our support email to support@wingtip.com')).toEqual({
      intent: 'profile.update',
      entities: { field: 'email', value: 'support@wingtip.com' },
    });
  });

  it('reads an e-mail address as the value of the e-mail field when no field is named', () => {
    expect(rec('change billing contact of Adatum to ap@adatum.com').entities).toEqual({
      customer: 'Adatum',
      field: 'email',
      value: 'ap@adatum.com',
    });
  });
});

describe('periods', () => {
  it('reads "from last month" as last month, not since then', () => {
    expect(rec('usage for Adatum from last month').entities.period).toEqual({
      start: '2026-11-01',
      end: '2026-11-30',
    });
  });

  it('reads "from the last 30 days" as the last 30 days', () => {
    expect(rec('show me changes from the last 30 days').entities.period).toEqual({
      start: '2026-11-01',
      end: '2026-11-30',
    });
  });

  it('reads "since the beginning of November" as Nov 1 to today', () => {
    expect(rec('usage since the beginning of November')).toEqual({
      intent: 'usage.customer',
      entities: { period: { start: '2026-11-01', end: '2026-12-01' } },
    });
  });

  it('still reads "from Oct 1" as Oct 1 to today', () => {
    expect(rec('usage for Adatum from Oct 1').entities.period).toEqual({
      start: '2026-10-01',
      end: '2026-12-01',
    });
  });
});

describe('intents from wording the catalogue examples lack', () => {
  it.each([
    ['how much Azure did Adventure Works use last month?', 'usage.azure'],
    ['how much does Power BI Pro cost?', 'offers.search'],
    ['what offers do we have in Austria', 'offers.list'],
    ['admins at Adatum', 'roles.members'],
    ['customers with domain adatum.com', 'customers.search'],
    ['licnese count for Adatum', 'licenses.list'],
    ['tell me who I am', 'whoami'],
    ['what can this bot do', 'help'],
    ['I am new here, how to use this bot?', 'help'],
    ["that's correct, do it", 'confirm'],
    ['give grady@proseware.com a new temp password', 'users.resetPassword'],
    ['bob@adatum.com should no longer be global admin', 'roles.removeMember'],
    ['Hello, I am calling from Adatum, we need to know our subscriptions', 'subscriptions.list'],
    ['change company name to Wingtip Solutions', 'profile.update'],
  ] as const)('"%s" → %s', (text, intent) => {
    expect(rec(text).intent).toBe(intent);
  });

  it('takes the whole organization before "partner org" as the query', () => {
    expect(rec('switch to Adatum Partner org')).toEqual({
      intent: 'connection.selectOrganization',
      entities: { query: 'Adatum Partner' },
    });
  });
});

describe('ids without digits', () => {
  it('when a new-commerce order id is letters only, then it is still the order id', () => {
    const r = rec('show order EajrDOaTkqzz for Tailspin Toys');
    expect(r.intent).toBe('orders.show');
    expect(r.entities).toEqual({ orderId: 'EajrDOaTkqzz', customer: 'Tailspin Toys' });
  });

  it('when a brand name has one inner capital, then it stays a word', () => {
    expect(rec('show SharePoint usage for Fabrikam').entities).not.toHaveProperty('orderId');
  });
});

describe('new-commerce order ids', () => {
  it('when any 33-character base64url order id is asked for, then it is the whole order id and the customer is kept', () => {
    // Partner Center's new-commerce ids mix letters, digits, "-" and "_" anywhere ("--" too).
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    // mulberry32: a seeded generator, so the same 300 ids are tried on every run.
    let seed = 7;
    const next = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) % 64;
    };
    const misses: string[] = [];
    for (let n = 0; n < 300; n++) {
      const id = Array.from({ length: 33 }, () => alphabet[next()]).join('');
      const r = rec(`show order ${id} for Tailspin Toys`);
      if (
        r.intent !== 'orders.show' ||
        r.entities.orderId !== id ||
        r.entities.customer !== 'Tailspin Toys'
      )
        misses.push(id);
    }
    expect(misses).toEqual([]);
  });
});
