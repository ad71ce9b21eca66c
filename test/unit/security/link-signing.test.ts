import { describe, expect, it } from 'vitest';
import { createLinkSigner } from '../../../src/security/link-signing.js';

const key = Buffer.alloc(32, 7);

describe('download link signing', () => {
  it('when a link is verified before it expires, then the grant comes back as signed', () => {
    let now = 1_000_000;
    const signer = createLinkSigner({ key, ttlInMs: 60_000, now: () => now });
    const token = signer.sign({
      intent: 'customers.search',
      entities: { query: 'fab', searchField: 'companyName' },
      userId: 'u-1',
      role: 'HelpdeskAgent',
    });
    now += 59_000;
    expect(signer.verify(token)).toEqual({
      ok: true,
      grant: {
        v: 1,
        intent: 'customers.search',
        entities: { query: 'fab', searchField: 'companyName' },
        userId: 'u-1',
        role: 'HelpdeskAgent',
        expiresAt: 1_060_000,
      },
    });
  });

  it('when the link is older than its TTL, then it is refused as expired', () => {
    let now = 0;
    const signer = createLinkSigner({ key, ttlInMs: 1_000, now: () => now });
    const token = signer.sign({ intent: 'customers.list', entities: {}, userId: 'u-1' });
    now = 1_001;
    expect(signer.verify(token)).toEqual({ ok: false, reason: 'expired' });
  });

  it('when another key signed it, or a byte of it changed, then it is refused', () => {
    const signer = createLinkSigner({ key });
    const other = createLinkSigner({ key: Buffer.alloc(32, 8) });
    const token = other.sign({ intent: 'customers.list', entities: {}, userId: 'u-1' });
    expect(signer.verify(token)).toEqual({ ok: false, reason: 'bad-signature' });
    const mine = signer.sign({ intent: 'customers.list', entities: {}, userId: 'u-1' });
    const flipped = `${mine.slice(0, 5)}${mine[5] === 'A' ? 'B' : 'A'}${mine.slice(6)}`;
    expect(signer.verify(flipped).ok).toBe(false);
  });

  it.each([undefined, '', 'abc', 'a.b.c', 'x'.repeat(5000)])(
    'when the token is %j, then it is refused as malformed',
    (token) => {
      expect(createLinkSigner({ key }).verify(token)).toEqual({ ok: false, reason: 'malformed' });
    },
  );

  it('when a signed payload names an unknown role, then it is refused', () => {
    const signer = createLinkSigner({ key });
    const token = signer.sign({
      intent: 'customers.list',
      entities: {},
      userId: 'u-1',
      role: 'Overlord' as never,
    });
    expect(signer.verify(token)).toEqual({ ok: false, reason: 'malformed' });
  });
});
