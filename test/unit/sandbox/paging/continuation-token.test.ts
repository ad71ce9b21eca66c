import { describe, expect, it } from 'vitest';
import { decodeToken, encodeToken } from '../../../../src/sandbox/paging/continuation-token.js';
import { isPcError } from '../../../../src/sandbox/http/pc-errors.js';

const payload = {
  kind: 'users',
  scope: 'tenant-1',
  cursor: 'megan.bowen@contoso.onmicrosoft.com',
  filter: 'active',
  size: 500,
};

function rejects(raw: string, kind = 'users', scope = 'tenant-1') {
  try {
    decodeToken(raw, kind, scope);
  } catch (e) {
    return isPcError(e) && e.entry.status === 400 && /continuation token/.test(e.message);
  }
  return false;
}

describe('continuation tokens', () => {
  it('when a token is encoded and decoded for the same listing, then the payload comes back', () => {
    expect(decodeToken(encodeToken(payload), 'users', 'tenant-1')).toEqual(payload);
  });

  it('when the token is url-safe, then it needs no escaping in a header or a query', () => {
    expect(encodeToken(payload)).toMatch(/^[A-Za-z0-9_.-]+$/);
  });

  it.each([
    ['garbage', 'AQAAAA=='],
    ['empty', ''],
    ['a tampered body', encodeToken(payload).replace(/^./, (c) => (c === 'e' ? 'f' : 'e'))],
    ['a tampered checksum', `${encodeToken(payload).split('.')[0]}.zzz`],
  ])('when the token is %s, then it is refused with a 400', (_label, raw) => {
    expect(rejects(raw)).toBe(true);
  });

  it('when a token of another listing or scope is used, then it is refused', () => {
    const token = encodeToken(payload);
    expect(rejects(token, 'customers', '')).toBe(true);
    expect(rejects(token, 'users', 'tenant-2')).toBe(true);
  });
});
