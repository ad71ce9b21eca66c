import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSandbox, type Sandbox } from './create-sandbox.js';
import type { SandboxOptions } from './options.js';

export interface StartSandboxOptions extends SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
}

export interface StartedSandbox {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:5050`. */
  url: string;
  port: number;
  sandbox: Sandbox;
  close(): Promise<void>;
}

const DEFAULTS = { port: 0, host: '127.0.0.1' } satisfies Required<
  Pick<StartSandboxOptions, 'port' | 'host'>
>;

/**
 * Creates the sandbox and listens on `host:port` (a free port by default): how the agent embeds
 * it and how each test file gets its own.
 *
 * @example
 *   const { url, close } = await startSandbox({ seed: 42 });
 *   await fetch(`${url}/v1/customers?size=3`, { headers: { Authorization: 'Bearer x' } });
 *   await close();
 */
export async function startSandbox(options: StartSandboxOptions = {}): Promise<StartedSandbox> {
  const { port, host, ...rest } = { ...DEFAULTS, ...options };
  const sandbox = createSandbox(rest);
  const server = http.createServer(sandbox.app);
  // Longer than clients' idle keep-alive, so the server never closes a socket a client is about
  // to reuse (that race shows as ECONNRESET on the client's next request).
  server.keepAliveTimeout = 65_000;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
  } catch (error) {
    sandbox.close();
    throw error;
  }
  const actual = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  let closed = false;
  return {
    url: `http://${shownHost}:${actual}`,
    port: actual,
    sandbox,
    async close() {
      if (closed) return;
      closed = true;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      sandbox.close();
    },
  };
}
