import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  StaticTokenProvider,
  collectAll,
  createPartnerCenterClient,
  isPartnerCenterError,
} from '../../../src/partner-center/index.js';
import { startTestSandbox, type TestSandbox } from '../../helpers/sandbox.js';

// client.close() at shutdown: reads still running stop at once, shared cached reads included,
// so nothing keeps retrying against a service that is going away.
let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(() => sb.close());

describe('client.close', () => {
  // Without close() the read would wait out the 30 s latency and the test would time out.
  it('when the client is closed while a cached read waits on a slow Partner Center, then the read fails with PC_ABORTED', async () => {
    await sb.admin.post('/_sandbox/faults', {
      route: 'GET /v1/customers',
      kind: 'latency',
      latencyInMs: 30_000,
      times: 1,
    });
    const pc = createPartnerCenterClient({
      baseUrl: sb.url,
      tokenProvider: new StaticTokenProvider('sandbox-test-token'),
      cache: { ttlInMs: 30_000 },
    });
    const reading = collectAll(pc.customers.list()).catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 200));
    pc.close();
    const error = await reading;
    expect(isPartnerCenterError(error) && error.code).toBe('PC_ABORTED');
  });
});
