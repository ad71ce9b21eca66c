import type { DocumentsRepo } from '../store/documents-repo.js';
import type { Reply } from './types.js';

/**
 * Write idempotency keyed by `MS-RequestId` (`client-request-id` on the Partner API): the first
 * request runs and its reply is stored; a request with the same id, method and path replays the
 * stored reply without a second change (`develop/headers.md`: "used to ensure id-potency. If
 * there's a timeout, the retry call should include the same value"). A duplicate that arrives
 * while the first is still running waits for it instead of running twice.
 */
export interface Idempotency {
  run(
    key: string | undefined,
    now: Date,
    execute: () => Promise<Reply>,
  ): Promise<Reply & { replayed?: true }>;
  clear(): void;
}

export function createIdempotency(documents: () => DocumentsRepo): Idempotency {
  const inFlight = new Map<string, Promise<Reply>>();
  return {
    async run(key, now, execute) {
      if (key === undefined) return execute();
      const stored = documents().getReply<Reply>(key);
      if (stored) return { ...stored, replayed: true };
      const running = inFlight.get(key);
      if (running) return { ...(await running), replayed: true };
      const promise = execute().then((reply) => {
        // 5xx replies are not final (the write did not happen), so a retry runs again.
        if (reply.status < 500) documents().putReply(key, now.toISOString(), reply);
        return reply;
      });
      inFlight.set(key, promise);
      try {
        return await promise;
      } finally {
        inFlight.delete(key);
      }
    },
    clear() {
      inFlight.clear();
    },
  };
}
