/**
 * The client against the sandbox on port 0, through the public surface only: the issue's
 * "Done when" behaviours end to end. A retried write keeps its MS-RequestId and the sandbox
 * applies it once; an injected 429 is waited out for its Retry-After; listing walks every page;
 * service errors keep their status and code; no secret reaches the log.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  StaticTokenProvider,
  collectAll,
  createPartnerCenterClient,
  isPartnerCenterError,
} from '../../../src/partner-center/index.js';
import type { PartnerCenterClientOptions } from '../../../src/partner-center/index.js';
import { createMemoryLogger } from '../../../src/shared/logger.js';
import { startTestSandbox } from '../../helpers/sandbox.js';
import type { TestSandbox } from '../../helpers/sandbox.js';

const TOKEN = 'sandbox-bearer-token-value';

let sb: TestSandbox;
/** Every request the client put on the wire: method, path and the headers that matter here. */
let wire: Array<{ method: string; path: string; requestId: string | null; token: string | null }>;

beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(() => sb.close());
beforeEach(async () => {
  wire = [];
  await sb.admin.delete('/_sandbox/faults');
});

function client(options: Partial<PartnerCenterClientOptions> = {}) {
  return createPartnerCenterClient({
    baseUrl: sb.url,
    partnerApiBaseUrl: sb.url,
    benefitsEndpoint: `${sb.url}/v1/benefits`,
    tokenProvider: new StaticTokenProvider(TOKEN),
    // The injectable transport: plain fetch, recorded.
    fetch: (url, init) => {
      const headers = new Headers(init.headers);
      wire.push({
        method: init.method ?? 'GET',
        path: new URL(url).pathname + new URL(url).search,
        requestId: headers.get('ms-requestid'),
        token: headers.get('ms-continuationtoken'),
      });
      return fetch(url, init);
    },
    retry: { retryDelayInMs: 1, maxRetryDelayInMs: 5 },
    ...options,
  });
}

const writes = async (kind: string) =>
  (await sb.admin.get<{ writes: Record<string, number> }>('/_sandbox/stats')).body.writes[kind] ??
  0;

async function contosoId(pc = client()): Promise<string> {
  const found = await collectAll(pc.customers.search({ field: 'companyName', prefix: 'Contoso' }));
  const contoso = found.find((c) => c.companyProfile?.companyName === 'Contoso Ltd');
  if (!contoso) throw new TypeError('seed data has no Contoso Ltd');
  return contoso.id;
}

