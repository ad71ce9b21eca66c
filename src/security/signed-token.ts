import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The one token format of the agent's signed data (card actions, download links):
 * `base64url(canonical JSON) "." base64url(HMAC-SHA256(key, those bytes))`. Canonical JSON (keys
 * sorted) gives one payload exactly one byte form, so a re-encoded payload is refused too.
 */
export type OpenedToken =
  { ok: true; value: unknown } | { ok: false; reason: 'malformed' | 'bad-signature' };

const B64URL = /^[A-Za-z0-9_-]+$/;

export function sealToken(key: Buffer, payload: Record<string, unknown>): string {
  const bytes = Buffer.from(canonicalJson(payload), 'utf8');
  return `${bytes.toString('base64url')}.${mac(key, bytes).toString('base64url')}`;
}

/** Checks the signature and the canonical form; the caller validates the payload's shape. */
export function openToken(key: Buffer, token: unknown, maxLength: number): OpenedToken {
  const parts = typeof token === 'string' && token.length <= maxLength ? token.split('.') : [];
  const [encodedPayload, encodedMac] = parts;
  if (parts.length !== 2 || !encodedPayload || !encodedMac)
    return { ok: false, reason: 'malformed' };
  const bytes = decodeStrict(encodedPayload);
  const given = decodeStrict(encodedMac);
  if (!bytes || !given) return { ok: false, reason: 'malformed' };
  const wanted = mac(key, bytes);
  // timingSafeEqual needs equal lengths; a length mismatch reveals nothing secret.
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted))
    return { ok: false, reason: 'bad-signature' };
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, reason: 'malformed' };
  if (canonicalJson(value as Record<string, unknown>) !== bytes.toString('utf8'))
    return { ok: false, reason: 'malformed' };
  return { ok: true, value };
}

/** JSON with keys sorted at every level. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!value || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, sortKeys(o[k])]),
  );
}

function mac(key: Buffer, bytes: Buffer): Buffer {
  return createHmac('sha256', key).update(bytes).digest();
}

/** base64url that round-trips exactly (Node ignores stray characters and trailing bits). */
function decodeStrict(text: string): Buffer | undefined {
  if (!B64URL.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : undefined;
}
