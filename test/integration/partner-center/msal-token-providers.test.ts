import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PARTNER_API_SCOPES,
  createClientCredentialsTokenProvider,
  createPartnerCenterClient,
  createRefreshTokenProvider,
  hasErrorCode,
  isPartnerCenterError,
} from '../../../src/partner-center/index.js';
import { createMemoryLogger } from '../../../src/shared/logger.js';
import { startFakeOidcProvider } from '../../helpers/fake-oidc-provider.js';
import type { FakeOidcProvider } from '../../helpers/fake-oidc-provider.js';
import { createScriptedFetch } from '../../helpers/scripted-fetch.js';

const TENANT = '3b33e682-00c3-41ee-9dd2-a548adf56438';
const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const SECRET = 'client-secret-value-do-not-log';
const REFRESH_TOKEN = 'stored-refresh-token-from-consent';

let idp: FakeOidcProvider;

beforeAll(async () => {
  idp = await startFakeOidcProvider({
    tenantId: TENANT,
    clientId: CLIENT_ID,
    clientSecret: SECRET,
    refreshToken: REFRESH_TOKEN,
  });
});

afterAll(async () => {
  await idp.close();
});

const credentials = () => ({
  clientId: CLIENT_ID,
  tenantId: TENANT,
  clientSecret: SECRET,
  networkClient: idp.networkClient,
});

describe('MSAL token providers against a local OpenID provider', () => {
  it('when an app-only token is asked for, then MSAL posts client credentials for the Partner Center .default scope', async () => {
    const before = idp.tokenRequests.length;
    const provider = createClientCredentialsTokenProvider(credentials());
    const token = await provider.getToken();

    expect(token.token).toMatch(/^access-token-\d+$/);
    expect(token.expiresOnTimestamp).toBeGreaterThan(Date.now() + 3_000_000);
    const request = idp.tokenRequests[before];
    expect(request?.path).toBe(`/${TENANT}/oauth2/v2.0/token`);
    expect(request?.form).toMatchObject({
      grant_type: 'client_credentials',
      client_id: CLIENT_ID,
      client_secret: SECRET,
      scope: 'https://api.partnercenter.microsoft.com/.default',
    });
  });

  it('when tokens are asked for again before expiry, then no new token request is made; forceRefresh makes one', async () => {
    const provider = createClientCredentialsTokenProvider(credentials());
    const first = await provider.getToken();
    const before = idp.tokenRequests.length;
    const again = await Promise.all([provider.getToken(), provider.getToken()]);
    expect(again.map((t) => t.token)).toEqual([first.token, first.token]);
    expect(idp.tokenRequests.length).toBe(before);

    const fresh = await provider.getToken({ forceRefresh: true });
    expect(fresh.token).not.toBe(first.token);
    expect(idp.tokenRequests.length).toBe(before + 1);
  });

  it('when an App+User token is asked for, then MSAL redeems the refresh token for user_impersonation', async () => {
    const before = idp.tokenRequests.length;
    const provider = createRefreshTokenProvider({ ...credentials(), refreshToken: REFRESH_TOKEN });
    const token = await provider.getToken();
    expect(token.token).toMatch(/^access-token-\d+$/);
    const form = idp.tokenRequests[before]?.form;
    expect(form).toMatchObject({ grant_type: 'refresh_token', refresh_token: REFRESH_TOKEN });
    expect(form?.scope?.split(' ')).toContain(
      'https://api.partnercenter.microsoft.com/user_impersonation',
    );
  });

  it('when a Partner API provider is built, then it asks for the Partner API audience', async () => {
    const before = idp.tokenRequests.length;
    const provider = createRefreshTokenProvider({
      ...credentials(),
      refreshToken: REFRESH_TOKEN,
      scope: PARTNER_API_SCOPES.appAndUser,
    });
    await provider.getToken();
    expect(idp.tokenRequests[before]?.form.scope?.split(' ')).toContain(
      'https://api.partner.microsoft.com/user_impersonation',
    );
  });

  it('when the client uses an MSAL provider, then Partner Center receives its bearer token', async () => {
    const pc = createScriptedFetch([{ body: { mpnId: '4391507' } }]);
    const client = createPartnerCenterClient({
      baseUrl: 'https://api.partnercenter.microsoft.com',
      tokenProvider: createClientCredentialsTokenProvider(credentials()),
      fetch: pc.fetch,
    });
    await client.profiles.getMpn();
    expect(pc.calls[0]?.headers.authorization).toMatch(/^Bearer access-token-\d+$/);
  });

  it('when the client secret is wrong, then the call fails with PC_AUTH_FAILED and the secret is in no message or log line', async () => {
    const pc = createScriptedFetch();
    const logger = createMemoryLogger('debug');
    const client = createPartnerCenterClient({
      logger,
      baseUrl: 'https://api.partnercenter.microsoft.com',
      tokenProvider: createClientCredentialsTokenProvider({
        ...credentials(),
        clientSecret: 'wrong-secret-value',
      }),
      fetch: pc.fetch,
    });
    const error = await client.profiles.getMpn().catch((e: unknown) => e);
    expect(hasErrorCode(error, 'PC_AUTH_FAILED')).toBe(true);
    if (!isPartnerCenterError(error)) throw error;
    expect(error.message).toContain('AADSTS7000215');
    const surfaces = [error.message, error.stack ?? '', JSON.stringify(error), ...logger.lines];
    expect(surfaces.join('\n')).not.toContain('wrong-secret-value');
    expect(pc.calls).toHaveLength(0);
  });
});
