/**
 * A local OpenID provider on 127.0.0.1 (port 0) that speaks enough of Entra ID v2 for MSAL:
 * instance discovery, OpenID configuration and the token endpoint (client credentials and
 * refresh token grants). MSAL only accepts https authorities, so `networkClient` (MSAL's own
 * injection point) rewrites https://login.microsoftonline.com to this server; any other host is
 * refused, so a test can never reach the internet.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

export const ENTRA_HOST = 'https://login.microsoftonline.com';

export interface FakeOidcOptions {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  refreshToken?: string;
  expiresInSeconds?: number;
}

export interface TokenRequest {
  path: string;
  form: Record<string, string>;
}

export interface FakeOidcProvider {
  url: string;
  /** Every POST to the token endpoint, form fields decoded. */
  tokenRequests: TokenRequest[];
  /** Every GET (discovery, metadata). */
  metadataRequests: string[];
  networkClient: INetworkModule;
  close(): Promise<void>;
}

export async function startFakeOidcProvider(options: FakeOidcOptions): Promise<FakeOidcProvider> {
  const tokenRequests: TokenRequest[] = [];
  const metadataRequests: string[] = [];
  let issued = 0;
  const tenantBase = `${ENTRA_HOST}/${options.tenantId}`;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET') {
      metadataRequests.push(`${url.pathname}${url.search}`);
      if (url.pathname.endsWith('/discovery/instance')) {
        return send(200, {
          tenant_discovery_endpoint: `${tenantBase}/v2.0/.well-known/openid-configuration`,
          'api-version': '1.1',
          metadata: [
            {
              preferred_network: 'login.microsoftonline.com',
              preferred_cache: 'login.windows.net',
              aliases: ['login.microsoftonline.com', 'login.windows.net', 'login.microsoft.com'],
            },
          ],
        });
      }
      if (url.pathname === `/${options.tenantId}/v2.0/.well-known/openid-configuration`) {
        return send(200, {
          token_endpoint: `${tenantBase}/oauth2/v2.0/token`,
          authorization_endpoint: `${tenantBase}/oauth2/v2.0/authorize`,
          end_session_endpoint: `${tenantBase}/oauth2/v2.0/logout`,
          issuer: `${ENTRA_HOST}/${options.tenantId}/v2.0`,
          jwks_uri: `${ENTRA_HOST}/${options.tenantId}/discovery/v2.0/keys`,
          response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
          token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt'],
        });
      }
      return send(404, { error: 'not_found' });
    }
    if (req.method === 'POST' && url.pathname === `/${options.tenantId}/oauth2/v2.0/token`) {
      const form = Object.fromEntries(new URLSearchParams(await readBody(req)));
      tokenRequests.push({ path: url.pathname, form });
      if (form.client_id !== options.clientId || form.client_secret !== options.clientSecret) {
        return send(401, {
          error: 'invalid_client',
          error_description: 'AADSTS7000215: Invalid client secret provided.',
          error_codes: [7000215],
        });
      }
      const expires_in = options.expiresInSeconds ?? 3599;
      const access_token = `access-token-${++issued}`;
      if (form.grant_type === 'client_credentials') {
        return send(200, {
          token_type: 'Bearer',
          expires_in,
          ext_expires_in: expires_in,
          access_token,
        });
      }
      if (form.grant_type === 'refresh_token' && form.refresh_token === options.refreshToken) {
        return send(200, {
          token_type: 'Bearer',
          scope: form.scope,
          expires_in,
          ext_expires_in: expires_in,
          access_token,
          refresh_token: `rotated-refresh-token-${issued}`,
          id_token: idToken(options),
          client_info: Buffer.from(
            JSON.stringify({ uid: 'user-oid', utid: options.tenantId }),
          ).toString('base64url'),
        });
      }
      return send(400, {
        error: 'invalid_grant',
        error_description: 'AADSTS70000: The grant is invalid.',
      });
    }
    return send(404, { error: 'not_found' });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  const forward = async <T>(
    method: 'GET' | 'POST',
    target: string,
    request?: NetworkRequestOptions,
  ): Promise<NetworkResponse<T>> => {
    if (!target.startsWith(`${ENTRA_HOST}/`)) {
      throw new TypeError(
        `fake OIDC provider refuses a non-loopback call to ${new URL(target).host}`,
      );
    }
    const response = await fetch(`${base}${target.slice(ENTRA_HOST.length)}`, {
      method,
      headers: request?.headers,
      body: method === 'POST' ? request?.body : undefined,
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => (headers[name] = value));
    return { status: response.status, headers, body: (await response.json()) as T };
  };

  return {
    url: base,
    tokenRequests,
    metadataRequests,
    networkClient: {
      sendGetRequestAsync: (target, request) => forward('GET', target, request),
      sendPostRequestAsync: (target, request) => forward('POST', target, request),
    },
    close: () =>
      new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

/** An unsigned id token: MSAL reads its claims, it does not check a signature in this flow. */
function idToken(options: FakeOidcOptions): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return [
    part({ alg: 'none', typ: 'JWT' }),
    part({
      aud: options.clientId,
      iss: `${ENTRA_HOST}/${options.tenantId}/v2.0`,
      iat: now,
      nbf: now,
      exp: now + 3600,
      oid: 'user-oid',
      sub: 'user-sub',
      tid: options.tenantId,
      preferred_username: 'admin@partner.onmicrosoft.com',
      name: 'Partner Admin',
    }),
    '',
  ].join('.');
}
