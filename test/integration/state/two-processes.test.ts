import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPendingActionStore } from '../../../src/state/pending-actions.js';
import { SqliteStorage } from '../../../src/state/sqlite-storage.js';
import { tempStateDb } from '../../unit/state/temp-db.js';

const WORKER = fileURLToPath(new URL('./fixtures/state-worker.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const WORKERS = 4;

interface WorkerReply {
  ready?: boolean;
  result?: Record<string, unknown>;
  error?: string;
}

/** Starts the workers, waits until all are ready, then lets them race and collects the results. */
async function race(args: string[][]): Promise<Array<Record<string, unknown>>> {
  const children: ChildProcess[] = args.map((a) =>
    fork(WORKER, a, {
      cwd: ROOT,
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    }),
  );
  started.push(...children);
  const replies = children.map(
    (child) =>
      new Promise<WorkerReply[]>((resolve, reject) => {
        const messages: WorkerReply[] = [];
        child.on('message', (m: WorkerReply) => messages.push(m));
        child.on('error', reject);
        child.on('exit', () => resolve(messages));
      }),
  );
  await Promise.all(children.map((child) => once(child, 'message')));
  for (const child of children) child.send('go');
  const all = await Promise.all(replies);
  return all.map((messages) => {
    const last = messages[messages.length - 1];
    if (!last?.result) throw new TypeError(`worker failed: ${last?.error ?? 'no reply'}`);
    return last.result;
  });
}

const started: ChildProcess[] = [];

describe('state shared by several agent processes on one SQLite file', () => {
  let temp: ReturnType<typeof tempStateDb>;
  beforeEach(() => {
    temp = tempStateDb();
  });
  afterEach(() => {
    for (const child of started.splice(0)) if (child.exitCode === null) child.kill();
  });
  afterEach(() => temp.cleanup());

  it('when four processes race to confirm the same 40 pending actions, then each action is claimed exactly once', async () => {
    const store = createPendingActionStore(temp.open());
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      const action = await store.create({
        intent: 'subscriptions.setQuantity',
        userId: 'aad-megan',
        conversationId: 'conv-1',
        payload: { i },
      });
      ids.push(action.id);
    }
    const results = await race(
      Array.from({ length: WORKERS }, () => ['claim', temp.path, 'aad-megan', 'conv-1', ...ids]),
    );
    const claimed = results.flatMap((r) => r.claimed as string[]);
    expect(claimed.sort()).toEqual([...ids].sort());
    for (const id of ids) expect((await store.get(id))?.attempts).toBe(1);
  });

  it('when four processes increment one stored counter with eTags, then no update is lost', async () => {
    const storage = new SqliteStorage(temp.open());
    await storage.write({ counter: { n: 0 } });
    await race(Array.from({ length: WORKERS }, () => ['increment', temp.path, 'counter', '25']));
    expect((await storage.read(['counter'])).counter.n).toBe(WORKERS * 25);
  });
});
