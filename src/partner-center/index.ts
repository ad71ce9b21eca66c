/**
 * Public surface of the Partner Center client. Other layers import from here only.
 * Everything is typed; every `list*` returns a PagedAsyncIterableIterator; every failure is a
 * PartnerCenterError (check with `isPartnerCenterError`).
 */
export { createPartnerCenterClient } from './client.js';
export type { PartnerCenterClient } from './client.js';
export { DEFAULTS as PARTNER_CENTER_CLIENT_DEFAULTS } from './client-options.js';
export type { PartnerCenterClientOptions } from './client-options.js';

export { PC_ERRORS, PartnerCenterError, hasErrorCode, isPartnerCenterError } from './errors.js';
export type { PartnerCenterErrorCode, PartnerCenterErrorInit } from './errors.js';

export { collectAll } from './paging.js';
export type { Page, PageSettings, PagedAsyncIterableIterator } from './paging.js';

export type { AccessToken, GetTokenOptions, TokenProvider } from './auth/token-provider.js';
export { StaticTokenProvider } from './auth/static-token-provider.js';
export { createCachedTokenProvider } from './auth/cached-token-provider.js';
export type { CachedTokenProviderOptions, TokenSource } from './auth/cached-token-provider.js';
export { createClientCredentialsTokenProvider } from './auth/client-credentials-token-provider.js';
export type { ClientCredentialsTokenProviderOptions } from './auth/client-credentials-token-provider.js';
export { createRefreshTokenProvider } from './auth/refresh-token-provider.js';
export type { RefreshTokenProviderOptions } from './auth/refresh-token-provider.js';
export type { MsalCredentialOptions } from './auth/msal-application.js';
export {
  DEFAULT_AUTHORITY_HOST,
  PARTNER_API_SCOPES,
  PARTNER_CENTER_SCOPES,
} from './auth/scopes.js';

export type { OperationOptions } from './request-executor.js';
export type { PollingOptions } from './operations/context.js';
export type { RetryOptions } from './pipeline/retry-policy.js';
export type { ThrottleOptions } from './pipeline/throttle-policy.js';
export type { FetchLike } from './pipeline/transport.js';
export type { ReadCacheOptions, ReadCacheStats } from './read-cache.js';

export type {
  AuditRecordsOperations,
  ListAuditRecordsOptions,
} from './operations/audit-records.js';
export type { BenefitsOperations } from './operations/benefits.js';
export type {
  CustomerSearch,
  CustomersOperations,
  RelationshipRequestOptions,
} from './operations/customers.js';
export type { DirectoryRolesOperations } from './operations/directory-roles.js';
export type { DomainsOperations } from './operations/domains.js';
export type { CountryOptions, ListOffersOptions, OffersOperations } from './operations/offers.js';
export type { ListOrdersOptions, OrdersOperations } from './operations/orders.js';
export type { LegalBusinessOptions, ProfilesOperations } from './operations/profiles.js';
export type {
  ListReferralsOptions,
  ReferralsOperations,
  UpdateReferralOptions,
} from './operations/referrals.js';
export type {
  ListSubscribedSkusOptions,
  SubscribedSkusOperations,
} from './operations/subscribed-skus.js';
export type {
  ListSubscriptionsOptions,
  SubscriptionsOperations,
} from './operations/subscriptions.js';
export type { AzureUtilizationOptions, UsageOperations } from './operations/usage.js';
export type { UsersOperations } from './operations/users.js';

export * from './models/index.js';
