import { describe, expect, it, vi } from 'vitest';
import { userAgentPolicy } from '../../../../src/partner-center/pipeline/user-agent-policy.js';
import type { SendRequest } from '../../../../src/partner-center/pipeline/pipeline.js';
import { makeRequest, respond } from './requests.js';

describe('userAgentPolicy', () => {
  it('when a Partner Center request passes, then User-Agent and MS-PartnerCenter-Application are set', async () => {
    const next = vi.fn<SendRequest>(async (r) => respond(r, 200));
    const request = makeRequest();
    await userAgentPolicy({ applicationName: 'contoso-agent' }).sendRequest(request, next);
    const sent = next.mock.calls[0]![0];
    expect(sent.headers.get('User-Agent')).toMatch(
      /^partner-center-agent\/\d+\.\d+\.\d+ node\/\d+/,
    );
    expect(sent.headers.get('MS-PartnerCenter-Application')).toBe('contoso-agent');
    expect(request.headers.has('User-Agent')).toBe(false);
  });

  it('when a Partner API request passes, then the Partner Center application header is not sent', async () => {
    const next = vi.fn<SendRequest>(async (r) => respond(r, 200));
    await userAgentPolicy({ applicationName: 'contoso-agent' }).sendRequest(
      makeRequest({ audience: 'partnerApi' }),
      next,
    );
    expect(next.mock.calls[0]![0].headers.has('MS-PartnerCenter-Application')).toBe(false);
  });
});
