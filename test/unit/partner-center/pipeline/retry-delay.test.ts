import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  parseRetryAfter,
} from '../../../../src/partner-center/pipeline/retry-delay.js';

describe('parseRetryAfter', () => {
  it('when Retry-After is a number of seconds, then it is that many milliseconds', () => {
    expect(parseRetryAfter('2', 0)).toBe(2000);
    expect(parseRetryAfter(' 57 ', 0)).toBe(57_000);
  });

  it('when Retry-After is an HTTP date, then it is the time until that date', () => {
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:05 GMT', now)).toBe(5000);
  });

  it('when the HTTP date is in the past, then the wait is 0', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.now())).toBe(0);
  });

  it('when Retry-After is missing or unreadable, then there is no server wait', () => {
    expect(parseRetryAfter(null, 0)).toBeUndefined();
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
  });

  it('when Retry-After is a negative or otherwise malformed number, then there is no server wait (backoff applies)', () => {
    expect(parseRetryAfter('-1', 0)).toBeUndefined();
    expect(parseRetryAfter('12/25', 0)).toBeUndefined();
    expect(parseRetryAfter('', 0)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  const options = { retryDelayInMs: 800, maxRetryDelayInMs: 30_000 };

  it('when jitter is at its top, then the wait doubles per attempt from the base', () => {
    const top = () => 0.999999;
    expect(backoffDelay(1, options, top)).toBe(799);
    expect(backoffDelay(2, options, top)).toBe(1599);
    expect(backoffDelay(3, options, top)).toBe(3199);
  });

  it('when many attempts have failed, then the wait never exceeds the cap', () => {
    for (let attempt = 1; attempt < 40; attempt++) {
      expect(backoffDelay(attempt, options, () => 0.999999)).toBeLessThan(30_000);
    }
  });

  it('when jitter is 0, then the wait is 0 (full jitter)', () => {
    expect(backoffDelay(3, options, () => 0)).toBe(0);
  });
});
