/**
 * Where the client gets its bearer tokens (Azure `TokenCredential`, trimmed to what Partner Center
 * needs). Implementations: StaticTokenProvider (sandbox), client credentials (app-only) and
 * refresh token (app+user) through MSAL.
 */
export interface AccessToken {
  token: string;
  /** Milliseconds since the epoch. */
  expiresOnTimestamp: number;
}

export interface GetTokenOptions {
  abortSignal?: AbortSignal;
  /** Skip every cache: Partner Center answered 401 to the cached token. */
  forceRefresh?: boolean;
}

export interface TokenProvider {
  getToken(options?: GetTokenOptions): Promise<AccessToken>;
}
