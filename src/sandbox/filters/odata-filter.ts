import { PC_ERRORS, PcError } from '../http/pc-errors.js';

/**
 * The OData `$filter` subset the referrals API is used with
 * (`partner-rest/develop/get-a-list-of-referrals.md`): `field eq 'value'` and `ne`, joined with
 * `and` / `or`, with parentheses. Values compare case-insensitively.
 */
export type Predicate<T> = (item: T) => boolean;

const TOKEN = /\s*(\(|\)|'(?:[^']|'')*'|[A-Za-z_][A-Za-z0-9_/]*)/y;

const bad = (why: string) => new PcError(PC_ERRORS.GRAPH_INVALID_REQUEST, [why]);

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (TOKEN.lastIndex < text.length && (m = TOKEN.exec(text))) tokens.push(m[1] as string);
  if (text.slice(TOKEN.lastIndex).trim() !== '') {
    throw bad(`Cannot parse $filter near "${text.slice(TOKEN.lastIndex, TOKEN.lastIndex + 20)}".`);
  }
  return tokens;
}

export function parseODataFilter<T>(
  text: string,
  fields: Readonly<Record<string, (item: T) => string>>,
): Predicate<T> {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = () => tokens[pos]?.toLowerCase();
  const take = () => tokens[pos++];

  const comparison = (): Predicate<T> => {
    if (peek() === '(') {
      take();
      const inner = disjunction();
      if (take() !== ')') throw bad('Missing ")" in $filter.');
      return inner;
    }
    const field = take() ?? '';
    const getter = Object.entries(fields).find(
      ([k]) => k.toLowerCase() === field.toLowerCase(),
    )?.[1];
    if (!getter) throw bad(`$filter supports ${Object.keys(fields).join(', ')}; not "${field}".`);
    const op = take()?.toLowerCase();
    const literal = take() ?? '';
    if ((op !== 'eq' && op !== 'ne') || !literal.startsWith("'")) {
      throw bad(`Use "${field} eq 'value'" or "${field} ne 'value'" in $filter.`);
    }
    const value = literal.slice(1, -1).replace(/''/g, "'").toLowerCase();
    return op === 'eq'
      ? (item) => getter(item).toLowerCase() === value
      : (item) => getter(item).toLowerCase() !== value;
  };
  const conjunction = (): Predicate<T> => {
    let left = comparison();
    while (peek() === 'and') {
      take();
      const l = left;
      const r = comparison();
      left = (item) => l(item) && r(item);
    }
    return left;
  };
  const disjunction = (): Predicate<T> => {
    let left = conjunction();
    while (peek() === 'or') {
      take();
      const l = left;
      const r = conjunction();
      left = (item) => l(item) || r(item);
    }
    return left;
  };
  const predicate = disjunction();
  if (pos < tokens.length) throw bad(`Unexpected "${tokens[pos]}" in $filter.`);
  return predicate;
}
