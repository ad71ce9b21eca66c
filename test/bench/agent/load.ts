/**
 * Runs load slices in a worker thread (load-worker.ts) and measures, on this thread, how busy
 * the event loop that serves the agents was meanwhile (performance.eventLoopUtilization).
 * A target's figures are the sum of its slices, so targets can be interleaved round by round.
 */
import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { LoadJob, LoadMessage } from './load-worker.js';

export interface Slice {
  turns: number;
  errors: number;
  warmupTurns: number;
  warmupErrors: number;
  elapsedMs: number;
  /** Latency of every counted turn, ms, ascending. */
  latencies: Float64Array;
  replyBytes: number;
  /** Time this thread's event loop was busy during the measured phase, ms. */
  serverActiveMs: number;
  firstError?: string;
  sample?: string;
}

export interface LoadFigures {
  slices: number;
  turns: number;
  errors: number;
  warmupTurns: number;
  warmupErrors: number;
  elapsedMs: number;
  turnsPerSecond: number;
  /** Turns/s of the slowest and the fastest slice. */
  sliceRange: [number, number];
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Share of the measured time this (the server's) event loop was busy, 0..1. */
  serverBusy: number;
  /** Server event-loop time per turn, ms. */
  serverMsPerTurn: number;
  /** Mean size of one expectReplies response body. */
  replyBytes: number;
  firstError?: string;
  sample?: string;
}

const WORKER = new URL('./load-worker.ts', import.meta.url).href;
// Node 20 does not apply `--import tsx` to workers: register tsx in the worker, then load it.
const TSX_API = import.meta.resolve('tsx/esm/api');
const BOOT = `import(${JSON.stringify(TSX_API)}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER)}); })`;

/** The value at quantile q of ascending values (nearest rank). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

export function runSlice(job: LoadJob, track: (w: Worker) => void): Promise<Slice> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOT, { eval: true, workerData: job });
    track(worker);
    let elu: EventLoopUtilization | undefined;
    let settled = false;
    worker.on('message', (m: LoadMessage) => {
      if (m.kind === 'measuring') {
        elu = performance.eventLoopUtilization();
        return;
      }
      settled = true;
      void worker.terminate();
      if (m.kind === 'failed') return reject(new Error(`load worker failed: ${m.message}`));
      const busy = elu ? performance.eventLoopUtilization(elu) : undefined;
      resolve({
        turns: m.turns,
        errors: m.errors,
        warmupTurns: m.warmupTurns,
        warmupErrors: m.warmupErrors,
        elapsedMs: m.elapsedMs,
        latencies: m.latencies,
        replyBytes: m.replyBytes,
        serverActiveMs: busy?.active ?? NaN,
        ...(m.firstError ? { firstError: m.firstError } : {}),
        ...(m.sample ? { sample: m.sample } : {}),
      });
    });
    worker.on('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`load worker exited with ${code} before reporting`));
    });
  });
}

export function combine(slices: Slice[]): LoadFigures {
  const sum = (f: (s: Slice) => number) => slices.reduce((a, s) => a + f(s), 0);
  const turns = sum((s) => s.turns);
  const elapsedMs = sum((s) => s.elapsedMs);
  const active = sum((s) => s.serverActiveMs);
  const lat = new Float64Array(turns);
  let at = 0;
  for (const s of slices) {
    lat.set(s.latencies, at);
    at += s.latencies.length;
  }
  lat.sort();
  const perSlice = slices.map((s) => s.turns / (s.elapsedMs / 1000));
  const firstError = slices.find((s) => s.firstError)?.firstError;
  const sample = slices.find((s) => s.sample)?.sample;
  return {
    slices: slices.length,
    turns,
    errors: sum((s) => s.errors),
    warmupTurns: sum((s) => s.warmupTurns),
    warmupErrors: sum((s) => s.warmupErrors),
    elapsedMs,
    turnsPerSecond: turns / (elapsedMs / 1000),
    sliceRange: [Math.min(...perSlice), Math.max(...perSlice)],
    p50: quantile(lat, 0.5),
    p95: quantile(lat, 0.95),
    p99: quantile(lat, 0.99),
    max: lat.length ? lat[lat.length - 1]! : NaN,
    serverBusy: active / elapsedMs,
    serverMsPerTurn: turns ? active / turns : NaN,
    replyBytes: turns ? sum((s) => s.replyBytes) / turns : 0,
    ...(firstError ? { firstError } : {}),
    ...(sample ? { sample } : {}),
  };
}