describe('client against the sandbox', () => {
  it('when the connection is reset after the sandbox applied a quantity change, then the client retries with the same MS-RequestId and the change is made once', async () => {
    const pc = client();
    const customerId = await contosoId(pc);
    const subs = await collectAll(pc.subscriptions.list(customerId));
    const e3 = subs.find((s) => s.offerName === 'Microsoft 365 E3');
    if (!e3?.quantity) throw new TypeError('seed data has no Microsoft 365 E3 for Contoso');
    await sb.admin.post('/_sandbox/faults', {
      route: 'PATCH /v1/customers/:id/subscriptions/:sid',
      kind: 'reset',
      phase: 'after',
      times: 1,
    });
    const before = await writes('subscription.update');
    wire = [];

    const updated = await pc.subscriptions.update(customerId, { ...e3, quantity: e3.quantity + 2 });

    const patches = wire.filter((w) => w.method === 'PATCH');
    expect(patches).toHaveLength(2);
    expect(patches[0]!.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(patches[1]!.requestId).toBe(patches[0]!.requestId);
    expect(updated.quantity).toBe(e3.quantity + 2);
    expect(await writes('subscription.update')).toBe(before + 1);
    expect((await pc.subscriptions.get(customerId, e3.id)).quantity).toBe(e3.quantity + 2);
  });

  it('when the sandbox answers 429 with Retry-After: 1, then the client waits that long (not its own backoff) and the list succeeds', async () => {
    const logger = createMemoryLogger('debug');
    const pc = client({ logger });
    const customerId = await contosoId(pc);
    await sb.admin.post('/_sandbox/faults', {
      route: 'GET /v1/customers/:id/subscriptions',
      kind: 'throttle',
      retryAfterSeconds: 1,
      times: 1,
    });
    wire = [];

    const subs = await collectAll(pc.subscriptions.list(customerId));

    expect(subs.length).toBeGreaterThanOrEqual(3);
    expect(wire.map((w) => w.path)).toEqual([
      `/v1/customers/${customerId}/subscriptions`,
      `/v1/customers/${customerId}/subscriptions`,
    ]);
    const waits = logger.lines
      .map((l) => JSON.parse(l) as { delayInMs?: number })
      .flatMap((l) => (l.delayInMs === undefined ? [] : [l.delayInMs]));
    expect(waits).toEqual([1000]);
  });

  it('when customers are listed 4 a page, then every page is walked with its MS-ContinuationToken and a stored token resumes in a new client', async () => {
    const all = (await collectAll(client().customers.list())).map((c) => c.id);
    wire = [];
    const pages = await collectAll(client().customers.list().byPage({ maxPageSize: 4 }));

    expect(pages.flatMap((p) => p.items.map((c) => c.id))).toEqual(all);
    expect(pages.length).toBe(Math.ceil(all.length / 4));
    expect(pages.at(-1)?.continuationToken).toBeUndefined();
    expect(wire[0]!.token).toBeNull();
    expect(wire.slice(1).every((w) => w.token !== null)).toBe(true);

    const resumed = await client()
      .customers.list()
      .byPage({ continuationToken: pages[0]!.continuationToken })
      .next();
    expect(resumed.done ? [] : resumed.value.items.map((c) => c.id)).toEqual(
      pages[1]!.items.map((c) => c.id),
    );
  });

  it('when a customer is unknown or an etag is stale, then PartnerCenterError carries the sandbox status, code, request id and correlation id', async () => {
    const pc = client();
    const missing = await pc.customers
      .get('00000000-0000-4000-8000-000000000000', { correlationId: 'turn-1' })
      .catch((e: unknown) => e);
    if (!isPartnerCenterError(missing)) throw missing;
    expect([missing.status, missing.code, missing.correlationId]).toEqual([404, 60003, 'turn-1']);
    expect(missing.requestId).toMatch(/^[0-9a-f-]{36}$/);

    const customerId = await contosoId(pc);
    const [sub] = await collectAll(pc.subscriptions.list(customerId));
    wire = [];
    const stale = await pc.subscriptions
      .update(customerId, { ...sub!, friendlyName: 'x', attributes: { etag: 'stale-etag' } })
      .catch((e: unknown) => e);
    if (!isPartnerCenterError(stale)) throw stale;
    expect([stale.status, stale.code]).toEqual([400, 2055]);
    expect(wire).toHaveLength(1);
  });

  it('when a user is created with a password and the password is reset, then neither password nor the token is in any log line', async () => {
    const logger = createMemoryLogger('debug');
    const pc = client({ logger });
    const customerId = await contosoId(pc);
    const first = 'First-Secret-Pa55!';
    const second = 'Second-Secret-Pa55!';
    const user = await pc.users.create(customerId, {
      userPrincipalName: 'kim.akers.client-test@contoso.onmicrosoft.com',
      firstName: 'Kim',
      lastName: 'Akers',
      displayName: 'Kim Akers',
      usageLocation: 'US',
      passwordProfile: { password: first, forceChangePassword: true },
    });
    await pc.users.resetPassword(customerId, user.id, {
      password: second,
      forceChangePassword: true,
    });

    const log = logger.lines.join('\n');
    expect(logger.lines.length).toBeGreaterThanOrEqual(3);
    expect(log).not.toContain(first);
    expect(log).not.toContain(second);
    expect(log).not.toContain(TOKEN);
  });

  it('when referrals and benefits are read, then the Partner API and the configured benefits endpoint answer through the same client', async () => {
    const pc = client();
    const referrals = await collectAll(pc.referrals.list({ filter: "status eq 'New'", top: 2 }));
    expect(referrals.length).toBeGreaterThan(0);
    expect(referrals.every((r) => r.status === 'New')).toBe(true);
    const benefits = await collectAll(pc.benefits.list());
    expect(benefits.length).toBeGreaterThan(0);
  });
});
