import { describe, expect, it } from 'vitest';
import {
  parseAuditFilter,
  parseCustomerFilter,
  parseUserFilter,
} from '../../../../src/sandbox/filters/pc-filter.js';
import { isPcError } from '../../../../src/sandbox/http/pc-errors.js';

const json = (o: object) => JSON.stringify(o);

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (isPcError(e)) return `${e.entry.pcCode} ${e.message}`;
    throw e;
  }
  throw new Error('expected a PcError');
}

describe('customer filter', () => {
  it('when the doc filter is given, then it becomes a lower-cased company-name prefix', () => {
    expect(
      parseCustomerFilter(json({ Field: 'CompanyName', Value: 'Cont', Operator: 'starts_with' })),
    ).toEqual({
      field: 'companyName',
      prefix: 'cont',
    });
  });

  it('when the field is Domain in other casing and the operator StartsWith, then they are understood', () => {
    expect(
      parseCustomerFilter(json({ field: 'DOMAIN', value: 'Fab', operator: 'StartsWith' })),
    ).toEqual({
      field: 'domain',
      prefix: 'fab',
    });
  });

  it('when there is no filter, then undefined', () => {
    expect(parseCustomerFilter(undefined)).toBeUndefined();
    expect(parseCustomerFilter('  ')).toBeUndefined();
  });

  it('when an indirect reseller field is used, then it is recognized (and matches no customer)', () => {
    expect(
      parseCustomerFilter(json({ Field: 'IndirectReseller', Value: 'x', Operator: 'starts_with' }))
        ?.field,
    ).toBe('indirect');
  });

  it.each([
    [
      json({ Field: 'CompanyName', Value: 'C', Operator: 'equals' }),
      /only the starts_with operator/,
    ],
    [json({ Field: 'Country', Value: 'US', Operator: 'starts_with' }), /CompanyName or Domain/],
    [json({ Field: 'CompanyName', Value: ' ', Operator: 'starts_with' }), /must not be empty/],
    [json({ LeftFilter: {}, Operator: 'and', RightFilter: {} }), /Compound filters/],
    [
      json({ Field: 'CompanyName', Value: 3, Operator: 'starts_with' }),
      /string "Field", "Value" and "Operator"/,
    ],
    ['{"Field":', /not valid JSON/],
    ['[1]', /JSON object/],
  ])('when the filter is %s, then a 400 / 800002 explains why', (text, why) => {
    const message = errorOf(() => parseCustomerFilter(text));
    expect(message).toMatch(/^800002 /);
    expect(message).toMatch(why);
  });
});

describe('user and audit filters', () => {
  it('when the deleted-users filter is given, then the state is inactive; without a filter, active', () => {
    expect(
      parseUserFilter(json({ Field: 'UserState', Value: 'Inactive', Operator: 'equals' })),
    ).toBe('inactive');
    expect(parseUserFilter(undefined)).toBe('active');
  });

  it('when a user filter uses another field, then it is refused', () => {
    expect(
      errorOf(() =>
        parseUserFilter(json({ Field: 'DisplayName', Value: 'x', Operator: 'equals' })),
      ),
    ).toMatch(/UserState/);
  });

  it('when audit filters are given, then CompanyName is a substring and CustomerId/ResourceType are equalities', () => {
    expect(
      parseAuditFilter(json({ Field: 'CompanyName', Value: 'Toso', Operator: 'substring' })),
    ).toEqual({ companyName: 'toso' });
    expect(
      parseAuditFilter(json({ Field: 'ResourceType', Value: 'Order', Operator: 'equals' })),
    ).toEqual({ resourceType: 'order' });
    expect(
      errorOf(() =>
        parseAuditFilter(json({ Field: 'CustomerId', Value: 'x', Operator: 'substring' })),
      ),
    ).toMatch(/equals operator/);
  });
});
