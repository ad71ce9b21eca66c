import { describe, expect, it } from 'vitest';
import { parseODataFilter } from '../../../../src/sandbox/filters/odata-filter.js';
import { isPcError } from '../../../../src/sandbox/http/pc-errors.js';

interface Item {
  status: string;
  type: string;
}

const FIELDS = { status: (i: Item) => i.status, type: (i: Item) => i.type };
const ITEMS: Item[] = [
  { status: 'New', type: 'Independent' },
  { status: 'Active', type: 'Shared' },
  { status: 'Closed', type: 'Independent' },
  { status: "O'Brien", type: 'Shared' },
];

const run = (filter: string) => ITEMS.filter(parseODataFilter(filter, FIELDS)).map((i) => i.status);

describe('OData $filter subset', () => {
  it('when one equality is given, then it matches case-insensitively', () => {
    expect(run("status eq 'new'")).toEqual(['New']);
  });

  it('when and/or/ne and parentheses are combined, then "and" binds tighter than "or"', () => {
    expect(run("status eq 'New' or status eq 'Active' and type eq 'Shared'")).toEqual([
      'New',
      'Active',
    ]);
    expect(run("(status eq 'New' or status eq 'Active') and type ne 'Shared'")).toEqual(['New']);
  });

  it('when a quote is doubled inside a literal, then it is one quote', () => {
    expect(run("status eq 'O''Brien'")).toEqual(["O'Brien"]);
  });

  it.each([
    "dealValue eq '5'",
    "status gt 'a'",
    "status eq 'New' and",
    "status eq 'New')",
    'status eq New',
    "status eq 'x' #",
  ])('when the filter is %s, then it is refused with invalidRequest', (filter) => {
    try {
      run(filter);
      expect.unreachable();
    } catch (e) {
      expect(isPcError(e) && e.entry.graphCode).toBe('invalidRequest');
    }
  });
});
