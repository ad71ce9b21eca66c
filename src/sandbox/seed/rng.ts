/**
 * Deterministic randomness for seed data and probabilistic faults. Every entity draws from its
 * own stream (`rngFor(seed, 'customer', 'contoso')`), so adding generated customers or
 * reordering the seeding code never changes the ids of the named customers (the octokit/fixtures
 * idea of normalized, stable fixtures, applied to generated data).
 */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** A version-4 GUID, lower case. */
  guid(): string;
  /** A raw unsigned 32-bit value. */
  uint32(): number;
}

/** cyrb128: four 32-bit hashes of a string, used to seed sfc32. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** A 32-bit hash of a string (stable across runs and platforms). */
export function hashString(text: string): number {
  return cyrb128(text)[0];
}

/** A PRNG (sfc32) seeded from any string. */
export function createRng(seedText: string): Rng {
  let [a, b, c, d] = cyrb128(seedText);
  const uint32 = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return t >>> 0;
  };
  const next = () => uint32() / 4294967296;
  const hex = (n: number, width: number) => n.toString(16).padStart(width, '0').slice(-width);
  return {
    next,
    uint32,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick() needs a non-empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    chance: (p) => next() < p,
    guid() {
      const w = [uint32(), uint32(), uint32(), uint32()];
      const [w0, w1, w2, w3] = w as [number, number, number, number];
      const version = ((w1 & 0x0fff) | 0x4000) >>> 0;
      const variant = (((w2 >>> 16) & 0x3fff) | 0x8000) >>> 0;
      return `${hex(w0, 8)}-${hex(w1 >>> 16, 4)}-${hex(version, 4)}-${hex(variant, 4)}-${hex(w2 & 0xffff, 4)}${hex(w3, 8)}`;
    },
  };
}

/** The stream for one labelled entity under a seed, e.g. `rngFor(42, 'customer', 'contoso')`. */
export function rngFor(seed: number, ...labels: Array<string | number>): Rng {
  return createRng(`${seed}|${labels.join('|')}`);
}
