/** Options of `createPartnerCenterClient`, and the one literal that holds their defaults. */
import type { Logger } from '../shared/logger.js';
import type { TokenProvider } from './auth/token-provider.js';
import type { PollingOptions } from './operations/context.js';
import type { RetryOptions } from './pipeline/retry-policy.js';
import type { ThrottleOptions } from './pipeline/throttle-policy.js';
import type { FetchLike } from './pipeline/transport.js';
import type { ReadCacheOptions } from './read-cache.js';

export interface PartnerCenterClientOptions {
  /** Partner Center root without `/v1`: https://api.partnercenter.microsoft.com or a sandbox. */
  baseUrl: string;
  /** Partner API root (referrals) without `/v1.0`. Default https://api.partner.microsoft.com */
  partnerApiBaseUrl?: string;
  /** Base URL of a benefits collection; without it benefits calls fail with PC_BENEFITS_NOT_CONFIGURED. */
  benefitsEndpoint?: string;
  tokenProvider: TokenProvider;
  /** Token for the Partner API (its own resource); defaults to `tokenProvider`. */
  partnerApiTokenProvider?: TokenProvider;
  /** Sent as MS-PartnerCenter-Application. */
  applicationName?: string;
  /** Sent as X-Locale (language of returned text and rates). */
  locale?: string;
  /** Injected fetch (tests); defaults to the global fetch. */
  fetch?: FetchLike;
  retry?: Partial<RetryOptions>;
  throttle?: Partial<ThrottleOptions>;
  /** Read cache + coalescing; off unless `ttlInMs` > 0. */
  cache?: Partial<ReadCacheOptions>;
  /** Polling after a 202 to a subscription update. */
  polling?: Partial<PollingOptions>;
  /** Limit of one attempt; a timeout is retried like a network failure. */
  timeoutInMs?: number;
  logger?: Logger;
  /** Clock (tests). */
  now?: () => number;
  /** Jitter source in [0, 1) (tests). */
  random?: () => number;
}

export interface ResolvedClientOptions {
  partnerApiBaseUrl: string;
  applicationName: string;
  locale: string;
  timeoutInMs: number;
  retry: RetryOptions;
  throttle: ThrottleOptions;
  cache: ReadCacheOptions;
  polling: PollingOptions;
}

export const DEFAULTS = {
  partnerApiBaseUrl: 'https://api.partner.microsoft.com',
  applicationName: 'partner-center-agent',
  locale: 'en-US',
  timeoutInMs: 60_000,
  // The .NET SDK retries 3 times (`PartnerSdkConfiguration.json` DefaultMaxRetryAttempts).
  retry: {
    maxRetries: 3,
    retryDelayInMs: 800,
    maxRetryDelayInMs: 30_000,
    maxRetryAfterInMs: 60_000,
  },
  // Under the documented 500 requests/minute/tenant (`develop/customer-resources.md`); a burst
  // of 100 lets a 50-page listing run at full speed.
  throttle: { maxConcurrency: 10, requestsPerMinute: 450, burst: 100 },
  cache: { ttlInMs: 0, maxEntries: 2_000 },
  polling: { maxAttempts: 8, initialDelayInMs: 1_000, maxDelayInMs: 10_000 },
} satisfies ResolvedClientOptions;

/** Merges the caller's options over DEFAULTS, once. */
export function resolveClientOptions(options: PartnerCenterClientOptions): ResolvedClientOptions {
  return {
    partnerApiBaseUrl: options.partnerApiBaseUrl ?? DEFAULTS.partnerApiBaseUrl,
    applicationName: options.applicationName ?? DEFAULTS.applicationName,
    locale: options.locale ?? DEFAULTS.locale,
    timeoutInMs: options.timeoutInMs ?? DEFAULTS.timeoutInMs,
    retry: { ...DEFAULTS.retry, ...options.retry },
    throttle: { ...DEFAULTS.throttle, ...options.throttle },
    cache: { ...DEFAULTS.cache, ...options.cache },
    polling: { ...DEFAULTS.polling, ...options.polling },
  };
}
