/**
 * The client over real HTTP (undici fetch) against a scripted server on 127.0.0.1:0: network
 * failures that only a real socket produces (reset connections, hung responses) are retried with
 * the same MS-RequestId. The client↔sandbox tests live elsewhere.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  StaticTokenProvider,
  collectAll,
  createPartnerCenterClient,
} from '../../../src/partner-center/index.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const seen: Array<{ path: string; requestId: string | undefined }> = [];
let script: Handler[] = [];
let baseUrl = '';
const server = createServer((req, res) => {
  seen.push({ path: req.url ?? '', requestId: req.headers['ms-requestid'] as string | undefined });
  const handler = script.shift();
  if (!handler) {
    res.writeHead(418);
    res.end();
    return;
  }
  handler(req, res);
});

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
const reset: Handler = (req) => req.socket.destroy();
const hang: Handler = () => {};

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function client(timeoutInMs = 5_000) {
  seen.length = 0;
  return createPartnerCenterClient({
    baseUrl,
    tokenProvider: new StaticTokenProvider('sandbox-token'),
    timeoutInMs,
    retry: { retryDelayInMs: 1, maxRetryDelayInMs: 5 },
  });
}

describe('client over HTTP', () => {
  it('when the server resets the connection, then the write is retried with the same MS-RequestId', async () => {
    const pc = client();
    script = [reset, json(204, null)];
    await pc.users.delete('c1', 'u1');
    expect(seen.map((s) => s.path)).toEqual([
      '/v1/customers/c1/users/u1',
      '/v1/customers/c1/users/u1',
    ]);
    expect(seen[0]?.requestId).toBeDefined();
    expect(seen[1]?.requestId).toBe(seen[0]?.requestId);
  });

  it('when the server does not answer in time, then the attempt times out and is retried', async () => {
    const pc = client(300);
    script = [hang, json(200, { mpnId: '123' })];
    expect((await pc.profiles.getMpn()).mpnId).toBe('123');
    expect(seen).toHaveLength(2);
  });

  it('when 429 with Retry-After: 0 comes first, then the listing continues across both link forms', async () => {
    const pc = client();
    const page = (id: string, next?: string) => ({
      totalCount: 1,
      items: [{ id }],
      links: next
        ? {
            next: {
              uri: next,
              method: 'GET',
              headers: [{ key: 'MS-ContinuationToken', value: `after-${id}` }],
            },
          }
        : {},
    });
    script = [
      json(429, { statusCode: 429, message: 'Rate limit is exceeded.' }, { 'Retry-After': '0' }),
      json(200, page('a', '/v1/customers?size=500&seekOperation=Next')),
      json(200, page('b', '/customers?size=500&seekOperation=Next')),
      json(200, page('c')),
    ];
    const ids = (await collectAll(pc.customers.list())).map((c) => c.id);
    expect(ids).toEqual(['a', 'b', 'c']);
    expect(seen.map((s) => s.path)).toEqual([
      '/v1/customers?size=500',
      '/v1/customers?size=500',
      '/v1/customers?size=500&seekOperation=Next',
      '/v1/customers?size=500&seekOperation=Next',
    ]);
  });
});
