import { hashString, type Rng } from './rng.js';

const ORDER_ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A new-commerce order id, 33 url-safe characters like `9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1`. */
export function newCommerceOrderId(rng: Rng): string {
  let id = '';
  // Five 6-bit characters per 32-bit draw (seeding 25,000 customers makes ~60,000 order ids).
  while (id.length < 33) {
    let bits = rng.uint32();
    for (let i = 0; i < 5 && id.length < 33; i++, bits >>>= 6) id += ORDER_ID_ALPHABET[bits & 63];
  }
  return id;
}

/**
 * The etag of a versioned resource, in the form Partner Center uses for subscriptions and
 * orders: base64 of `{"id":"…","version":n}` (see subscription-get.json).
 */
export function versionEtag(id: string, version: number): string {
  return Buffer.from(JSON.stringify({ id: id.toLowerCase(), version })).toString('base64');
}

/** The numeric-string etag Partner Center uses on billing profiles (customer-get.json). */
export function numericEtag(id: string, version: number): string {
  const high = hashString(`${id}|${version}|h`);
  const low = hashString(`${id}|${version}|l`);
  return BigInt.asIntN(64, (BigInt(high) << 32n) | BigInt(low)).toString();
}

/** A password that satisfies Entra complexity rules, drawn from the seeded stream. */
export function generatedPassword(rng: Rng): string {
  const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '!#$%&*+=?'];
  let out = '';
  for (let i = 0; i < 12; i++) {
    const set = sets[i % sets.length] as string;
    out += set[rng.int(0, set.length - 1)];
  }
  return out;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: string): boolean {
  return GUID.test(value);
}
