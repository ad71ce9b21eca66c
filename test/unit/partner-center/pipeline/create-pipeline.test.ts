import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../../src/shared/logger.js';
import {
  createPipeline,
  createPolicies,
} from '../../../../src/partner-center/pipeline/create-pipeline.js';
import type { PipelineOptions } from '../../../../src/partner-center/pipeline/create-pipeline.js';
import type { TokenProvider } from '../../../../src/partner-center/auth/token-provider.js';
import { DEFAULTS } from '../../../../src/partner-center/client-options.js';
import { createScriptedFetch } from '../../../helpers/scripted-fetch.js';
import { makeRequest } from './requests.js';

function setup() {
  const pc = createScriptedFetch([{ status: 503 }, { status: 200, body: {} }]);
  const logger = createMemoryLogger();
  let tokens = 0;
  const provider: TokenProvider = {
    getToken: async () => ({ token: `t${++tokens}`, expiresOnTimestamp: 0 }),
  };
  const options: PipelineOptions = {
    applicationName: 'app',
    tokenProviders: { partnerCenter: provider, partnerApi: provider },
    retry: DEFAULTS.retry,
    throttle: DEFAULTS.throttle,
    timeoutInMs: 1000,
    fetch: pc.fetch,
    logger,
    now: () => Date.now(),
    random: () => 0,
  };
  return { pc, logger, options, send: createPipeline(options), tokenCount: () => tokens };
}

describe('createPipeline (order userAgent → requestIds → retry → throttle → auth → log → transport)', () => {
  it('when the pipeline is built, then its policies run in the order DESIGN.md writes down, outermost first', () => {
    const { options } = setup();
    expect(createPolicies(options).map((p) => p.name)).toEqual([
      'userAgent',
      'requestIds',
      'retry',
      'throttle',
      'auth',
      'log',
    ]);
  });

  it('when an attempt is retried, then both attempts carry the same MS-RequestId (requestIds outside retry)', async () => {
    const { pc, send } = setup();
    await send(makeRequest({ method: 'POST', isWrite: true, requestId: 'rid-1' }));
    expect(pc.calls.map((c) => c.headers['ms-requestid'])).toEqual(['rid-1', 'rid-1']);
    expect(pc.calls.map((c) => c.headers['user-agent'])).toEqual([
      expect.stringMatching(/^partner-center-agent\//),
      expect.stringMatching(/^partner-center-agent\//),
    ]);
  });

  it('when an attempt is retried, then each attempt asks for a token (auth inside retry)', async () => {
    const { pc, send, tokenCount } = setup();
    await send(makeRequest());
    expect(tokenCount()).toBe(2);
    expect(pc.calls.map((c) => c.headers.authorization)).toEqual(['Bearer t1', 'Bearer t2']);
  });

  it('when an attempt is retried, then each attempt is logged once (log nearest the transport)', async () => {
    const { logger, send } = setup();
    await send(makeRequest());
    const attempts = logger.lines
      .map((l) => JSON.parse(l) as { status?: number; attempt?: number })
      .filter((l) => l.status !== undefined)
      .map((l) => [l.attempt, l.status]);
    expect(attempts).toEqual([
      [1, 503],
      [2, 200],
    ]);
  });
});
