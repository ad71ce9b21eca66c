/**
 * The load generator of `npm run bench`, run in a worker thread (see load.ts) so that building
 * requests and parsing replies does not compete with the agent under test for its event loop.
 *
 * `concurrency` loops each own one conversation (and one user), so state never serializes two
 * turns; each loop posts a message with `deliveryMode: 'expectReplies'`, waits for the replies,
 * and posts the next. First a warm-up phase (replies checked, not counted), then the measured one.
 */
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

export type Expectation = 'echo' | 'card';

export interface LoadJob {
  endpoint: string;
  text: string;
  expect: Expectation;
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  /** Prefix of the conversation ids, distinct per target. */
  tag: string;
}

export type LoadMessage =
  | { kind: 'measuring' }
  | {
      kind: 'result';
      turns: number;
      errors: number;
      warmupTurns: number;
      warmupErrors: number;
      elapsedMs: number;
      /** Latency of every counted turn, in ms, ascending. */
      latencies: Float64Array;
      replyBytes: number;
      firstError?: string;
      sample?: string;
    }
  | { kind: 'failed'; message: string };

interface Reply {
  status: number;
  text: string;
}

function post(agent: Agent, url: URL, body: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        hostname: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

interface ReplyActivity {
  type?: string;
  text?: string;
  attachments?: Array<{ contentType?: string }>;
}

/** Undefined when the reply is what the target should answer, otherwise why not. */
function problemOf(reply: Reply, job: LoadJob): string | undefined {
  if (reply.status !== 200) return `HTTP ${reply.status}: ${reply.text.slice(0, 300)}`;
  let activities: ReplyActivity[];
  try {
    activities = (JSON.parse(reply.text) as { activities?: ReplyActivity[] }).activities ?? [];
  } catch {
    return `not JSON: ${reply.text.slice(0, 300)}`;
  }
  const ok =
    job.expect === 'echo'
      ? activities.some((a) => a.text === `Echo: ${job.text}`)
      : activities.some((a) =>
          (a.attachments ?? []).some(
            (x) => x.contentType === 'application/vnd.microsoft.card.adaptive',
          ),
        );
  return ok ? undefined : `unexpected replies: ${reply.text.slice(0, 300)}`;
}

async function run(job: LoadJob): Promise<void> {
  const url = new URL(job.endpoint);
  const agent = new Agent({ keepAlive: true, maxSockets: job.concurrency });
  let firstError: string | undefined;
  let sample: string | undefined;
  let replyBytes = 0;

  const phase = async (ms: number, record: number[] | undefined) => {
    const end = performance.now() + ms;
    let turns = 0;
    let errors = 0;
    const loop = async (worker: number) => {
      const conversation = `${job.tag}-conv-${worker}`;
      const user = `${job.tag}-user-${worker}`;
      while (performance.now() < end) {
        const body = JSON.stringify({
          type: 'message',
          id: randomUUID(),
          text: job.text,
          channelId: 'test',
          deliveryMode: 'expectReplies',
          from: { id: user, name: 'Bench User' },
          recipient: { id: 'agent', name: 'Partner Center agent' },
          conversation: { id: conversation },
          timestamp: new Date().toISOString(),
        });
        const t0 = performance.now();
        let reply: Reply;
        try {
          reply = await post(agent, url, body);
        } catch (err) {
          reply = { status: 0, text: String(err) };
        }
        const latency = performance.now() - t0;
        const problem = problemOf(reply, job);
        if (problem) {
          errors++;
          firstError ??= problem;
          continue;
        }
        turns++;
        sample ??= reply.text;
        if (record) {
          record.push(latency);
          replyBytes += Buffer.byteLength(reply.text);
        }
      }
    };
    await Promise.all(Array.from({ length: job.concurrency }, (_, i) => loop(i)));
    return { turns, errors };
  };

  const warmup = await phase(job.warmupMs, undefined);
  parentPort?.postMessage({ kind: 'measuring' } satisfies LoadMessage);
  const latencies: number[] = [];
  const t0 = performance.now();
  const { errors } = await phase(job.durationMs, latencies);
  const elapsedMs = performance.now() - t0;
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  parentPort?.postMessage(
    {
      kind: 'result',
      turns: latencies.length,
      errors,
      warmupTurns: warmup.turns,
      warmupErrors: warmup.errors,
      elapsedMs,
      latencies: sorted,
      replyBytes,
      ...(firstError ? { firstError } : {}),
      ...(sample ? { sample } : {}),
    } satisfies LoadMessage,
    [sorted.buffer],
  );
}

run(workerData as LoadJob).catch((err: unknown) => {
  parentPort?.postMessage({ kind: 'failed', message: String(err) } satisfies LoadMessage);
});
