/**
 * A client-side limiter: at most `maxConcurrency` requests in flight, and a token bucket that
 * refills `requestsPerMinute` tokens a minute up to `burst`. Waiting is abortable.
 */
import { delay } from './delay.js';

export interface LimiterOptions {
  maxConcurrency: number;
  requestsPerMinute: number;
  burst: number;
}

export interface Limiter {
  /** Waits for a slot and a token; returns the function that frees the slot. */
  acquire(abortSignal: AbortSignal | undefined, abortError: () => Error): Promise<() => void>;
  readonly active: number;
  readonly queued: number;
}

export function createLimiter(options: LimiterOptions, now: () => number): Limiter {
  let active = 0;
  const queue: Array<() => void> = [];
  let tokens = options.burst;
  let refilledAt = now();
  const tokensPerMs = options.requestsPerMinute / 60_000;

  const refill = () => {
    const t = now();
    tokens = Math.min(options.burst, tokens + (t - refilledAt) * tokensPerMs);
    refilledAt = t;
  };

  const takeSlot = (abortSignal: AbortSignal | undefined, abortError: () => Error) => {
    if (active < options.maxConcurrency) {
      active++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        const index = queue.indexOf(grant);
        if (index >= 0) queue.splice(index, 1);
        reject(abortError());
      };
      const grant = () => {
        abortSignal?.removeEventListener('abort', onAbort);
        active++;
        resolve();
      };
      if (abortSignal?.aborted) return reject(abortError());
      abortSignal?.addEventListener('abort', onAbort, { once: true });
      queue.push(grant);
    });
  };

  const release = () => {
    active--;
    queue.shift()?.();
  };

  const takeToken = async (abortSignal: AbortSignal | undefined, abortError: () => Error) => {
    if (!Number.isFinite(options.requestsPerMinute)) return;
    for (;;) {
      refill();
      if (tokens >= 1) {
        tokens -= 1;
        return;
      }
      await delay(Math.ceil((1 - tokens) / tokensPerMs), abortSignal, abortError);
    }
  };

  return {
    async acquire(abortSignal, abortError) {
      await takeSlot(abortSignal, abortError);
      try {
        await takeToken(abortSignal, abortError);
      } catch (error) {
        release();
        throw error;
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        release();
      };
    },
    get active() {
      return active;
    },
    get queued() {
      return queue.length;
    },
  };
}
