import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  StaticTokenProvider,
  createPartnerCenterClient,
  isPartnerCenterError,
} from '../../../src/partner-center/index.js';
import { startTestSandbox, type TestSandbox } from '../../helpers/sandbox.js';

// client.domains.isAvailable against the sandbox's HEAD /v1/domains/{domain}
// (develop/verify-domain-availability.md: 200 taken, 404 with no body free).
let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(() => sb.close());

const client = () =>
  createPartnerCenterClient({
    baseUrl: sb.url,
    tokenProvider: new StaticTokenProvider('sandbox-test-token'),
    retry: { maxRetries: 0 },
  });

describe('client.domains.isAvailable', () => {
  it('when a customer already has the domain, then it is not available; an unused one is', async () => {
    const pc = client();
    expect(await pc.domains.isAvailable('contoso.onmicrosoft.com')).toBe(false);
    expect(await pc.domains.isAvailable('Contoso.onmicrosoft.com')).toBe(false);
    expect(await pc.domains.isAvailable('nobody-has-this-one.onmicrosoft.com')).toBe(true);
  });

  it('when Partner Center fails with 503, then the error is thrown instead of guessing', async () => {
    await sb.admin.post('/_sandbox/faults', {
      route: '^HEAD /v1/domains/',
      kind: 'status',
      status: 503,
      times: 1,
    });
    const error = await client()
      .domains.isAvailable('fresh.onmicrosoft.com')
      .catch((e: unknown) => e);
    expect(isPartnerCenterError(error) && error.status).toBe(503);
  });
});
