import { describe, expect, it, vi } from 'vitest';
import { hasErrorCode } from '../../../../src/partner-center/errors.js';
import { authPolicy } from '../../../../src/partner-center/pipeline/auth-policy.js';
import type { SendRequest } from '../../../../src/partner-center/pipeline/pipeline.js';
import type {
  GetTokenOptions,
  TokenProvider,
} from '../../../../src/partner-center/auth/token-provider.js';
import { makeRequest, respond } from './requests.js';

function rotatingProvider(): TokenProvider & { calls: GetTokenOptions[] } {
  const calls: GetTokenOptions[] = [];
  return {
    calls,
    async getToken(options = {}) {
      calls.push(options);
      return { token: `token-${calls.length}`, expiresOnTimestamp: Date.now() + 3600_000 };
    },
  };
}

describe('authPolicy', () => {
  it('when a request passes, then it carries Authorization: Bearer from the audience provider', async () => {
    const partnerCenter = rotatingProvider();
    const partnerApi: TokenProvider = {
      getToken: async () => ({ token: 'partner-api-token', expiresOnTimestamp: 0 }),
    };
    const next = vi.fn<SendRequest>(async (r) => respond(r, 200));
    const policy = authPolicy({ partnerCenter, partnerApi });

    await policy.sendRequest(makeRequest(), next);
    await policy.sendRequest(makeRequest({ audience: 'partnerApi' }), next);
    expect(next.mock.calls[0]![0].headers.get('Authorization')).toBe('Bearer token-1');
    expect(next.mock.calls[1]![0].headers.get('Authorization')).toBe('Bearer partner-api-token');
  });

  it('when Partner Center answers 401, then the policy forces one token refresh and retries once', async () => {
    const provider = rotatingProvider();
    const next = vi
      .fn<SendRequest>()
      .mockImplementationOnce(async (r) => respond(r, 401))
      .mockImplementationOnce(async (r) => respond(r, 200));
    const response = await authPolicy({
      partnerCenter: provider,
      partnerApi: provider,
    }).sendRequest(makeRequest(), next);
    expect(response.status).toBe(200);
    expect(provider.calls.map((c) => c.forceRefresh === true)).toEqual([false, true]);
    expect(next.mock.calls[1]![0].headers.get('Authorization')).toBe('Bearer token-2');
  });

  it('when the refreshed token is refused too, then the 401 is returned without a third try', async () => {
    const provider = rotatingProvider();
    const next = vi.fn<SendRequest>(async (r) => respond(r, 401));
    const response = await authPolicy({
      partnerCenter: provider,
      partnerApi: provider,
    }).sendRequest(makeRequest(), next);
    expect(response.status).toBe(401);
    expect(next).toHaveBeenCalledTimes(2);
  });

  it('when the token provider fails, then the call fails with PC_AUTH_FAILED and nothing is sent', async () => {
    const provider: TokenProvider = {
      getToken: async () => {
        throw new Error('AADSTS7000215: Invalid client secret provided.');
      },
    };
    const next = vi.fn<SendRequest>();
    const error = await authPolicy({ partnerCenter: provider, partnerApi: provider })
      .sendRequest(makeRequest(), next)
      .catch((e: unknown) => e);
    expect(hasErrorCode(error, 'PC_AUTH_FAILED')).toBe(true);
    expect(next).not.toHaveBeenCalled();
  });

  it('when a token is used, then it is registered as a value to scrub from errors', async () => {
    const provider = rotatingProvider();
    const request = makeRequest();
    await authPolicy({ partnerCenter: provider, partnerApi: provider }).sendRequest(
      request,
      async (r) => respond(r, 200),
    );
    expect(request.sensitiveValues.has('token-1')).toBe(true);
  });
});
