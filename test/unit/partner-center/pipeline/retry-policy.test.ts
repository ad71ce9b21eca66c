import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryLogger } from '../../../../src/shared/logger.js';
import { PartnerCenterError, hasErrorCode } from '../../../../src/partner-center/errors.js';
import { retryPolicy } from '../../../../src/partner-center/pipeline/retry-policy.js';
import type { RetryOptions } from '../../../../src/partner-center/pipeline/retry-policy.js';
import type {
  PipelineResponse,
  SendRequest,
} from '../../../../src/partner-center/pipeline/pipeline.js';
import { requestError } from '../../../../src/partner-center/pipeline/request-errors.js';
import { makeRequest, respond } from './requests.js';

const OPTIONS: RetryOptions = {
  maxRetries: 3,
  retryDelayInMs: 800,
  maxRetryDelayInMs: 30_000,
  maxRetryAfterInMs: 60_000,
};

function policy(options: Partial<RetryOptions> = {}, random = () => 0) {
  const logger = createMemoryLogger();
  return {
    logger,
    policy: retryPolicy({ ...OPTIONS, ...options }, { logger, now: () => Date.now(), random }),
  };
}

/** `next` that answers from a list of statuses (with headers), recording each attempt. */
function scripted(...answers: Array<number | [number, Record<string, string>]>) {
  const attempts: number[] = [];
  const next = vi.fn<SendRequest>(async (request) => {
    attempts.push(request.attempt);
    const answer = answers.shift() ?? 200;
    const [status, headers] = Array.isArray(answer) ? answer : [answer, {}];
    return respond(request, status, headers);
  });
  return { next, attempts };
}

describe('retryPolicy', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('when Partner Center returns 429 with Retry-After: 2, then the policy waits 2 s and tries again', async () => {
    const { next, attempts } = scripted([429, { 'Retry-After': '2' }], 200);
    const result = policy().policy.sendRequest(
      makeRequest({ method: 'POST', isWrite: true }),
      next,
    );

    await vi.advanceTimersByTimeAsync(1999);
    expect(next).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await result).status).toBe(200);
    expect(attempts).toEqual([1, 2]);
    // The same request (and so the same requestId) is sent again: retry never mints ids.
    expect(next.mock.calls[1]![0].requestId).toBe(next.mock.calls[0]![0].requestId);
  });

  it('when Retry-After is an HTTP date 5 s ahead, then the policy waits until that date', async () => {
    vi.setSystemTime(Date.parse('2026-10-21T07:28:00Z'));
    const { next } = scripted([503, { 'Retry-After': 'Wed, 21 Oct 2026 07:28:05 GMT' }], 200);
    const result = policy().policy.sendRequest(makeRequest(), next);

    await vi.advanceTimersByTimeAsync(4999);
    expect(next).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await result).status).toBe(200);
  });

  it('when Partner Center keeps answering 503, then the policy stops after maxRetries and returns the 503', async () => {
    const { next, attempts } = scripted(503, 503, 503, 503, 503, 503);
    const { policy: retry, logger } = policy({}, () => 0.999);
    const result = retry.sendRequest(makeRequest(), next);
    await vi.runAllTimersAsync();
    expect((await result).status).toBe(503);
    expect(attempts).toEqual([1, 2, 3, 4]);
    expect(logger.lines.filter((l) => l.includes('"level":"info"'))).toHaveLength(3);
    expect(logger.lines.filter((l) => l.includes('"level":"warn"'))).toHaveLength(1);
  });

  it('when 503s repeat, then each computed wait stays within the exponential ceiling and the cap', async () => {
    const { next } = scripted(503, 503, 503, 200);
    const { policy: retry, logger } = policy({ maxRetryDelayInMs: 2000 }, () => 0.999);
    const result = retry.sendRequest(makeRequest(), next);
    await vi.runAllTimersAsync();
    await result;
    const delays = logger.lines
      .map((l) => JSON.parse(l) as { delayInMs?: number })
      .map((l) => l.delayInMs);
    expect(delays).toEqual([799, 1598, 1998]);
  });

  it('when the caller aborts during a Retry-After wait, then the call stops at once with PC_ABORTED', async () => {
    const controller = new AbortController();
    const { next } = scripted([429, { 'Retry-After': '60' }], 200);
    const result = policy().policy.sendRequest(
      makeRequest({ abortSignal: controller.signal }),
      next,
    );
    const settled = result.catch((error: unknown) => error);

    await vi.advanceTimersByTimeAsync(1000);
    controller.abort();
    const error = await settled;
    expect(hasErrorCode(error, 'PC_ABORTED')).toBe(true);
    expect(next).toHaveBeenCalledTimes(1);
  });

  it.each([408, 429, 500, 502, 503, 504])(
    'when Partner Center returns %i without Retry-After, then the policy retries after a computed backoff',
    async (status) => {
      const { next, attempts } = scripted(status, 200);
      const result = policy().policy.sendRequest(makeRequest(), next);
      await vi.runAllTimersAsync();
      expect((await result).status).toBe(200);
      expect(attempts).toEqual([1, 2]);
    },
  );

  it.each([400, 401, 403, 404, 409, 412, 422])(
    'when Partner Center returns %i, then the policy does not retry',
    async (status) => {
      const { next } = scripted(status, 200);
      const response: PipelineResponse = await policy().policy.sendRequest(makeRequest(), next);
      expect(response.status).toBe(status);
      expect(next).toHaveBeenCalledTimes(1);
    },
  );

  it('when a network failure happens, then the policy retries it like a 503', async () => {
    const request = makeRequest();
    const next = vi
      .fn<SendRequest>()
      .mockRejectedValueOnce(
        requestError(request, 'PC_NETWORK_ERROR', ['fetch failed (ECONNRESET)']),
      )
      .mockResolvedValueOnce(respond(request, 200));
    const result = policy().policy.sendRequest(request, next);
    await vi.runAllTimersAsync();
    expect((await result).status).toBe(200);
    expect(next).toHaveBeenCalledTimes(2);
  });

  it('when network failures outlast the retries, then the last network error is thrown', async () => {
    const request = makeRequest();
    const next = vi
      .fn<SendRequest>()
      .mockRejectedValue(requestError(request, 'PC_NETWORK_ERROR', ['fetch failed (ECONNRESET)']));
    const result = policy({ maxRetries: 2 })
      .policy.sendRequest(request, next)
      .catch((e: unknown) => e);
    await vi.runAllTimersAsync();
    expect(hasErrorCode(await result, 'PC_NETWORK_ERROR')).toBe(true);
    expect(next).toHaveBeenCalledTimes(3);
  });

  it('when a failure is not retryable (token acquisition), then it is thrown at once', async () => {
    const request = makeRequest();
    const failure = requestError(request, 'PC_AUTH_FAILED', ['bad secret']);
    const next = vi.fn<SendRequest>().mockRejectedValue(failure);
    await expect(policy().policy.sendRequest(request, next)).rejects.toBeInstanceOf(
      PartnerCenterError,
    );
    expect(next).toHaveBeenCalledTimes(1);
  });

  it('when Retry-After asks for longer than maxRetryAfterInMs, then the 429 is returned without waiting', async () => {
    const { next } = scripted([429, { 'Retry-After': '600' }], 200);
    const response = await policy().policy.sendRequest(makeRequest(), next);
    expect(response.status).toBe(429);
    expect(next).toHaveBeenCalledTimes(1);
  });
});
