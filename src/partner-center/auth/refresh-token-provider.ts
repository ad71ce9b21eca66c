/**
 * App+User tokens from a stored refresh token (the secure application model: one interactive
 * consent with MFA, then `grant_type=refresh_token`; `develop/enable-secure-app-model.md`).
 * Scope `https://api.partnercenter.microsoft.com/user_impersonation`; for referrals use
 * `PARTNER_API_SCOPES.appAndUser` with a second provider.
 */
import { AppError } from '../../shared/errors.js';
import { PC_ERRORS } from '../errors.js';
import { createCachedTokenProvider } from './cached-token-provider.js';
import { createMsalApplication, expiryOf } from './msal-application.js';
import type { MsalCredentialOptions } from './msal-application.js';
import { PARTNER_CENTER_SCOPES } from './scopes.js';
import type { TokenProvider } from './token-provider.js';

export interface RefreshTokenProviderOptions extends MsalCredentialOptions {
  refreshToken: string;
  /** Default `https://api.partnercenter.microsoft.com/user_impersonation`. */
  scope?: string;
}

export function createRefreshTokenProvider(options: RefreshTokenProviderOptions): TokenProvider {
  if (!options.refreshToken) throw new TypeError('refreshToken is required');
  const app = createMsalApplication(options);
  const scope = options.scope ?? PARTNER_CENTER_SCOPES.appAndUser;
  const now = options.now ?? (() => Date.now());
  return createCachedTokenProvider(
    async () => {
      // Always a network call: MSAL's refresh-token flow does not read its cache, which is what
      // forceRefresh needs; the wrapper's cache is what spares the identity platform.
      const result = await app.acquireTokenByRefreshToken({
        refreshToken: options.refreshToken,
        scopes: [scope],
      });
      if (!result?.accessToken) throw new AppError(PC_ERRORS.PC_TOKEN_EMPTY, [scope]);
      return { token: result.accessToken, expiresOnTimestamp: expiryOf(result.expiresOn, now()) };
    },
    { now },
  );
}
