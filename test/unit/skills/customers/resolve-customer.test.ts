import { describe, expect, it } from 'vitest';
import { PartnerCenterError } from '../../../../src/partner-center/index.js';
import type {
  CustomerDirectory,
  CustomerSummary,
  FuzzyMatch,
} from '../../../../src/skills/customers/customer-directory.js';
import {
  normalizeCustomerText,
  resolveCustomer,
} from '../../../../src/skills/customers/resolve-customer.js';

const c = (name: string, domain?: string): CustomerSummary => ({
  id: `id-${name}`,
  name,
  ...(domain ? { domain } : {}),
});

/** A directory with scripted answers that records what it was asked. */
function fakeDirectory(script: {
  prefix?: CustomerSummary[];
  more?: boolean;
  closest?: FuzzyMatch[];
  get?: CustomerSummary | Error;
}) {
  const calls: string[] = [];
  const directory: CustomerDirectory = {
    async get(id) {
      calls.push(`get ${id}`);
      if (script.get instanceof Error) throw script.get;
      return script.get ?? c(id);
    },
    async searchPrefix(field, prefix) {
      calls.push(`prefix ${field} ${prefix}`);
      return { customers: script.prefix ?? [], more: script.more ?? false };
    },
    async closest(text) {
      calls.push(`closest ${text}`);
      return script.closest ?? [];
    },
  };
  return { directory, calls };
}

describe('resolveCustomer', () => {
  it('when the text is a tenant GUID, then the customer is read by id and no search runs', async () => {
    const id = '8dc3a9fb-097a-4553-a91a-5d5696116474';
    const { directory, calls } = fakeDirectory({ get: c('Contoso Ltd') });
    expect(await resolveCustomer(directory, id)).toEqual({
      kind: 'found',
      customer: c('Contoso Ltd'),
    });
    expect(calls).toEqual([`get ${id}`]);
  });

  it('when a GUID is unknown to Partner Center (404), then the answer is "none", not an error', async () => {
    const notFound = new PartnerCenterError({
      status: 404,
      code: 60003,
      description: 'not found',
      operation: 'customers.get',
      request: { method: 'GET', url: 'http://127.0.0.1/v1/customers/x' },
    });
    const { directory } = fakeDirectory({ get: notFound });
    const result = await resolveCustomer(directory, '8dc3a9fb-097a-4553-a91a-5d5696116474');
    expect(result.kind).toBe('none');
  });

  it('when the text looks like a domain, then the Domain prefix is searched', async () => {
    const { directory, calls } = fakeDirectory({
      prefix: [c('Fabrikam Inc', 'fabrikam.onmicrosoft.com')],
    });
    const result = await resolveCustomer(directory, 'fabrikam.onmicrosoft.com');
    expect(result).toMatchObject({ kind: 'found', customer: { name: 'Fabrikam Inc' } });
    expect(calls[0]).toBe('prefix domain fabrikam.onmicrosoft.com');
  });

  it('when several names start with the text but one equals it, then that one is taken', async () => {
    const { directory } = fakeDirectory({
      prefix: [c('Contoso'), c('Contoso Ltd'), c('Contoso Pharma')],
    });
    expect(await resolveCustomer(directory, 'contoso')).toMatchObject({
      kind: 'found',
      customer: { name: 'Contoso' },
    });
  });

  it('when several names start with the text and none equals it, then the user chooses', async () => {
    const { directory } = fakeDirectory({ prefix: [c('Contoso Ltd'), c('Contoso Pharma')] });
    expect(await resolveCustomer(directory, "Contoso's")).toMatchObject({
      kind: 'choose',
      text: 'Contoso',
      choices: [{ name: 'Contoso Ltd' }, { name: 'Contoso Pharma' }],
      more: false,
    });
  });

  it('when Partner Center has more matches than a card can hold, then the choice says there are more', async () => {
    const many = Array.from({ length: 9 }, (_, i) => c(`Aurora ${i}`));
    const { directory } = fakeDirectory({ prefix: many, more: true });
    const result = await resolveCustomer(directory, 'aurora');
    expect(result).toMatchObject({ kind: 'choose', more: true });
    expect(result.kind === 'choose' && result.choices).toHaveLength(8);
  });

  it('when nothing starts with the text but one name is very close, then the typo is corrected and said', async () => {
    const { directory } = fakeDirectory({ closest: [{ customer: c('Fabrikam Inc'), score: 0.1 }] });
    expect(await resolveCustomer(directory, 'Fabrkam Inc')).toEqual({
      kind: 'found',
      customer: c('Fabrikam Inc'),
      closestTo: 'Fabrkam Inc',
    });
  });

  it('when two names are about as close, then none is guessed and both are offered', async () => {
    const { directory } = fakeDirectory({
      closest: [
        { customer: c('Wingtip Toys'), score: 0.15 },
        { customer: c('Tailspin Toys'), score: 0.2 },
      ],
    });
    expect(await resolveCustomer(directory, 'Wintip Toys')).toEqual({
      kind: 'none',
      text: 'Wintip Toys',
      closest: [c('Wingtip Toys'), c('Tailspin Toys')],
    });
  });

  it.each([
    ['"Contoso Ltd"', 'Contoso Ltd'],
    ["Contoso's", 'Contoso'],
    ['Contoso Ltd?', 'Contoso Ltd'],
    ['  Fabrikam  ', 'Fabrikam'],
  ])('when the customer is written %s, then it is searched as %s', (input, expected) => {
    expect(normalizeCustomerText(input)).toBe(expected);
  });
});
