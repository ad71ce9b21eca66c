/** A fixed token: the local sandbox, or a token handed over by PARTNER_CENTER_TOKEN. */
import type { AccessToken, TokenProvider } from './token-provider.js';

export class StaticTokenProvider implements TokenProvider {
  // A private field, so logging or serializing the provider never shows the token.
  readonly #token: string;

  constructor(token: string) {
    if (typeof token !== 'string' || token === '') {
      throw new TypeError('StaticTokenProvider needs a non-empty token');
    }
    this.#token = token;
  }

  getToken(): Promise<AccessToken> {
    return Promise.resolve({ token: this.#token, expiresOnTimestamp: Number.MAX_SAFE_INTEGER });
  }

  toJSON(): Record<string, string> {
    return { type: 'StaticTokenProvider' };
  }
}
