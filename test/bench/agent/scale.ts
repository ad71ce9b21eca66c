/**
 * The scale section of `npm run bench`: the agent on a large sandbox (25,000 generated customers
 * by default) answering the two questions Step 3 names, timed turn by turn over HTTP:
 * - "find customers starting with wood": one server-side CompanyName prefix search;
 * - "upcoming renewals this month": across every customer, answered from the renewal index
 *   (src/skills/renewals/renewal-index.ts). Its first question builds the index (every
 *   customer's subscriptions once, the only way Partner Center allows); later ones read memory.
 */
import { join } from 'node:path';
import { loadConfig } from '../../../src/config.js';
import { startAgentHost, type AgentHost } from '../../../src/host.js';
import { httpRequest } from './http.js';

interface Turn {
  ms: number;
  texts: string[];
}

let turnNumber = 0;

async function turn(host: AgentHost, text: string): Promise<Turn> {
  turnNumber += 1;
  const started = performance.now();
  const res = await httpRequest('POST', `${host.url}/api/messages`, {
    type: 'message',
    id: `scale-${turnNumber}`,
    text,
    channelId: 'test',
    deliveryMode: 'expectReplies',
    from: { id: `scale-user-${turnNumber}` },
    recipient: { id: 'agent' },
    conversation: { id: `scale-conv-${turnNumber}` },
  });
  const ms = performance.now() - started;
  if (res.status !== 200) throw new Error(`"${text}" got ${res.status}: ${res.text.slice(0, 200)}`);
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.type === 'TextBlock' && typeof o.text === 'string') texts.push(o.text);
    Object.values(o).forEach(walk);
  };
  walk(JSON.parse(res.text));
  return { ms, texts };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const ms = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;

export async function scaleSection(
  customers: number,
  tmp: string,
  cleanups: Array<() => Promise<void> | void>,
): Promise<void> {
  console.log(`== scale: ${customers.toLocaleString('en-US')} generated customers ==`);
  const host = await startAgentHost(
    loadConfig({
      PORT: '0',
      LOG_LEVEL: 'silent',
      STATE_DB_PATH: join(tmp, 'scale.db'),
      SANDBOX_CUSTOMERS: String(customers),
      // Every turn asks the sandbox: these are the uncached figures.
      PARTNER_CENTER_CACHE_TTL_SECONDS: '0',
    }),
  );
  cleanups.push(() => host.close());
  const counts = host.sandbox?.sandbox.store.counts();
  console.log(
    `agent + sandbox ready in ${ms(host.startupInMs)} (${counts?.customers.toLocaleString('en-US')} customers, ${counts?.subscriptions.toLocaleString('en-US')} subscriptions)`,
  );

  const search: Turn[] = [];
  for (let i = 0; i < 5; i++) search.push(await turn(host, 'find customers starting with wood'));
  const found = search[0]?.texts.find((t) => /^\d/.test(t)) ?? '';
  console.log(
    `"find customers starting with wood": first ${ms(search[0]?.ms ?? 0)}, median of 5 ${ms(median(search.map((t) => t.ms)))} (${found})`,
  );

  const buildStarted = performance.now();
  const first = await turn(host, 'upcoming renewals this month');
  const partial = first.texts.some((t) => t.startsWith('Still reading subscriptions'));
  let ready = !partial;
  let asks = 1;
  while (!ready) {
    await new Promise((r) => setTimeout(r, 1_000));
    asks += 1;
    ready = !(await turn(host, 'upcoming renewals this month')).texts.some((t) =>
      t.startsWith('Still reading subscriptions'),
    );
  }
  const buildMs = performance.now() - buildStarted;
  const after: Turn[] = [];
  for (let i = 0; i < 5; i++) after.push(await turn(host, 'upcoming renewals this month'));
  const summary = after[0]?.texts[1] ?? '';
  console.log(
    `"upcoming renewals this month": first answer ${ms(first.ms)}${partial ? ' (partial: the index was still being built)' : ''}; complete after ${ms(buildMs)} (${asks} asks)`,
  );
  console.log(
    `  once indexed: median of 5 ${ms(median(after.map((t) => t.ms)))} (${summary}); ${(buildMs / Math.max(1, median(after.map((t) => t.ms)))).toFixed(0)}× faster than reading every customer's subscriptions`,
  );
}
