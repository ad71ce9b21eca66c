import { describe, expect, it } from 'vitest';
import { hasErrorCode, isPartnerCenterError } from '../../../../src/partner-center/errors.js';
import { fetchTransport } from '../../../../src/partner-center/pipeline/transport.js';
import { createScriptedFetch } from '../../../helpers/scripted-fetch.js';
import { makeRequest } from './requests.js';

describe('fetchTransport', () => {
  it('when the service answers 404, then the transport returns it as a response (policies decide)', async () => {
    const pc = createScriptedFetch([
      { status: 404, body: { code: 60003 }, headers: { 'MS-CV': 'x' } },
    ]);
    const response = await fetchTransport({ fetch: pc.fetch, timeoutInMs: 1000 })(
      makeRequest({ method: 'PUT', body: '{"a":1}', headers: new Headers({ 'X-Test': '1' }) }),
    );
    expect(response.status).toBe(404);
    expect(response.bodyText).toBe('{"code":60003}');
    expect(response.headers.get('ms-cv')).toBe('x');
    expect(pc.calls[0]).toMatchObject({
      method: 'PUT',
      body: '{"a":1}',
      headers: { 'x-test': '1' },
    });
  });

  it('when the connection is reset, then the failure is PC_NETWORK_ERROR with status 0 and the ids', async () => {
    const pc = createScriptedFetch([{ networkError: 'ECONNRESET' }]);
    const error = await fetchTransport({ fetch: pc.fetch, timeoutInMs: 1000 })(makeRequest()).catch(
      (e: unknown) => e,
    );
    expect(hasErrorCode(error, 'PC_NETWORK_ERROR')).toBe(true);
    if (!isPartnerCenterError(error)) throw error;
    expect(error.status).toBe(0);
    expect(error.requestId).toBe('req-1');
    expect(error.description).toContain('ECONNRESET');
  });

  it('when the caller aborts a call in flight, then it fails with PC_ABORTED', async () => {
    const pc = createScriptedFetch([{ hangUntilAborted: true }]);
    const controller = new AbortController();
    const pending = fetchTransport({ fetch: pc.fetch, timeoutInMs: 60_000 })(
      makeRequest({ abortSignal: controller.signal }),
    ).catch((e: unknown) => e);
    setTimeout(() => controller.abort(), 5);
    expect(hasErrorCode(await pending, 'PC_ABORTED')).toBe(true);
  });

  it('when the service does not answer within timeoutInMs, then it fails with PC_TIMEOUT (retryable)', async () => {
    const pc = createScriptedFetch([{ hangUntilAborted: true }]);
    const error = await fetchTransport({ fetch: pc.fetch, timeoutInMs: 10 })(makeRequest()).catch(
      (e: unknown) => e,
    );
    expect(hasErrorCode(error, 'PC_TIMEOUT')).toBe(true);
  });
});
