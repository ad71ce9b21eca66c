import { describe, expect, it, vi } from 'vitest';
import { requestIdsPolicy } from '../../../../src/partner-center/pipeline/request-ids-policy.js';
import type { SendRequest } from '../../../../src/partner-center/pipeline/pipeline.js';
import { makeRequest, respond } from './requests.js';

describe('requestIdsPolicy', () => {
  it('when a Partner Center request passes, then MS-RequestId and MS-CorrelationId carry its ids', async () => {
    const next = vi.fn<SendRequest>(async (r) => respond(r, 200));
    await requestIdsPolicy().sendRequest(
      makeRequest({ requestId: 'r-9', correlationId: 'c-9' }),
      next,
    );
    const sent = next.mock.calls[0]![0];
    expect(sent.headers.get('MS-RequestId')).toBe('r-9');
    expect(sent.headers.get('MS-CorrelationId')).toBe('c-9');
  });

  it('when the inner pipeline sends several attempts, then all of them carry the same MS-RequestId', async () => {
    const seen: string[] = [];
    // The inner `next` stands for retry: it sends the request it was given three times.
    const next: SendRequest = async (r) => {
      for (let attempt = 1; attempt <= 3; attempt++) seen.push(r.headers.get('MS-RequestId') ?? '');
      return respond(r, 200);
    };
    await requestIdsPolicy().sendRequest(makeRequest({ requestId: 'r-keep' }), next);
    expect(seen).toEqual(['r-keep', 'r-keep', 'r-keep']);
  });

  it('when a Partner API request passes, then the id goes in client-request-id instead', async () => {
    const next = vi.fn<SendRequest>(async (r) => respond(r, 200));
    await requestIdsPolicy().sendRequest(
      makeRequest({ audience: 'partnerApi', requestId: 'r-5' }),
      next,
    );
    const sent = next.mock.calls[0]![0];
    expect(sent.headers.get('client-request-id')).toBe('r-5');
    expect(sent.headers.has('MS-RequestId')).toBe(false);
  });
});
