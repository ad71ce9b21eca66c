/**
 * Wraps a token source: reuses a token until `refreshMarginInMs` before it expires, and lets
 * concurrent callers share one acquisition (so 50 parallel calls at start-up make one token
 * request). `forceRefresh` (after a 401) skips the cached token.
 */
import { raceAbort } from '../race-abort.js';
import type { AccessToken, GetTokenOptions, TokenProvider } from './token-provider.js';

export interface CachedTokenProviderOptions {
  /** Default 60 s: a token is renewed this long before it expires. */
  refreshMarginInMs?: number;
  now?: () => number;
}

const DEFAULTS = {
  refreshMarginInMs: 60_000,
  now: () => Date.now(),
} satisfies Required<CachedTokenProviderOptions>;

export type TokenSource = (options: { forceRefresh: boolean }) => Promise<AccessToken>;

export function createCachedTokenProvider(
  source: TokenSource,
  options: CachedTokenProviderOptions = {},
): TokenProvider {
  const { refreshMarginInMs, now } = { ...DEFAULTS, ...options };
  let cached: AccessToken | undefined;
  let inFlight: { promise: Promise<AccessToken>; forced: boolean } | undefined;

  const acquire = (forceRefresh: boolean): Promise<AccessToken> => {
    if (inFlight && (inFlight.forced || !forceRefresh)) return inFlight.promise;
    const promise = source({ forceRefresh })
      .then((token) => {
        cached = token;
        return token;
      })
      .finally(() => {
        if (inFlight?.promise === promise) inFlight = undefined;
      });
    inFlight = { promise, forced: forceRefresh };
    return promise;
  };

  return {
    async getToken(getOptions: GetTokenOptions = {}) {
      const force = getOptions.forceRefresh === true;
      if (!force && cached && cached.expiresOnTimestamp - refreshMarginInMs > now()) return cached;
      const signal = getOptions.abortSignal;
      return raceAbort(acquire(force), signal, () => signal?.reason);
    },
  };
}
