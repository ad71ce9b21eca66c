import { PC_ERRORS, PcError } from '../http/pc-errors.js';
import { hashString } from '../seed/rng.js';

/**
 * Continuation tokens are opaque to clients (doc examples range from `AQAAAA==` to GUID lists).
 * Here: base64url JSON of the keyset cursor, the filter and the page size, bound to one listing
 * (`kind` + `scope`, e.g. the users of one customer), plus a checksum so garbage or a token from
 * another listing is refused with a 400 instead of returning a wrong page.
 */
export interface TokenPayload<C = unknown, F = unknown> {
  kind: string;
  scope: string;
  cursor: C;
  filter?: F;
  size: number;
}

const checksum = (text: string) => hashString(`${text}|pc-sandbox-token`).toString(36);

export function encodeToken(payload: TokenPayload): string {
  const text = JSON.stringify(payload);
  return `${Buffer.from(text).toString('base64url')}.${checksum(text)}`;
}

export function decodeToken<C, F>(raw: string, kind: string, scope: string): TokenPayload<C, F> {
  const invalid = () =>
    new PcError(PC_ERRORS.INVALID_INPUT, [
      'The continuation token is not valid for this request. Use the MS-ContinuationToken value from links.next of the previous page, unchanged.',
    ]);
  const [body, sum] = raw.trim().split('.');
  if (!body || !sum) throw invalid();
  let text: string;
  let payload: TokenPayload<C, F>;
  try {
    text = Buffer.from(body, 'base64url').toString('utf8');
    payload = JSON.parse(text) as TokenPayload<C, F>;
  } catch {
    throw invalid();
  }
  if (checksum(text) !== sum || payload.kind !== kind || payload.scope !== scope) throw invalid();
  if (!Number.isInteger(payload.size) || payload.size < 1) throw invalid();
  return payload;
}
