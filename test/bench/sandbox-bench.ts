/**
 * `npm run bench:sandbox`: lists every customer of a large sandbox twice per round, once through
 * the Partner Center client (pipeline, zod models, paging) and once with plain `fetch` following
 * the same `links.next` + `MS-ContinuationToken`, and prints both times and their ratio
 * (client / raw; target ≤ 1.15), the sandbox's start-up time, and the client's peak heap growth
 * while it iterates (it must hold one page, never the whole list).
 *
 * The sandbox runs in its own process (as `npm run sandbox` does), so its work is not counted
 * against either side and both sides talk to it over loopback exactly the same way.
 *
 *   npm run bench:sandbox -- [--customers 25000] [--rounds 15] [--page-size 500] [--seed 42]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  StaticTokenProvider,
  collectAll,
  createPartnerCenterClient,
} from '../../src/partner-center/index.js';

const DEFAULTS = { customers: 25_000, rounds: 15, pageSize: 500, seed: 42 };
const TARGET_RATIO = 1.15;
const TOKEN = 'bench-token';
const MAIN = fileURLToPath(new URL('../../src/sandbox/main.ts', import.meta.url));

interface Pass {
  ms: number;
  items: number;
  pages: number;
  /** Memory pass only: the heap's peak and its rise above the lowest sample, after GC, per page. */
  heap?: { peak: number; growth: number };
  /** Bytes of JSON received in all (raw pass only; the client does not expose bodies). */
  bytes: number;
}

function options() {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string' },
      rounds: { type: 'string' },
      'page-size': { type: 'string' },
      seed: { type: 'string' },
    },
  });
  const n = (raw: string | undefined, fallback: number) => {
    const v = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(v) || v < 1) {
      process.stderr.write(`every option must be a whole number ≥ 1, got "${raw}"\n`);
      process.exit(2);
    }
    return v;
  };
  return {
    customers: n(values.customers, DEFAULTS.customers),
    rounds: n(values.rounds, DEFAULTS.rounds),
    pageSize: n(values['page-size'], DEFAULTS.pageSize),
    seed: n(values.seed, DEFAULTS.seed),
  };
}

