/**
 * An abortable wait. Aborting rejects at once with the caller's error (Azure's throttling policy
 * test: a long `Retry-After` must not outlive `AbortSignal`).
 */
export function delay(
  ms: number,
  abortSignal: AbortSignal | undefined,
  abortError: () => Error,
): Promise<void> {
  if (abortSignal?.aborted) return Promise.reject(abortError());
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(() => {
      abortSignal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    abortSignal?.addEventListener('abort', onAbort, { once: true });
  });
}
