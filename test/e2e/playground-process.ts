import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Playground's own bin (devDependency @microsoft/m365agentsplayground). */
const PLAYGROUND_BIN = fileURLToPath(
  new URL('../../node_modules/.bin/agentsplayground', import.meta.url),
);

export interface RunningPlayground {
  /** `http://127.0.0.1:<port>`, the page Chromium opens. */
  url: string;
  port: number;
  /** Everything the process printed (for failure messages). */
  output(): string;
  /** Stops the whole process group: SIGTERM, then SIGKILL after `graceMs`. Idempotent. */
  stop(graceMs?: number): Promise<void>;
}

/** A free TCP port on loopback (the Playground picks a random one itself if this gets taken). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the M365 Agents Playground against `endpoint`, in its own process group, with every file
 * it could write (log, events recording, config lookups) pointed into `workDir`, no browser and
 * no telemetry. Resolves once `/_debug/ping` answers.
 */
export async function startPlayground(options: {
  endpoint: string;
  workDir: string;
  port: number;
  startTimeoutMs: number;
}): Promise<RunningPlayground> {
  const { endpoint, workDir, port, startTimeoutMs } = options;
  const child = spawn(
    PLAYGROUND_BIN,
    ['-e', endpoint, '-c', 'msteams', '-p', String(port), '--disable-telemetry'],
    {
      // It resolves ./devTools/... and ./.m365agentsplayground.yml against the working directory.
      cwd: workDir,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: 'none',
        M365_AGENTS_PLAYGROUND_LOGFILE: join(workDir, 'm365agentsplayground.log'),
        M365_AGENTS_PLAYGROUND_RECORDING_FILE: join(workDir, 'events_recording.log'),
        // Neither file exists, so the Playground uses its default configuration.
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: join(workDir, '.m365agentsplayground.yml'),
        TEAMS_APP_TEST_TOOL_CONFIG_PATH: join(workDir, '.teamsapptesttool.yml'),
        HOME: workDir,
        NO_COLOR: '1',
      },
    },
  );
  const chunks: string[] = [];
  child.stdout?.setEncoding('utf8').on('data', (d: string) => chunks.push(d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => chunks.push(d));
  const output = () => chunks.join('');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // A safety net if the test process dies without running afterAll.
  const killOnExit = () => killGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);

  let stopping: Promise<void> | undefined;
  const stop = (graceMs = 5_000) =>
    (stopping ??= (async () => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    })());

  try {
    const actualPort = await listeningPort(child, output, startTimeoutMs);
    const url = `http://127.0.0.1:${actualPort}`;
    await waitForPing(`${url}/_debug/ping`, child, output, startTimeoutMs);
    return { url, port: actualPort, output, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** The Playground prints `Listening on <port>`; it moves to a random port if `-p` is taken. */
function listeningPort(child: ChildProcess, output: () => string, timeoutMs: number) {
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`the Playground did not listen within ${timeoutMs} ms:\n${output()}`));
    }, timeoutMs);
    const onData = () => {
      const match = /Listening on (\d+)/.exec(output());
      if (match?.[1]) {
        cleanup();
        resolve(Number(match[1]));
      }
    };
    const onExit = (code: number | null, signal: string | null) => {
      cleanup();
      reject(new Error(`the Playground exited (${code ?? signal}) before listening:\n${output()}`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
    };
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
    onData();
  });
}

async function waitForPing(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the Playground exited:\n${output()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = String(err);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${last}):\n${output()}`);
}
