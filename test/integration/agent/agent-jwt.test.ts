import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardsOf, startTestAgent, type TestActivity, type TestAgent } from '../../helpers/agent.js';

// The real agent with its own Entra app configured (clientId): every POST to /api/messages must
// carry a bearer token the Agents SDK verifies against a JWKS. The JWKS is served here on
// 127.0.0.1; the SDK builds its URL from authorityEndpoint (agents-sdk.md §2, "Incoming JWT
// validation"). Activities carry no serviceUrl and use expectReplies, so no outbound MSAL token is
// needed (§0.10) and nothing leaves loopback.

const APP_ID = 'test-app-id';
const TENANT = 'tenant-x';
const ISSUER = `https://login.microsoftonline.com/${TENANT}/v2.0`;
const KID = 'test-key-1';

interface JwksServer {
  url: string;
  /** Paths of every request the server received. */
  requests: string[];
  close(): Promise<void>;
}

async function startJwksServer(publicKey: KeyObject): Promise<JwksServer> {
  const requests: string[] = [];
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: KID, use: 'sig', alg: 'RS256' };
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.method === 'GET' && req.url === `/${TENANT}/discovery/v2.0/keys`) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end('{"error":"not_found"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const rsaKeys = () => generateKeyPairSync('rsa', { modulusLength: 2048 });

describe('the real agent with an app id: incoming JWT validation against a local JWKS', () => {
  const signing = rsaKeys();
  const stranger = rsaKeys();
  let jwks: JwksServer;
  let agent: TestAgent;

  const token = (
    claims: Record<string, unknown> = {},
    options: { key?: KeyObject; kid?: string; expiresIn?: number } = {},
  ) =>
    jwt.sign(
      { aud: APP_ID, iss: ISSUER, tid: TENANT, appid: 'some-client', ...claims },
      options.key ?? signing.privateKey,
      {
        algorithm: 'RS256',
        keyid: options.kid ?? KID,
        ...(claims.exp === undefined ? { expiresIn: options.expiresIn ?? 600 } : {}),
      },
    );

  const message = (text: string) => ({
    type: 'message',
    id: randomUUID(),
    text,
    channelId: 'test',
    deliveryMode: 'expectReplies',
    from: { id: 'user-1', name: 'Megan Bowen' },
    recipient: { id: 'agent', name: 'Partner Center agent' },
    conversation: { id: `jwt-${randomUUID()}` },
    // No serviceUrl: with one, the SDK would fetch an outbound MSAL token before the turn.
  });

  const postAs = (authorization: string | undefined, body: unknown = message('help')) =>
    agent.post(body, authorization ? { authorization } : {});

  const expect401 = async (res: Response, reason: RegExp) => {
    expect(res.status).toBe(401);
    // The project's Partner Center-style error body, carrying the SDK's reason.
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ code: 'Unauthorized', data: [], source: 'partner-center-agent' });
    expect(body.description).toMatch(reason);
  };

  beforeAll(async () => {
    // The SDK caches one JWKS client per URI for the process; a fresh port per run keeps it fresh.
    jwks = await startJwksServer(signing.publicKey);
    agent = await startTestAgent({
      clientId: APP_ID,
      tenantId: TENANT,
      authorityEndpoint: `${jwks.url}/${TENANT}`,
    });
  });
  afterAll(async () => {
    await agent?.close();
    await jwks?.close();
  });

  it('precondition: process.env holds no SDK auth variables, so only the env given here configures auth', () => {
    // The SDK reads these at import and merges them into any explicit AuthConfiguration
    // (getAuthConfigWithDefaults spreads its import-time env first), so a stray one would leak in.
    const sdkKeys =
      /^(clientid|clientsecret|tenantid|authorityendpoint|authtype|microsoftapp\w*|connections__.*)$/i;
    expect(Object.keys(process.env).filter((k) => sdkKeys.test(k))).toEqual([]);
    expect(agent.host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('when a request has no Authorization header, then it answers 401', async () => {
    await expect401(await postAs(undefined), /authorization header not found/);
  });

  it('when an unauthenticated request has a broken body, then it answers 401 before reading the body', async () => {
    const res = await agent.post('{not json', {});
    await expect401(res, /authorization header not found/);
    const wrongType = await fetch(agent.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(wrongType.status).toBe(401);
  });

  it('when the Authorization header is not a bearer token, then it answers 401', async () => {
    await expect401(await postAs('Basic dXNlcjpwYXNz'), /invalid authorization header/);
  });

  it('when the token is not a JWT at all, then it answers 401', async () => {
    await expect401(await postAs('Bearer not-a-jwt'), /invalid token/);
  });

  it('when the token is signed by another key with the same kid, then it answers 401', async () => {
    await expect401(
      await postAs(`Bearer ${token({}, { key: stranger.privateKey })}`),
      /invalid signature/,
    );
  });

  it('when the token names a key the JWKS does not have, then it answers 401', async () => {
    await expect401(
      await postAs(`Bearer ${token({}, { key: stranger.privateKey, kid: 'unknown-key' })}`),
      /Unable to find a signing key that matches 'unknown-key'/,
    );
  });

  it('when the token is for another audience, then it answers 401', async () => {
    await expect401(
      await postAs(`Bearer ${token({ aud: 'some-other-app' })}`),
      /[Aa]udience mismatch/,
    );
  });

  it('when the token expired (beyond the 5-minute clock tolerance), then it answers 401', async () => {
    const exp = Math.floor(Date.now() / 1000) - 3600;
    await expect401(await postAs(`Bearer ${token({ exp, iat: exp - 600 })}`), /jwt expired/);
  });

  it('when the token is an HS256 token made with the public key, then it answers 401', async () => {
    const pem = signing.publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const forged = jwt.sign({ aud: APP_ID, iss: ISSUER, tid: TENANT }, pem, {
      algorithm: 'HS256',
      keyid: KID,
      expiresIn: 600,
    });
    await expect401(await postAs(`Bearer ${forged}`), /invalid algorithm/);
  });

  it('when the token is valid, then the turn runs and the replies come back; the JWKS was fetched locally', async () => {
    const res = await postAs(`Bearer ${token()}`, message('help'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities: TestActivity[] };
    expect(body.activities.length).toBeGreaterThan(0);
    expect(cardsOf(body.activities).length).toBeGreaterThan(0);
    expect(jwks.requests).toContain(`/${TENANT}/discovery/v2.0/keys`);
    expect(new Set(jwks.requests)).toEqual(new Set([`/${TENANT}/discovery/v2.0/keys`]));
  });

  it('when a second valid token arrives, then it is accepted again (the signing key is cached)', async () => {
    const res = await postAs(`Bearer ${token()}`, message('list my customers'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities: TestActivity[] };
    expect(cardsOf(body.activities).length).toBeGreaterThan(0);
  });

  it('when health is probed, then no token is needed', async () => {
    const res = await fetch(`${agent.host.url}/healthz`);
    expect(res.status).toBe(200);
  });
});

describe('an agent without an app id in the same process', () => {
  let agent: TestAgent;

  beforeAll(async () => {
    agent = await startTestAgent();
  });
  afterAll(() => agent?.close());

  it('when a request has no Authorization header, then it is served anonymously', async () => {
    const replies = await agent.conversation().say('help');
    expect(cardsOf(replies).length).toBeGreaterThan(0);
  });
});
