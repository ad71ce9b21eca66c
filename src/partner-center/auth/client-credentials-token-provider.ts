/**
 * App-only tokens through MSAL's client-credentials flow (scope
 * `https://api.partnercenter.microsoft.com/.default`, partner-center-api.md §4.1). App-only
 * reaches customers, subscriptions, orders, offers and profiles, not users/roles/referrals (§4.2).
 */
import { AppError } from '../../shared/errors.js';
import { PC_ERRORS } from '../errors.js';
import { createCachedTokenProvider } from './cached-token-provider.js';
import { createMsalApplication, expiryOf } from './msal-application.js';
import type { MsalCredentialOptions } from './msal-application.js';
import { PARTNER_CENTER_SCOPES } from './scopes.js';
import type { TokenProvider } from './token-provider.js';

export interface ClientCredentialsTokenProviderOptions extends MsalCredentialOptions {
  /** Default `https://api.partnercenter.microsoft.com/.default`. */
  scope?: string;
}

export function createClientCredentialsTokenProvider(
  options: ClientCredentialsTokenProviderOptions,
): TokenProvider {
  const app = createMsalApplication(options);
  const scope = options.scope ?? PARTNER_CENTER_SCOPES.appOnly;
  const now = options.now ?? (() => Date.now());
  return createCachedTokenProvider(
    async ({ forceRefresh }) => {
      const result = await app.acquireTokenByClientCredential({
        scopes: [scope],
        skipCache: forceRefresh,
      });
      if (!result?.accessToken) throw new AppError(PC_ERRORS.PC_TOKEN_EMPTY, [scope]);
      return { token: result.accessToken, expiresOnTimestamp: expiryOf(result.expiresOn, now()) };
    },
    { now },
  );
}
