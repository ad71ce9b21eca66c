import { loadConfig, loadEnvFile, type Config } from '../../config.js';
import { AppError } from '../../shared/errors.js';
import { CHAT_ERRORS } from './errors.js';

/** A running agent the chat can talk to; `close` stops it if the chat started it. */
export interface AgentHost {
  url: string;
  close(): Promise<void>;
}

export interface ConnectDeps {
  /** Whether an agent answers at the URL. */
  probe?: (url: string) => Promise<'healthy' | 'other' | 'down'>;
  /** Start the agent (with the sandbox) inside this process. */
  startInProcess?: () => Promise<AgentHost>;
}

const DEFAULTS = {
  probe: probeAgent,
  startInProcess: startInProcessAgent,
} satisfies Required<ConnectDeps>;

/**
 * The agent to talk to. With --url: that one, as long as something answers there. Without:
 * the one at the default URL when its /healthz says so, else a new one started in this process,
 * so `npm run chat` works on a clean clone with nothing else running.
 */
export async function connectAgent(
  target: { url: string; urlGiven: boolean },
  deps: ConnectDeps = {},
): Promise<{ url: string; host?: AgentHost }> {
  const { probe, startInProcess } = { ...DEFAULTS, ...deps };
  const state = await probe(target.url);
  if (target.urlGiven) {
    // Another agent may have no /healthz; any HTTP answer means something listens there.
    if (state === 'down') throw new AppError(CHAT_ERRORS.AGENT_NOT_RUNNING, [target.url]);
    return { url: target.url };
  }
  if (state === 'healthy') return { url: target.url };
  try {
    const host = await startInProcess();
    return { url: host.url, host };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new AppError(CHAT_ERRORS.AGENT_START_FAILED, [reason], { cause: err });
  }
}

/** `GET {url}/healthz`: 'healthy' on 2xx, 'other' on any other answer, 'down' on none. */
export async function probeAgent(
  url: string,
  timeoutMs = 2_000,
): Promise<'healthy' | 'other' | 'down'> {
  try {
    const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(timeoutMs) });
    await res.body?.cancel();
    return res.ok ? 'healthy' : 'other';
  } catch {
    return 'down';
  }
}

/** How src/host.ts starts the agent (written by the lead; loaded only when needed). */
export type StartAgentHost = (config: Config) => Promise<AgentHost>;

/**
 * The same agent `npm start` runs (same .env and environment), on a free loopback port and with
 * quieter logs, so its output does not drown the conversation.
 */
export async function startInProcessAgent(
  // Loaded on demand: the agent, the sandbox and SQLite are only needed when none is running.
  loadHost: () => Promise<{ startAgentHost: StartAgentHost }> = () => import('../../host.js'),
): Promise<AgentHost> {
  loadEnvFile();
  const base = loadConfig();
  const config: Config = { ...base, server: { ...base.server, port: 0 }, logLevel: 'warn' };
  const { startAgentHost } = await loadHost();
  return startAgentHost(config);
}
