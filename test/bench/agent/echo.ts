/**
 * The baseline of `npm run bench`: the bare echo agent of agents-sdk.md §3 Experiment A, on the
 * same hosting as ours (createHttpApp + createAgentRequestHandler, anonymous CloudAdapter,
 * 127.0.0.1 on a free port). MemoryStorage, and an afterTurn handler that returns true so the
 * SDK saves turn state after every turn as ours does.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  AgentApplication,
  CloudAdapter,
  MemoryStorage,
  type AuthConfiguration,
  type TurnState,
} from '@microsoft/agents-hosting';
import { createAgentRequestHandler } from '@microsoft/agents-hosting-express';
import type { Request, Response } from 'express';
import { createHttpApp } from '../../../src/agent/http-server.js';
import { DEFAULTS } from '../../../src/config.js';
import { silentLogger } from '../../../src/shared/logger.js';

export interface EchoHost {
  url: string;
  startupInMs: number;
  close(): Promise<void>;
}

export async function startEchoHost(): Promise<EchoHost> {
  const started = performance.now();
  const authConfig: AuthConfiguration = {};
  const agent = new AgentApplication<TurnState>({
    storage: new MemoryStorage(),
    adapter: new CloudAdapter(authConfig),
  });
  agent.onActivity('message', async (ctx) => {
    await ctx.sendActivity(`Echo: ${ctx.activity.text ?? ''}`);
  });
  agent.onTurn('afterTurn', async () => true);
  const handle = createAgentRequestHandler(agent, authConfig);
  const app = createHttpApp({
    handleActivity: (req: Request, res: Response) => handle(req, res),
    maxBodyBytes: DEFAULTS.MAX_BODY_BYTES,
    logger: silentLogger,
    readiness: () => ({ ready: true, checks: { storage: 'memory' } }),
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1');
    s.once('listening', () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    startupInMs: Math.round(performance.now() - started),
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })),
  };
}
