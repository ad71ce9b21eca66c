import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  cardRejection,
  createCardSigner,
  type CardTokenInput,
} from '../../../src/security/card-signing.js';

const NOW = Date.parse('2026-11-02T09:00:00.000Z');
const KEY = randomBytes(32);
const signer = createCardSigner({ key: KEY, now: () => NOW });
const INPUT: CardTokenInput = {
  pendingActionId: 'pa-1',
  verb: 'confirm',
  userId: 'aad-megan',
  conversationId: 'conv-1',
  customerId: 'cust-contoso',
};
const OWNER = { userId: 'aad-megan', conversationId: 'conv-1' };

/** Replace the character at `index` with a different base64url character. */
function flipChar(text: string, index: number): string {
  const c = text[index] === 'A' ? 'B' : 'A';
  return text.slice(0, index) + c + text.slice(index + 1);
}

describe('card signing', () => {
  it('when a token is verified by its owner in its conversation, then the payload comes back', () => {
    const token = signer.sign(INPUT);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(signer.verify(token, { ...OWNER, verb: 'confirm' })).toEqual({
      ok: true,
      payload: { v: 1, ...INPUT, issuedAt: NOW },
    });
  });

  it('when the signer restarts with the same key, then earlier tokens still verify', () => {
    const token = signer.sign(INPUT);
    expect(
      createCardSigner({ key: Buffer.from(KEY), now: () => NOW }).verify(token, OWNER).ok,
    ).toBe(true);
    expect(createCardSigner({ key: randomBytes(32), now: () => NOW }).verify(token, OWNER)).toEqual(
      {
        ok: false,
        reason: 'bad-signature',
      },
    );
  });

  it('when any byte of the payload or of the MAC is changed, then the token is refused', () => {
    const token = signer.sign(INPUT);
    const [payload, mac] = token.split('.') as [string, string];
    for (let i = 0; i < payload.length - 1; i++)
      expect(signer.verify(`${flipChar(payload, i)}.${mac}`, OWNER).ok).toBe(false);
    for (let i = 0; i < mac.length - 1; i++)
      expect(signer.verify(`${payload}.${flipChar(mac, i)}`, OWNER)).toEqual({
        ok: false,
        reason: 'bad-signature',
      });
  });

  it('when the customer id is swapped inside the payload, then the signature no longer matches', () => {
    const [payload, mac] = signer.sign(INPUT).split('.') as [string, string];
    const json = Buffer.from(payload, 'base64url')
      .toString('utf8')
      .replace('cust-contoso', 'cust-fabrikam');
    const forged = `${Buffer.from(json).toString('base64url')}.${mac}`;
    expect(signer.verify(forged, OWNER)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('when the token belongs to another user or conversation, then it is refused as such', () => {
    const token = signer.sign(INPUT);
    expect(signer.verify(token, { ...OWNER, userId: 'aad-adele' })).toEqual({
      ok: false,
      reason: 'wrong-user',
    });
    expect(signer.verify(token, { ...OWNER, conversationId: 'conv-2' })).toEqual({
      ok: false,
      reason: 'wrong-conversation',
    });
  });

  it('when a Cancel token is sent with the Confirm verb, then it is refused', () => {
    const token = signer.sign({ ...INPUT, verb: 'cancel' });
    expect(signer.verify(token, { ...OWNER, verb: 'confirm' })).toEqual({
      ok: false,
      reason: 'wrong-verb',
    });
  });

  it('when the token is older than the maximum age or from the future, then it is refused', () => {
    const short = createCardSigner({ key: KEY, now: () => NOW, maxAgeInMs: 60_000 });
    const token = short.sign({ ...INPUT, issuedAt: NOW - 60_000 });
    expect(short.verify(token, OWNER).ok).toBe(true);
    expect(short.verify(token, { ...OWNER, now: NOW + 1 })).toEqual({
      ok: false,
      reason: 'expired',
    });
    const future = short.sign({ ...INPUT, issuedAt: NOW + 60 * 60_000 });
    expect(short.verify(future, OWNER)).toEqual({ ok: false, reason: 'malformed' });
  });

  it.each([
    ['not a string', 42],
    ['no dot', 'abc'],
    ['three parts', 'a.b.c'],
    ['empty part', '.abc'],
    ['invalid characters', 'ab+c.de/f'],
    ['huge', 'a'.repeat(5000) + '.b'],
  ])('when the token is malformed (%s), then it is refused as malformed', (_, token) => {
    expect(signer.verify(token, OWNER)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('when a correctly signed payload has extra fields or a wrong shape, then it is refused as malformed', () => {
    const sign = (json: string) => {
      const bytes = Buffer.from(json);
      return `${bytes.toString('base64url')}.${createHmac('sha256', KEY).update(bytes).digest('base64url')}`;
    };
    const base = {
      v: 1,
      pendingActionId: 'pa',
      verb: 'confirm',
      userId: 'aad-megan',
      conversationId: 'conv-1',
      issuedAt: NOW,
    };
    expect(signer.verify(sign(JSON.stringify({ ...base, admin: true })), OWNER).ok).toBe(false);
    expect(signer.verify(sign(JSON.stringify({ ...base, v: 2 })), OWNER).ok).toBe(false);
    expect(signer.verify(sign('not json'), OWNER)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('when a binding field is empty, then sign refuses to make a token', () => {
    expect(() => signer.sign({ ...INPUT, userId: '' })).toThrow(TypeError);
  });

  it('when the key is shorter than 32 bytes, then the signer refuses it', () => {
    expect(() => createCardSigner({ key: Buffer.alloc(16) })).toThrow(RangeError);
  });

  it('when a token is refused, then the user gets a clear catalogued message', () => {
    expect(cardRejection('wrong-user').message).toMatch(/another user, so nothing was done/);
    expect(cardRejection('bad-signature').status).toBe(403);
    expect(cardRejection('expired').code).toBe('CARD_EXPIRED');
  });
});
