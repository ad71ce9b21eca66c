import { describe, expect, it } from 'vitest';
import { speller } from '../../../src/intents/lexicon/matchers.js';
import { boundedDistance } from '../../../src/intents/text/edit-distance.js';
import { stripMentions } from '../../../src/intents/text/mentions.js';
import { stem } from '../../../src/intents/text/stem.js';
import { tokenize } from '../../../src/intents/text/tokenize.js';

describe('mentions', () => {
  it('removes the Teams <at>…</at> mention', () => {
    expect(stripMentions('<at>Partner Center</at> show users').trim()).toBe('show users');
  });

  it('removes a typed @Partner Center mention, with its two-word name', () => {
    expect(stripMentions('@Partner Center show users').trim()).toBe('show users');
    expect(stripMentions('hey @PartnerCenter, list customers').replace(/\s+/g, ' ')).toBe(
      'hey , list customers',
    );
  });

  it('leaves e-mail addresses alone', () => {
    expect(stripMentions('reset megan@contoso.com')).toBe('reset megan@contoso.com');
  });
});

describe('tokens', () => {
  const kinds = (text: string): string[] => tokenize(text).map((t) => `${t.kind}:${t.raw}`);

  it('keeps e-mails, GUIDs, domains, dates and quoted names whole', () => {
    expect(
      kinds(
        'user Jo@Contoso.com sub 3f2a9c1e-7b4d-4a2f-9e8c-5d6b7a8c9d0e at contoso.com since 2026-10-01 named "Sales Team"',
      ),
    ).toEqual([
      'word:user',
      'email:Jo@Contoso.com',
      'word:sub',
      'guid:3f2a9c1e-7b4d-4a2f-9e8c-5d6b7a8c9d0e',
      'word:at',
      'domain:contoso.com',
      'word:since',
      'date:2026-10-01',
      'word:named',
      'quoted:Sales Team',
    ]);
  });

  it('turns a possessive into a flag: "Contoso\'s" is Contoso, possessive', () => {
    const [t] = tokenize("Contoso's");
    expect(t).toMatchObject({ raw: 'Contoso', possessive: true });
  });

  it('expands contractions and their apostrophe-less typos', () => {
    expect(tokenize("what's").map((t) => t.lower)).toEqual(['what', 'is']);
    expect(tokenize('dont').map((t) => t.lower)).toEqual(['do', 'not']);
    expect(tokenize("couldn't").map((t) => t.lower)).toEqual(['could', 'not']);
  });

  it('lower-cases and drops hyphens for matching, but keeps the surface text', () => {
    const [t] = tokenize('Co-Sell');
    expect(t).toMatchObject({ raw: 'Co-Sell', lower: 'cosell', capitalized: true });
  });
});

describe('stems', () => {
  it.each([
    ['subscriptions', 'subscription'],
    ['renewing', 'renew'],
    ['renewals', 'renewal'],
    ['activated', 'activat'],
    ['activate', 'activat'],
    ['licenses', 'licens'],
    ['users', 'user'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('edit distance', () => {
  it('counts a transposition as one edit', () => {
    expect(boundedDistance('lsit', 'list', 2)).toBe(1);
  });

  it('stops early past the bound', () => {
    expect(boundedDistance('contoso', 'subscription', 2)).toBe(3);
  });
});

describe('spelling', () => {
  const corrected = (text: string): string[] => {
    const tokens = tokenize(text);
    speller.correct(tokens);
    return tokens.map((t) => t.lower);
  };

  it('corrects typos of domain words', () => {
    expect(corrected('show subscritpions')).toEqual(['show', 'subscriptions']);
    expect(corrected('lsit custmers')).toEqual(['list', 'customers']);
    expect(corrected('resset pasword')).toEqual(['reset', 'password']);
    expect(corrected('what chnaged')).toEqual(['what', 'changed']);
  });

  it('leaves names, capitalised words and ordinary English alone', () => {
    expect(corrected('users at fabrikam')).toEqual(['users', 'at', 'fabrikam']);
    expect(corrected('show Subscritpions for Contoso')[1]).toBe('subscritpions');
    expect(corrected('two sets of seats')).toEqual(['two', 'sets', 'of', 'seats']);
  });
});

describe('spelling, on input that is not a word', () => {
  it('when a "word" is longer than any vocabulary word, then it is left alone', () => {
    const junk = 'q'.repeat(2000);
    const tokens = tokenize(junk);
    expect(speller.correct(tokens)).toBe(0);
    expect(tokens[0]?.lower).toBe(junk);
  });
});
