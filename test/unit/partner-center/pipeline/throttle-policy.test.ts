import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hasErrorCode } from '../../../../src/partner-center/errors.js';
import { throttlePolicy } from '../../../../src/partner-center/pipeline/throttle-policy.js';
import type {
  PipelineResponse,
  SendRequest,
} from '../../../../src/partner-center/pipeline/pipeline.js';
import { DEFAULTS } from '../../../../src/partner-center/client-options.js';
import { makeRequest, respond } from './requests.js';

describe('throttlePolicy', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('when more calls start than maxConcurrency, then the extra ones wait for a free slot', async () => {
    const throttle = throttlePolicy(
      { maxConcurrency: 2, requestsPerMinute: Infinity, burst: 1 },
      { now: () => Date.now() },
    );
    const release: Array<() => void> = [];
    const next: SendRequest = (r) =>
      new Promise<PipelineResponse>((resolve) => release.push(() => resolve(respond(r, 200))));

    const calls = [1, 2, 3].map(() => throttle.sendRequest(makeRequest(), next));
    await vi.advanceTimersByTimeAsync(0);
    expect(release).toHaveLength(2);
    expect(throttle.limiter.queued).toBe(1);

    release[0]!();
    await vi.advanceTimersByTimeAsync(0);
    expect(release).toHaveLength(3);
    release[1]!();
    release[2]!();
    expect((await Promise.all(calls)).map((r) => r.status)).toEqual([200, 200, 200]);
  });

  it('when the burst is spent, then the next call waits for the bucket to refill', async () => {
    const throttle = throttlePolicy(
      { maxConcurrency: 10, requestsPerMinute: 60, burst: 2 },
      { now: () => Date.now() },
    );
    const next = vi.fn<SendRequest>(async (r) => respond(r, 200));
    await throttle.sendRequest(makeRequest(), next);
    await throttle.sendRequest(makeRequest(), next);
    const third = throttle.sendRequest(makeRequest(), next);

    await vi.advanceTimersByTimeAsync(999);
    expect(next).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    await third;
    expect(next).toHaveBeenCalledTimes(3);
  });

  it('when the defaults are used, then a 50-page listing never waits for the limiter', async () => {
    const throttle = throttlePolicy(DEFAULTS.throttle, { now: () => Date.now() });
    const next = vi.fn<SendRequest>(async (r) => respond(r, 200));
    for (let page = 0; page < 50; page++) await throttle.sendRequest(makeRequest(), next);
    expect(next).toHaveBeenCalledTimes(50);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('when the caller aborts while queued, then the call fails with PC_ABORTED and frees nothing twice', async () => {
    const throttle = throttlePolicy(
      { maxConcurrency: 1, requestsPerMinute: Infinity, burst: 1 },
      { now: () => Date.now() },
    );
    let finishFirst = () => {};
    const first = throttle.sendRequest(
      makeRequest(),
      (r) => new Promise((resolve) => (finishFirst = () => resolve(respond(r, 200)))),
    );
    const controller = new AbortController();
    const second = throttle
      .sendRequest(makeRequest({ abortSignal: controller.signal }), async (r) => respond(r, 200))
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    expect(hasErrorCode(await second, 'PC_ABORTED')).toBe(true);
    finishFirst();
    await first;
    expect(throttle.limiter.active).toBe(0);
    expect(throttle.limiter.queued).toBe(0);
  });
});
