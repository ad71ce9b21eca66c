/**
 * `createPartnerCenterClient`: wires the pipeline, the read cache and the executor, and hands
 * them to one resource group per area (teams.ts client shape). Knows nothing of chat or cards.
 *
 * @example
 *   const client = createPartnerCenterClient({
 *     baseUrl: 'https://api.partnercenter.microsoft.com',
 *     tokenProvider: createClientCredentialsTokenProvider({ clientId, clientSecret, tenantId }),
 *   });
 *   for await (const page of client.customers.list().byPage({ maxPageSize: 20 })) { ... }
 */
import { silentLogger } from '../shared/logger.js';
import { resolveClientOptions } from './client-options.js';
import type { PartnerCenterClientOptions } from './client-options.js';
import { createAuditRecordsOperations } from './operations/audit-records.js';
import type { AuditRecordsOperations } from './operations/audit-records.js';
import { createBenefitsOperations } from './operations/benefits.js';
import type { BenefitsOperations } from './operations/benefits.js';
import type { OperationContext } from './operations/context.js';
import { createCustomersOperations } from './operations/customers.js';
import type { CustomersOperations } from './operations/customers.js';
import { createDirectoryRolesOperations } from './operations/directory-roles.js';
import type { DirectoryRolesOperations } from './operations/directory-roles.js';
import { createOffersOperations } from './operations/offers.js';
import type { OffersOperations } from './operations/offers.js';
import { createOrdersOperations } from './operations/orders.js';
import type { OrdersOperations } from './operations/orders.js';
import { createProfilesOperations } from './operations/profiles.js';
import type { ProfilesOperations } from './operations/profiles.js';
import { createReferralsOperations } from './operations/referrals.js';
import type { ReferralsOperations } from './operations/referrals.js';
import { createSubscribedSkusOperations } from './operations/subscribed-skus.js';
import type { SubscribedSkusOperations } from './operations/subscribed-skus.js';
import { createSubscriptionsOperations } from './operations/subscriptions.js';
import type { SubscriptionsOperations } from './operations/subscriptions.js';
import { createDomainsOperations } from './operations/domains.js';
import type { DomainsOperations } from './operations/domains.js';
import { createUsageOperations } from './operations/usage.js';
import type { UsageOperations } from './operations/usage.js';
import { createUsersOperations } from './operations/users.js';
import type { UsersOperations } from './operations/users.js';
import { createPipeline } from './pipeline/create-pipeline.js';
import { createReadCache } from './read-cache.js';
import type { ReadCacheStats } from './read-cache.js';
import { createRequestExecutor } from './request-executor.js';
import type { RawResponse } from './request-executor.js';
import { createUrlResolver } from './urls.js';

export interface PartnerCenterClient {
  readonly profiles: ProfilesOperations;
  readonly customers: CustomersOperations;
  readonly users: UsersOperations;
  readonly directoryRoles: DirectoryRolesOperations;
  readonly subscriptions: SubscriptionsOperations;
  readonly subscribedSkus: SubscribedSkusOperations;
  readonly orders: OrdersOperations;
  readonly offers: OffersOperations;
  readonly usage: UsageOperations;
  readonly auditRecords: AuditRecordsOperations;
  readonly benefits: BenefitsOperations;
  readonly referrals: ReferralsOperations;
  readonly domains: DomainsOperations;
  /** The read cache (empty and inert unless `cache.ttlInMs` > 0). */
  readonly cache: { clear(): void; stats(): ReadCacheStats };
  /**
   * Stops every request still running (their callers get PC_ABORTED), including reads shared
   * through the cache, which run without any one caller's signal. Call it before the service
   * goes away (shutdown), so nothing retries against it.
   */
  close(): void;
}

export function createPartnerCenterClient(
  options: PartnerCenterClientOptions,
): PartnerCenterClient {
  assertUrl('baseUrl', options.baseUrl);
  if (options.partnerApiBaseUrl !== undefined)
    assertUrl('partnerApiBaseUrl', options.partnerApiBaseUrl);
  if (options.benefitsEndpoint !== undefined)
    assertUrl('benefitsEndpoint', options.benefitsEndpoint);
  if (!options.tokenProvider) throw new TypeError('tokenProvider is required');

  const resolved = resolveClientOptions(options);
  const now = options.now ?? (() => Date.now());
  const logger = (options.logger ?? silentLogger).child('partner-center');
  const pipeline = createPipeline({
    applicationName: resolved.applicationName,
    tokenProviders: {
      partnerCenter: options.tokenProvider,
      partnerApi: options.partnerApiTokenProvider ?? options.tokenProvider,
    },
    retry: resolved.retry,
    throttle: resolved.throttle,
    timeoutInMs: resolved.timeoutInMs,
    fetch: options.fetch,
    logger,
    now,
    random: options.random ?? Math.random,
  });
  const lifetime = new AbortController();
  // Only plain 200s are kept: a 204 + Retry-After ("data not ready") must be asked again.
  const cache = createReadCache<RawResponse>(
    resolved.cache,
    now,
    (response) => response.status === 200 && !response.headers.has('retry-after'),
  );
  const urls = createUrlResolver({
    baseUrl: options.baseUrl,
    partnerApiBaseUrl: resolved.partnerApiBaseUrl,
    benefitsEndpoint: options.benefitsEndpoint,
  });
  const ctx: OperationContext = {
    executor: createRequestExecutor({
      pipeline,
      urls,
      cache,
      locale: resolved.locale,
      now,
      lifetime: lifetime.signal,
    }),
    benefitsEndpoint: options.benefitsEndpoint,
    polling: resolved.polling,
    now,
  };

  return {
    profiles: createProfilesOperations(ctx),
    customers: createCustomersOperations(ctx),
    users: createUsersOperations(ctx),
    directoryRoles: createDirectoryRolesOperations(ctx),
    subscriptions: createSubscriptionsOperations(ctx),
    subscribedSkus: createSubscribedSkusOperations(ctx),
    orders: createOrdersOperations(ctx),
    offers: createOffersOperations(ctx),
    usage: createUsageOperations(ctx),
    auditRecords: createAuditRecordsOperations(ctx),
    benefits: createBenefitsOperations(ctx),
    referrals: createReferralsOperations(ctx),
    domains: createDomainsOperations(ctx),
    cache: { clear: () => cache.clear(), stats: () => cache.stats() },
    close: () => lifetime.abort(),
  };
}

function assertUrl(name: string, value: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`${name} must be an absolute http(s) URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`${name} must be an absolute http(s) URL`);
  }
}
