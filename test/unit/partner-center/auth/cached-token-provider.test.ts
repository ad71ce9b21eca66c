import { describe, expect, it, vi } from 'vitest';
import { createCachedTokenProvider } from '../../../../src/partner-center/index.js';
import type { TokenSource } from '../../../../src/partner-center/index.js';

function counting(expiresInMs: number, now: () => number) {
  let n = 0;
  const source = vi.fn<TokenSource>(async () => ({
    token: `t${++n}`,
    expiresOnTimestamp: now() + expiresInMs,
  }));
  return source;
}

describe('createCachedTokenProvider', () => {
  it('when a token is still valid for more than 60 s, then it is reused', async () => {
    let now = 0;
    const source = counting(3_600_000, () => now);
    const provider = createCachedTokenProvider(source, { now: () => now });
    await provider.getToken();
    now = 3_600_000 - 60_001;
    expect((await provider.getToken()).token).toBe('t1');
    expect(source).toHaveBeenCalledTimes(1);
  });

  it('when a token is within 60 s of expiry, then a new one is acquired', async () => {
    let now = 0;
    const source = counting(3_600_000, () => now);
    const provider = createCachedTokenProvider(source, { now: () => now });
    await provider.getToken();
    now = 3_600_000 - 60_000;
    expect((await provider.getToken()).token).toBe('t2');
  });

  it('when many callers ask at once, then one acquisition serves them all', async () => {
    const source = counting(3_600_000, () => 0);
    const provider = createCachedTokenProvider(source, { now: () => 0 });
    const tokens = await Promise.all(Array.from({ length: 50 }, () => provider.getToken()));
    expect(new Set(tokens.map((t) => t.token))).toEqual(new Set(['t1']));
    expect(source).toHaveBeenCalledTimes(1);
  });

  it('when forceRefresh is asked, then the cache is skipped and the source is told to skip its own', async () => {
    const source = counting(3_600_000, () => 0);
    const provider = createCachedTokenProvider(source, { now: () => 0 });
    await provider.getToken();
    expect((await provider.getToken({ forceRefresh: true })).token).toBe('t2');
    expect(source.mock.calls.map((c) => c[0].forceRefresh)).toEqual([false, true]);
    expect((await provider.getToken()).token).toBe('t2');
  });

  it('when an acquisition fails, then the next call tries again', async () => {
    const source = vi
      .fn<TokenSource>()
      .mockRejectedValueOnce(new TypeError('network down'))
      .mockResolvedValueOnce({ token: 'ok', expiresOnTimestamp: Number.MAX_SAFE_INTEGER });
    const provider = createCachedTokenProvider(source);
    await expect(provider.getToken()).rejects.toThrow('network down');
    expect((await provider.getToken()).token).toBe('ok');
  });

  it('when the caller aborts while waiting, then that caller stops and the acquisition still completes for others', async () => {
    let release: (v: { token: string; expiresOnTimestamp: number }) => void = () => {};
    const source = vi.fn<TokenSource>(() => new Promise((resolve) => (release = resolve)));
    const provider = createCachedTokenProvider(source);
    const controller = new AbortController();
    const aborted = provider.getToken({ abortSignal: controller.signal }).catch((e: unknown) => e);
    const other = provider.getToken();
    controller.abort(new DOMException('stop', 'AbortError'));
    expect((await aborted) as Error).toMatchObject({ name: 'AbortError' });
    release({ token: 'late', expiresOnTimestamp: Number.MAX_SAFE_INTEGER });
    expect((await other).token).toBe('late');
  });
});
