import { camelKeys } from '../http/body.js';
import { PC_ERRORS, PcError } from '../http/pc-errors.js';

/**
 * Partner Center's search filter: URL-encoded JSON `{"Field","Value","Operator"}` with PascalCase
 * keys and snake_case operators (`develop/get-a-customer-by-name.md`, `CustomerSearchField.cs`).
 */
export interface SimpleFilter {
  field: string;
  value: string;
  operator: string;
}

const bad = (why: string) => new PcError(PC_ERRORS.INVALID_INPUT, [why]);

/** `StartsWith` and `starts_with` both become `starts_with` (the SDK's EnumJsonConverter). */
function snake(text: string): string {
  return text.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

export function parseSimpleFilter(text: string): SimpleFilter {
  let parsed: unknown;
  try {
    parsed = camelKeys(JSON.parse(text));
  } catch {
    throw bad(`The filter is not valid JSON: ${text.slice(0, 200)}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw bad('The filter must be a JSON object {"Field","Value","Operator"}.');
  }
  const f = parsed as Record<string, unknown>;
  if ('leftFilter' in f || 'rightFilter' in f) {
    throw bad('Compound filters are not supported here; send one {"Field","Value","Operator"}.');
  }
  if (
    typeof f.field !== 'string' ||
    typeof f.value !== 'string' ||
    typeof f.operator !== 'string'
  ) {
    throw bad('The filter needs string "Field", "Value" and "Operator" properties.');
  }
  return { field: f.field.toLowerCase(), value: f.value, operator: snake(f.operator) };
}

export type CustomerFilter = { field: 'companyName' | 'domain' | 'indirect'; prefix: string };

/**
 * Customer search: only `starts_with` on CompanyName or Domain, case ignored
 * (`develop/get-a-customer-by-name.md`: "The only supported value … is starts_with").
 */
export function parseCustomerFilter(text: string | undefined): CustomerFilter | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const f = parseSimpleFilter(text);
  const fields: Record<string, CustomerFilter['field']> = {
    companyname: 'companyName',
    domain: 'domain',
    indirectreseller: 'indirect',
    indirectcloudsolutionprovider: 'indirect',
  };
  const field = fields[f.field];
  if (!field) {
    throw bad(
      `Customer search does not support the field "${f.field}"; use CompanyName or Domain.`,
    );
  }
  if (f.operator !== 'starts_with') {
    throw bad(`Customer search supports only the starts_with operator, not "${f.operator}".`);
  }
  if (f.value.trim() === '') throw bad('The filter Value must not be empty.');
  return { field, prefix: f.value.trim().toLowerCase() };
}

/** Users: `{"Field":"UserState","Value":"Inactive","Operator":"equals"}` lists deleted users. */
export function parseUserFilter(text: string | undefined): 'active' | 'inactive' {
  if (text === undefined || text.trim() === '') return 'active';
  const f = parseSimpleFilter(text);
  if (f.field !== 'userstate' || f.operator !== 'equals') {
    throw bad(
      'Users can be filtered only by {"Field":"UserState","Value":"Inactive","Operator":"equals"}.',
    );
  }
  const value = f.value.toLowerCase();
  if (value !== 'active' && value !== 'inactive') {
    throw bad(`UserState must be Active or Inactive, not "${f.value}".`);
  }
  return value;
}

export interface AuditFilter {
  companyName?: string;
  customerId?: string;
  resourceType?: string;
}

/**
 * Audit records: CompanyName (substring), CustomerId (equals), ResourceType (equals)
 * (`develop/get-a-record-of-partner-center-activity-by-user.md`).
 */
export function parseAuditFilter(text: string | undefined): AuditFilter {
  if (text === undefined || text.trim() === '') return {};
  const f = parseSimpleFilter(text);
  const rules: Record<string, [operator: string, key: keyof AuditFilter]> = {
    companyname: ['substring', 'companyName'],
    customerid: ['equals', 'customerId'],
    resourcetype: ['equals', 'resourceType'],
  };
  const rule = rules[f.field];
  if (!rule) {
    throw bad(
      `Audit records can be filtered by CompanyName, CustomerId or ResourceType, not "${f.field}".`,
    );
  }
  if (f.operator !== rule[0]) {
    throw bad(`The ${f.field} filter takes the ${rule[0]} operator, not "${f.operator}".`);
  }
  return { [rule[1]]: f.value.toLowerCase() };
}