/** Starts `src/sandbox/main.ts` on a free port; resolves once it prints where it listens. */
async function startSandboxProcess(customers: number, seed: number) {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      MAIN,
      '--port',
      '0',
      '--customers',
      String(customers),
      '--seed',
      String(seed),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.setEncoding('utf8');
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the sandbox exited with ${code}:\n${out}`)));
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1] && /ready in \d+ ms/.test(out)) resolve(match[1]);
    });
  });
  const readyMs = performance.now() - started;
  const seededMs = Number(/seeded in (\d+) ms/.exec(out)?.[1] ?? NaN);
  return { child, url, readyMs, seededMs };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

/**
 * The heap after a full GC, sampled after each page while the page is still in hand: what
 * iterating holds, not garbage waiting to be collected. Only in the memory pass, so the timed
 * passes carry no GC calls. `growth` is the most the heap rose above its lowest sample: a client
 * that kept pages would grow by a page each time (the whole list at the end).
 */
function heapSampler(enabled: boolean) {
  let peak = 0;
  let lowest = Infinity;
  return {
    sample() {
      if (!enabled) return;
      globalThis.gc?.();
      const used = process.memoryUsage().heapUsed;
      peak = Math.max(peak, used);
      lowest = Math.min(lowest, used);
    },
    get peak() {
      return peak;
    },
    get growth() {
      return peak - lowest;
    },
  };
}

async function clientPass(url: string, pageSize: number, measureHeap = false): Promise<Pass> {
  const client = createPartnerCenterClient({
    baseUrl: url,
    tokenProvider: new StaticTokenProvider(TOKEN),
  });
  const heap = heapSampler(measureHeap);
  const t0 = performance.now();
  let items = 0;
  let pages = 0;
  for await (const page of client.customers.list().byPage({ maxPageSize: pageSize })) {
    // Sample first: the page is used below, so it is still alive (and counted) when measured.
    heap.sample();
    items += page.items.length;
    pages++;
  }
  return {
    ms: performance.now() - t0,
    items,
    pages,
    bytes: 0,
    ...(measureHeap ? { heap: { peak: heap.peak, growth: heap.growth } } : {}),
  };
}

/** For contrast: how much the heap grows when a caller collects every customer instead of paging. */
async function heldEverything(url: string): Promise<number> {
  const client = createPartnerCenterClient({
    baseUrl: url,
    tokenProvider: new StaticTokenProvider(TOKEN),
  });
  const heap = heapSampler(true);
  heap.sample();
  const all = await collectAll(client.customers.list());
  heap.sample();
  if (all.length === 0) throw new Error('the sandbox returned no customers');
  return heap.growth;
}

interface RawCollection {
  items: unknown[];
  links?: { next?: { uri: string; headers?: { key: string; value: string }[] } };
}

/** What a hand-written caller would do: fetch, JSON.parse, follow links.next with its headers. */
async function rawPass(url: string, pageSize: number): Promise<Pass> {
  const t0 = performance.now();
  let next: string | undefined = `/v1/customers?size=${pageSize}`;
  let headers: Record<string, string> = {};
  let items = 0;
  let pages = 0;
  let bytes = 0;
  while (next) {
    const res = await fetch(new URL(next, url), {
      headers: { Authorization: `Bearer ${TOKEN}`, Accept: 'application/json', ...headers },
    });
    if (!res.ok) throw new Error(`raw fetch got ${res.status}: ${await res.text()}`);
    const text = await res.text();
    bytes += Buffer.byteLength(text);
    const body = JSON.parse(text) as RawCollection;
    items += body.items.length;
    pages++;
    next = body.links?.next?.uri;
    headers = Object.fromEntries((body.links?.next?.headers ?? []).map((h) => [h.key, h.value]));
  }
  return { ms: performance.now() - t0, items, pages, bytes };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (v: number) => `${v.toFixed(0)} ms`;

async function main(): Promise<void> {
  const opts = options();
  if (!globalThis.gc) {
    process.stderr.write(
      'run with node --expose-gc (npm run bench:sandbox does) for memory figures\n',
    );
  }
  const sandbox = await startSandboxProcess(opts.customers, opts.seed);
  try {
    console.log(
      `sandbox: ${opts.customers} generated customers (seed ${opts.seed}); seeded in ${ms(sandbox.seededMs)}, ` +
        `process ready in ${ms(sandbox.readyMs)}`,
    );
    // One warm-up pass each: JIT, connection pool, SQLite page cache.
    await clientPass(sandbox.url, opts.pageSize);
    await rawPass(sandbox.url, opts.pageSize);

    const client: Pass[] = [];
    const raw: Pass[] = [];
    for (let round = 0; round < opts.rounds; round++) {
      // Alternate the order so neither side always runs on a warmer server.
      if (round % 2 === 0) {
        client.push(await clientPass(sandbox.url, opts.pageSize));
        raw.push(await rawPass(sandbox.url, opts.pageSize));
      } else {
        raw.push(await rawPass(sandbox.url, opts.pageSize));
        client.push(await clientPass(sandbox.url, opts.pageSize));
      }
    }
    const c = client[0]!;
    const r = raw[0]!;
    if (c.items !== r.items || c.pages !== r.pages) {
      throw new Error(
        `client saw ${c.items} items in ${c.pages} pages, raw ${r.items} in ${r.pages}`,
      );
    }
    const clientMs = median(client.map((p) => p.ms));
    const rawMs = median(raw.map((p) => p.ms));
    // Each round's two passes ran back to back, so their ratio cancels drift in server speed.
    const ratio = median(client.map((p, i) => p.ms / raw[i]!.ms));
    const spread = (passes: Pass[]) =>
      `${ms(Math.min(...passes.map((p) => p.ms)))}–${ms(Math.max(...passes.map((p) => p.ms)))}`;
    const iterating = (await clientPass(sandbox.url, opts.pageSize, true)).heap!;
    const whole = await heldEverything(sandbox.url);
    console.log(
      `listed ${c.items} customers in ${c.pages} pages of ≤ ${opts.pageSize}, ${opts.rounds} rounds (median, range):`,
    );
    console.log(
      `  client     ${ms(clientMs)} (${spread(client)})  ${(c.items / (clientMs / 1000)).toFixed(0)} customers/s`,
    );
    console.log(
      `  raw fetch  ${ms(rawMs)} (${spread(raw)})  ${(r.items / (rawMs / 1000)).toFixed(0)} customers/s`,
    );
    console.log(
      `  ratio client/raw ${ratio.toFixed(3)} (median of per-round ratios; target ≤ ${TARGET_RATIO}: ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'})`,
    );
    console.log(
      `  client heap while iterating (after GC, each page): peak ${mb(iterating.peak)}, rising at most ` +
        `${mb(iterating.growth)} over ${c.pages} pages (one page is ${mb(r.bytes / r.pages)} of JSON); ` +
        `collecting the whole list instead adds ${mb(whole)}`,
    );
  } finally {
    await stop(sandbox.child);
  }
}

await main();
