import express, { type ErrorRequestHandler, type Request } from 'express';
import { isAppError } from '../../shared/errors.js';
import type { FaultEngine } from '../faults/fault-engine.js';
import { validateFaultSpec } from '../faults/fault-spec.js';
import type { RouteTable } from '../http/route-table.js';
import type { SandboxStats } from './stats.js';

export interface AdminDeps {
  stats: SandboxStats;
  faults: FaultEngine;
  routes: RouteTable;
  info(): Record<string, unknown>;
  reset(): void;
}

/**
 * The loopback admin API under `/_sandbox` (no token): faults, stats and reset. It is the
 * sandbox's own surface, not Partner Center's, so its errors are plain `{error}` bodies.
 */
export function createAdminRouter(deps: AdminDeps): express.Router {
  const router = express.Router();
  // Any content type is read as JSON: `curl -d '{"kind":"throttle"}'` sends form encoding.
  router.use(express.json({ limit: '256kb', type: () => true }));

  router.get('/', (_req, res) => {
    res.json({ ...deps.info(), routes: deps.routes.routes.map((r) => r.key) });
  });
  router.get('/stats', (_req, res) => {
    res.json({ ...deps.stats.snapshot(), ...deps.info() });
  });
  router.post('/reset', (_req, res) => {
    deps.reset();
    res.json({ reset: true, ...deps.info() });
  });
  router.get('/faults', (_req, res) => {
    res.json({ faults: deps.faults.list() });
  });
  router.post('/faults', (req: Request, res) => {
    const body: unknown = req.body;
    const list = Array.isArray(body)
      ? body
      : body && typeof body === 'object' && Array.isArray((body as { faults?: unknown }).faults)
        ? (body as { faults: unknown[] }).faults
        : [body];
    // An invalid spec throws an AppError, rendered by adminErrors as 400 {error, code}.
    const specs = list.map(validateFaultSpec);
    res.status(201).json({ faults: deps.faults.add(specs) });
  });
  router.delete('/faults', (_req, res) => {
    deps.faults.clear();
    res.status(204).end();
  });
  router.delete('/faults/:id', (req, res) => {
    if (deps.faults.remove(req.params.id)) res.status(204).end();
    else res.status(404).json({ error: `No fault ${req.params.id}.` });
  });
  router.use(adminErrors);
  return router;
}

/** Unreadable bodies and unexpected failures of the admin API, in its own `{error}` shape. */
const adminErrors: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
  const { status, type } = error as { status?: number; type?: string };
  if (isAppError(error)) {
    res.status(error.status).json({ error: error.message, code: error.code });
  } else if (type === 'entity.parse.failed') {
    res.status(400).json({ error: 'The request body is not valid JSON.' });
  } else if (status === 413) {
    res.status(413).json({ error: 'The request body is larger than 256 kB.' });
  } else if (status !== undefined && status >= 400 && status < 500) {
    res.status(400).json({ error: 'The request body could not be read.' });
  } else {
    res.status(500).json({ error: 'The sandbox failed to handle this admin request.' });
  }
};
