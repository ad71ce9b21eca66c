/**
 * The child processes of `npm run bench`: `npm start`'s entry (cold start to ready) and the
 * recognize CLI fed on stdin. Every child is registered with `track` so the bench can kill what
 * is left if it fails half-way.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { httpRequest } from './http.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const INDEX = fileURLToPath(new URL('../../../src/index.ts', import.meta.url));
const RECOGNIZE = fileURLToPath(new URL('../../../src/cli/recognize.ts', import.meta.url));

export type Track = (child: ChildProcess) => void;

export interface ColdStart {
  /** Spawn → the banner with the messaging endpoint on stdout. */
  bannerMs: number;
  /** Spawn → GET /readyz answered 200. */
  readyMs: number;
  /** The `ready in N ms` the banner reports (startAgentHost's own figure). */
  hostMs: number;
  /** SIGTERM → exit. */
  stopMs: number;
  exitCode: number | null;
}

/** Kills a child if it still runs and waits for its exit. */
export async function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  await exited;
}

/**
 * `node --import tsx src/index.ts` with PORT=0: waits for the banner's messaging endpoint, then
 * polls /readyz until it answers 200, then SIGTERMs the process and waits for it to exit.
 */
/** How the agent is started: from source through tsx (`npm start`), or compiled (`npm run build`). */
export type StartMode = 'tsx' | 'compiled';

export const START_COMMANDS: Record<StartMode, string[]> = {
  tsx: ['--import', 'tsx', INDEX],
  compiled: ['dist/index.js'],
};

export async function coldStart(
  env: Record<string, string>,
  track: Track,
  mode: StartMode = 'tsx',
): Promise<ColdStart> {
  const started = performance.now();
  const child = spawn(process.execPath, START_COMMANDS[mode], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  track(child);
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (c: string) => (err += c));
  try {
    const base = await new Promise<string>((resolve, reject) => {
      child.once('exit', (code) =>
        reject(new Error(`the agent exited with ${code} before its banner:\n${out}${err}`)),
      );
      child.stdout.on('data', (c: string) => {
        out += c;
        const m = /Messaging endpoint: (http:\/\/\S+)\/api\/messages/.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
    });
    const bannerMs = performance.now() - started;
    for (;;) {
      const res = await httpRequest('GET', `${base}/readyz`).catch(() => undefined);
      if (res?.status === 200) break;
      if (performance.now() - started > 60_000) throw new Error('/readyz never answered 200');
      await new Promise((r) => setTimeout(r, 10));
    }
    const readyMs = performance.now() - started;
    const hostMs = Number(/ready in (\d+) ms/.exec(out)?.[1] ?? NaN);
    const stopping = performance.now();
    await stopChild(child);
    const stopMs = performance.now() - stopping;
    if (child.exitCode !== 0) {
      throw new Error(`src/index.ts exited with ${child.exitCode} on SIGTERM:\n${err}`);
    }
    return { bannerMs, readyMs, hostMs, stopMs, exitCode: child.exitCode };
  } finally {
    await stopChild(child, 'SIGKILL');
  }
}

export interface CliRun {
  lines: number;
  ms: number;
  linesPerSecond: number;
}

/** `node --import tsx src/cli/recognize.ts --now 2026-12-01` with `input` on stdin. */
export async function recognizeCli(input: string[], track: Track): Promise<CliRun> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', RECOGNIZE, '--now', '2026-12-01'], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  track(child);
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (c: string) => (out += c));
  child.stderr.on('data', (c: string) => (err += c));
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  child.stdin.end(input.length ? `${input.join('\n')}\n` : '');
  const [code] = await exited;
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`recognize exited with ${code}: ${err}`);
  const lines = out.split('\n').filter((l) => l.trim() !== '');
  if (lines.length !== input.length) {
    throw new Error(`recognize printed ${lines.length} lines for ${input.length} inputs`);
  }
  JSON.parse(lines[lines.length - 1] ?? '{}');
  return { lines: lines.length, ms, linesPerSecond: lines.length / (ms / 1000) };
}
