import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from '../../shared/logger.js';
import type { SandboxStats } from '../admin/stats.js';
import type { FaultEngine } from '../faults/fault-engine.js';
import type { FaultStep } from '../faults/fault-spec.js';
import { authenticate, type TokenValidator } from './auth.js';
import { parseJsonBody } from './body.js';
import { gatewayReply, toErrorReply } from './error-reply.js';
import { faultReply } from './fault-replies.js';
import type { Idempotency } from './idempotency.js';
import { PcError } from './pc-errors.js';
import { parseQuery } from './query.js';
import { applyRequestIds } from './request-ids.js';
import type { Route, RouteTable } from './route-table.js';
import type { PcRequest, Reply, SandboxContext } from './types.js';

export interface PipelineDeps {
  routes: RouteTable;
  context: SandboxContext;
  stats: SandboxStats;
  faults: FaultEngine;
  idempotency: Idempotency;
  validateToken: TokenValidator;
  latencyInMs: number;
  clock: () => Date;
  logger: Logger;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The one request path, in this order: route match (unknown → gateway 404) → stats → added
 * latency → bearer token → injected faults → JSON body → idempotency (writes) → injected
 * processing latency → handler → "after" faults → reply. Handlers return a Reply and throw PcError; nothing else writes to the
 * response.
 */
export function createPipeline(deps: PipelineDeps): RequestHandler {
  return (req, res) => {
    void handle(deps, req, res).catch((error: unknown) => {
      deps.logger.error('sandbox request failed', { error, path: req.path });
      if (!res.headersSent) send(res, req.method, toErrorReply(error, 'partner-center'));
    });
  };
}

async function handle(deps: PipelineDeps, req: Request, res: Response): Promise<void> {
  const started = performance.now();
  const match = deps.routes.match(req.method, req.path);
  if (!match) {
    applyRequestIds(req, res, 'partner-center');
    deps.stats.countRequest('unmatched');
    send(res, req.method, gatewayReply(404, 'Resource not found'));
    return;
  }
  const { route } = match;
  const idempotencyId = applyRequestIds(req, res, route.family);
  deps.stats.countRequest(route.key);
  if (deps.latencyInMs > 0) await sleep(deps.latencyInMs);

  const authError = authenticate(req.get('Authorization'), deps.validateToken);
  if (authError)
    return finish(deps, req, res, route, toErrorReply(authError, route.family), started);

  const line = `${req.method} ${req.path}`;
  const before = deps.faults.evaluate(route.key, line, 'before');
  let acceptAsync = false;
  let processingInMs = 0;
  for (const step of before) {
    if (step.kind === 'latency') processingInMs += step.latencyInMs;
    if (step.kind === 'accepted') acceptAsync = true;
    if (step.kind === 'reset') return destroy(req, deps, line);
    const reply = faultReply(step, route.family);
    if (reply) return finish(deps, req, res, route, reply, started);
  }

  let reply: Reply;
  try {
    const pcRequest: PcRequest = {
      method: req.method,
      path: req.path,
      url: req.originalUrl,
      params: match.params,
      query: parseQuery(req.originalUrl),
      header: (name) => req.get(name),
      body: route.write ? parseJsonBody(req.body) : undefined,
      now: deps.clock(),
      baseUrl: `${req.protocol}://${req.get('host') ?? 'localhost'}`,
      acceptAsync,
    };
    // Injected latency is processing time: it happens inside the idempotent section, so a
    // duplicate that arrives meanwhile waits for the first instead of running again.
    const execute = async () => {
      if (processingInMs > 0) await sleep(processingInMs);
      try {
        return await route.handler(pcRequest, deps.context);
      } catch (error) {
        if (!(error instanceof PcError))
          deps.logger.error('handler failed', { error, route: route.key });
        return toErrorReply(error, route.family);
      }
    };
    const key =
      route.write && idempotencyId ? `${idempotencyId}|${route.key}|${req.path}` : undefined;
    const result = await deps.idempotency.run(key, pcRequest.now, execute);
    reply = result.replayed
      ? { ...result, headers: { ...result.headers, 'x-sandbox-idempotent-replay': 'true' } }
      : result;
  } catch (error) {
    reply = toErrorReply(error, route.family);
  }

  const after: FaultStep[] = deps.faults.evaluate(route.key, line, 'after');
  for (const step of after) {
    if (step.kind === 'reset') return destroy(req, deps, line);
    const replaced = faultReply(step, route.family);
    if (replaced) reply = replaced;
  }
  finish(deps, req, res, route, reply, started);
}

function finish(
  deps: PipelineDeps,
  req: Request,
  res: Response,
  route: Route,
  reply: Reply,
  started: number,
): void {
  send(res, req.method, reply);
  deps.logger.debug(`${req.method} ${req.originalUrl} ${reply.status}`, {
    route: route.key,
    ms: Math.round(performance.now() - started),
  });
}

function destroy(req: Request, deps: PipelineDeps, line: string): void {
  deps.logger.debug(`${line} connection reset (injected)`);
  req.socket.destroy();
}

function send(res: Response, method: string, reply: Reply): void {
  res.status(reply.status);
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  if (reply.body === undefined || method === 'HEAD') {
    res.end();
    return;
  }
  res.json(reply.body);
}
