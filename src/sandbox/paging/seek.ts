import { PC_ERRORS, PcError } from '../http/pc-errors.js';
import type { PcRequest } from '../http/types.js';
import { decodeToken, encodeToken, type TokenPayload } from './continuation-token.js';

/**
 * Reads a seek request: `seekOperation=Next` (any case; `seek_operation` on the utilization
 * route) with the `MS-ContinuationToken` header returns the decoded token; a first page returns
 * undefined (`CustomerCollectionOperations.cs::QueryAsync`, partner-center-api.md §2.2).
 */
export function readSeek<C, F>(
  req: PcRequest,
  kind: string,
  scope: string,
  parameter = 'seekOperation',
): TokenPayload<C, F> | undefined {
  const operation = req.query.get(parameter);
  const token = req.header('MS-ContinuationToken');
  if (operation === undefined) {
    if (token) {
      throw new PcError(PC_ERRORS.INVALID_INPUT, [
        `The MS-ContinuationToken header needs ${parameter}=Next in the query (see links.next).`,
      ]);
    }
    return undefined;
  }
  const op = operation.toLowerCase();
  if (op === 'first' || op === '0') return undefined;
  if (op !== 'next' && op !== '1') {
    throw new PcError(PC_ERRORS.INVALID_INPUT, [
      `${parameter}=${operation} is not supported by the sandbox; use Next with the MS-ContinuationToken header.`,
    ]);
  }
  if (!token) {
    throw new PcError(PC_ERRORS.INVALID_INPUT, [
      `${parameter}=Next needs the MS-ContinuationToken header from links.next of the previous page.`,
    ]);
  }
  return decodeToken<C, F>(token, kind, scope);
}

/**
 * The page size from `size`: absent or 0 means the maximum (the SDK sends `size=0` for "default"),
 * larger values are capped at the maximum (customers and users: 500, `partner-center-api.md` §2.3).
 */
export function pageSize(req: PcRequest, max: number, name = 'size'): number {
  const raw = req.query.get(name);
  if (raw === undefined || raw === '') return max;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 0) {
    throw new PcError(PC_ERRORS.INVALID_INPUT, [`${name} must be a whole number, got "${raw}".`]);
  }
  return size === 0 ? max : Math.min(size, max);
}

/** How the next page of a listing is asked for: its link, and what its token resumes from. */
export interface NextPageSpec<Row, C, F> extends Omit<TokenPayload<C, F>, 'cursor' | 'size'> {
  uri: string;
  cursor: (last: Row) => C;
}

/**
 * Splits rows read with `limit: size + 1` into this page and, when the extra row shows more
 * exist, the next link: `uri` plus the token that resumes after this page's last row.
 */
export function splitPage<Row, C, F>(
  rows: readonly Row[],
  size: number,
  spec: NextPageSpec<Row, C, F>,
): { items: Row[]; next?: { uri: string; token: string } } {
  const items = rows.slice(0, size);
  const last = items[items.length - 1];
  if (rows.length <= size || last === undefined) return { items };
  const { uri, cursor, ...listing } = spec;
  return { items, next: { uri, token: encodeToken({ ...listing, cursor: cursor(last), size }) } };
}
