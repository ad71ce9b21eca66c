import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  StaticTokenProvider,
  collectAll,
  createPartnerCenterClient,
  isPartnerCenterError,
} from '../../../src/partner-center/index.js';
import type { TokenProvider } from '../../../src/partner-center/index.js';
import { CLIENT_VERSION } from '../../../src/partner-center/version.js';
import { collection } from '../../helpers/scripted-fetch.js';
import { readSample } from './samples.js';
import { createTestClient } from './test-client.js';

const userInput = {
  userPrincipalName: 'jane@contoso.onmicrosoft.com',
  displayName: 'Jane',
  usageLocation: 'US',
  passwordProfile: { password: 'Initial-Pass-123', forceChangePassword: true },
};

describe('createPartnerCenterClient', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('when any call is made, then the documented headers are sent', async () => {
    const { client, pc } = createTestClient([{ body: readSample('customer-get.json') }], {
      applicationName: 'contoso-agent',
      locale: 'fr-FR',
    });
    await client.customers.get('c1', { correlationId: 'turn-42' });
    expect(pc.calls[0]!.headers).toMatchObject({
      accept: 'application/json',
      authorization: 'Bearer static-test-token-value',
      'x-locale': 'fr-FR',
      'ms-contract-version': 'v1',
      'ms-partnercenter-application': 'contoso-agent',
      'ms-correlationid': 'turn-42',
      'user-agent': expect.stringMatching(/^partner-center-agent\/\d/),
    });
    expect(pc.calls[0]!.headers['ms-requestid']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('when a write is retried after a 503, then every attempt carries the same MS-RequestId', async () => {
    const { client, pc } = createTestClient([
      { status: 503 },
      { networkError: 'ECONNRESET' },
      { body: readSample('user-create.json') },
    ]);
    await client.users.create('c1', userInput);
    const ids = pc.calls.map((c) => c.headers['ms-requestid']);
    expect(pc.transcript).toEqual([
      'POST /v1/customers/c1/users -> 503',
      'POST /v1/customers/c1/users -> ECONNRESET',
      'POST /v1/customers/c1/users -> 200',
    ]);
    expect(new Set(ids).size).toBe(1);
  });

  it('when the caller supplies the request id stored with a pending write, then it is the MS-RequestId sent', async () => {
    const { client, pc } = createTestClient([{ body: readSample('user-create.json') }]);
    await client.users.create('c1', userInput, { requestId: 'stored-before-confirm' });
    expect(pc.calls[0]!.headers['ms-requestid']).toBe('stored-before-confirm');
  });

  it('when Partner Center returns 429 with Retry-After: 2, then the client waits 2 s and retries with the same MS-RequestId', async () => {
    vi.useFakeTimers();
    const { client, pc } = createTestClient([
      {
        status: 429,
        headers: { 'Retry-After': '2' },
        body: readSample('error-429-throttled.json'),
      },
      { body: readSample('subscription-get.json') },
    ]);
    const pending = client.subscriptions.get('c1', 's1');
    await vi.advanceTimersByTimeAsync(1999);
    expect(pc.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).id).toBe('A356AC8C-E310-44F4-BF85-C7F29044AF99');
    expect(pc.calls[1]!.headers['ms-requestid']).toBe(pc.calls[0]!.headers['ms-requestid']);
  });

  it('when 429s outlast the retries, then the error carries status 429, the gateway message and retryAfterInMs', async () => {
    const throttled = {
      status: 429,
      headers: { 'Retry-After': '0' },
      body: readSample('error-429-throttled.json'),
    };
    const { client, pc } = createTestClient([throttled, throttled], { retry: { maxRetries: 1 } });
    const error = await client.orders.get('c1', 'o1').catch((e: unknown) => e);
    if (!isPartnerCenterError(error)) throw error;
    expect([error.status, error.code, error.retryAfterInMs]).toEqual([429, undefined, 0]);
    expect(error.description).toBe('Rate limit is exceeded. Try again in 57 seconds.');
    expect(pc.calls).toHaveLength(2);
  });

  it('when the token is refused with 401, then the provider is asked once for a fresh token and the call retried once', async () => {
    const forced: boolean[] = [];
    const provider: TokenProvider = {
      getToken: async (options = {}) => {
        forced.push(options.forceRefresh === true);
        return { token: `tok-${forced.length}`, expiresOnTimestamp: Date.now() + 3_600_000 };
      },
    };
    const { client, pc } = createTestClient(
      [
        {
          status: 401,
          body: { code: 800001, description: 'Partner Token missing in request context' },
        },
        { body: readSample('customer-get.json') },
      ],
      { tokenProvider: provider },
    );
    await client.customers.get('c1');
    expect(forced).toEqual([false, true]);
    expect(pc.calls.map((c) => c.headers.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-2']);
  });

  it('when a failing call involved a secret token and a password, then no log line and no error text contains them', async () => {
    const { createMemoryLogger } = await import('../../../src/shared/logger.js');
    const logger = createMemoryLogger('debug');
    const secretToken = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJwYXJ0bmVyIn0.c2lnbmF0dXJlLXNlY3JldA';
    const password = 'Very-Secret-Pa55!';
    const echo = {
      code: 'invalidRequest',
      description: `Password '${password}' rejected for token ${secretToken}`,
      data: [`PasswordProfile.Password=${password}`],
    };
    const { client } = createTestClient([{ status: 503 }, { status: 400, body: echo }], {
      tokenProvider: new StaticTokenProvider(secretToken),
      logger,
    });
    const error = await client.users
      .resetPassword('c1', 'u1', { password, forceChangePassword: true })
      .catch((e: unknown) => e);
    if (!isPartnerCenterError(error)) throw error;

    const surfaces = [
      ...logger.lines,
      error.message,
      error.description ?? '',
      JSON.stringify(error),
      error.stack ?? '',
    ].join('\n');
    expect(logger.lines.length).toBeGreaterThanOrEqual(2);
    expect(surfaces).not.toContain(password);
    expect(surfaces).not.toContain(secretToken);
    expect(surfaces).not.toMatch(/Bearer [^R]/);
    expect(error.description).toContain('REDACTED');
  });

  it('when the read cache is on, then identical concurrent GETs share one call and a write invalidates them', async () => {
    const { client, pc } = createTestClient(
      [
        { body: readSample('subscriptions-list.json') },
        { body: readSample('subscription-get.json') },
        { body: readSample('subscriptions-list.json') },
      ],
      { cache: { ttlInMs: 30_000 } },
    );
    const lists = await Promise.all([
      collectAll(client.subscriptions.list('c1')),
      collectAll(client.subscriptions.list('c1')),
    ]);
    expect(lists[0]).toEqual(lists[1]);
    await collectAll(client.subscriptions.list('c1'));
    expect(pc.calls).toHaveLength(1);
    expect(client.cache.stats()).toMatchObject({ misses: 1, coalesced: 1, hits: 1 });

    const sub = (await collectAll(client.subscriptions.list('c1')))[0]!;
    await client.subscriptions.update('c1', { ...sub, friendlyName: 'renamed' });
    await collectAll(client.subscriptions.list('c1'));
    expect(pc.transcript).toEqual([
      'GET /v1/customers/c1/subscriptions -> 200',
      'PATCH /v1/customers/c1/subscriptions/83ef9d05-4169-4ef9-9657-0e86b1eab1de -> 200',
      'GET /v1/customers/c1/subscriptions -> 200',
    ]);
  });

  it('when the read cache is on, then pages with different continuation tokens are different entries', async () => {
    const { client, pc } = createTestClient(
      [
        {
          body: collection([{ id: 'a' }], {
            uri: '/customers?size=1&seekOperation=Next',
            continuationToken: 't1',
          }),
        },
        { body: collection([{ id: 'b' }]) },
      ],
      { cache: { ttlInMs: 30_000 } },
    );
    const ids = (await collectAll(client.customers.list().byPage({ maxPageSize: 1 }))).flatMap(
      (p) => p.items.map((c) => c.id),
    );
    expect(ids).toEqual(['a', 'b']);
    expect(pc.calls).toHaveLength(2);
    client.cache.clear();
    expect(client.cache.stats().size).toBe(0);
  });

  it('when a coalesced caller aborts, then only that caller stops', async () => {
    const { client, pc } = createTestClient([{ body: readSample('customer-get.json') }], {
      cache: { ttlInMs: 1000 },
    });
    const controller = new AbortController();
    const aborted = client.customers
      .get('c1', { abortSignal: controller.signal })
      .catch((e: unknown) => e);
    const other = client.customers.get('c1');
    controller.abort();
    expect(isPartnerCenterError(await aborted) && ((await aborted) as { code: unknown }).code).toBe(
      'PC_ABORTED',
    );
    expect((await other).id).toBe('eebd1b55-5360-4438-a11d-5c06918c3014');
    expect(pc.calls).toHaveLength(1);
  });

  it('when baseUrl is not an http(s) URL, then a TypeError names it', () => {
    expect(() =>
      createPartnerCenterClient({
        baseUrl: 'api.partnercenter',
        tokenProvider: new StaticTokenProvider('t'),
      }),
    ).toThrow(/baseUrl/);
  });

  it('when the client version is read, then it matches package.json (sent in User-Agent)', () => {
    const pkg = JSON.parse(
      readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    expect(CLIENT_VERSION).toBe(pkg.version);
  });
});
