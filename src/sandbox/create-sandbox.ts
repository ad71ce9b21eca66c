import express, { type ErrorRequestHandler } from 'express';
import { createAdminRouter } from './admin/admin-router.js';
import { SandboxStats } from './admin/stats.js';
import { createAuditLog } from './audit-log.js';
import { FaultEngine } from './faults/fault-engine.js';
import { gatewayReply, toErrorReply } from './http/error-reply.js';
import { createIdempotency } from './http/idempotency.js';
import { PC_ERRORS, PcError } from './http/pc-errors.js';
import { createPipeline } from './http/pipeline.js';
import { compileRoutes } from './http/route-table.js';
import type { SandboxContext } from './http/types.js';
import type { PartnerProfileRecord } from './models.js';
import { resolveOptions, type ResolvedSandboxOptions, type SandboxOptions } from './options.js';
import { ALL_ROUTES } from './routes/index.js';
import { seedStore } from './seed/seed.js';
import { DOCS } from './store/doc-kinds.js';
import { createStore, type SandboxStore } from './store/store.js';

/** A Partner Center-compatible server, not yet listening. */
export interface Sandbox {
  /** The Express app; mount it or pass it to `http.createServer`. */
  readonly app: express.Express;
  readonly store: SandboxStore;
  readonly options: ResolvedSandboxOptions;
  readonly faults: FaultEngine;
  readonly stats: SandboxStats;
  /** Milliseconds spent opening and seeding the store. */
  readonly startupInMs: number;
  /** True when an existing database file (same seed and customer count) was reused unseeded. */
  readonly reusedStore: boolean;
  /** The sandbox clock: `now` plus the time elapsed since start (or since the last reset). */
  clock(): Date;
  /** Back to the initial state: reseeded store, cleared stats, idempotency records and faults. */
  reset(): void;
  close(): void;
}

/**
 * Builds the sandbox: opens (or reuses) the store, seeds it, and wires the admin API and the
 * Partner Center pipeline onto an Express app.
 *
 * @example
 *   const sandbox = createSandbox({ seed: 42, customers: 1000 });
 *   http.createServer(sandbox.app).listen(5050);
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const started = performance.now();
  const opts = resolveOptions(options);
  const store = createStore(opts.db);
  const seedKey = JSON.stringify({ seed: opts.seed, customers: opts.customers });
  const seededWith = store.documents.getMeta('seedKey');
  const reusedStore = seededWith === seedKey;
  if (!reusedStore) {
    if (seededWith !== undefined) opts.logger.warn('reseeding the database', { was: seededWith });
    store.wipe();
    seedStore(store, opts);
    store.documents.putMeta('seedKey', seedKey);
  }
  let clockBase = { real: Date.now(), at: opts.now.getTime() };
  const clock = () => new Date(clockBase.at + (Date.now() - clockBase.real));

  const stats = new SandboxStats();
  const faults = new FaultEngine(opts.seed);
  faults.add(opts.faults);
  const idempotency = createIdempotency(() => store.documents);
  const partner = () =>
    store.documents.get<PartnerProfileRecord>(DOCS.partner, 'partner') as PartnerProfileRecord;
  const context: SandboxContext = {
    store,
    seed: opts.seed,
    partner,
    audit: createAuditLog(
      store,
      () => partner().partnerId,
      (kind) => stats.countWrite(kind),
    ),
  };
  const routes = compileRoutes(ALL_ROUTES);
  const startupInMs = Math.round(performance.now() - started);
  const startedAt = new Date().toISOString();

  const reset = () => {
    store.wipe();
    seedStore(store, opts);
    store.documents.putMeta('seedKey', seedKey);
    clockBase = { real: Date.now(), at: opts.now.getTime() };
    stats.clear();
    idempotency.clear();
    faults.clear();
    faults.add(opts.faults);
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(
    '/_sandbox',
    createAdminRouter({
      stats,
      faults,
      routes,
      reset,
      info: () => ({
        seed: opts.seed,
        generatedCustomers: opts.customers,
        now: clock().toISOString(),
        startedAt,
        startupInMs,
        counts: store.counts(),
      }),
    }),
  );
  app.use(express.text({ type: () => true, limit: '1mb' }));
  app.use(
    createPipeline({
      routes,
      context,
      stats,
      faults,
      idempotency,
      validateToken: opts.validateToken,
      latencyInMs: opts.latencyInMs,
      clock,
      logger: opts.logger,
    }),
  );
  app.use(bodyErrors);

  return {
    app,
    store,
    options: opts,
    faults,
    stats,
    startupInMs,
    reusedStore,
    clock,
    reset,
    close: () => store.close(),
  };
}

/** Errors raised before the pipeline (an oversized or unreadable body) as Partner Center bodies. */
const bodyErrors: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
  const status = (error as { status?: number }).status ?? 500;
  const reply =
    status === 413
      ? gatewayReply(413, 'Request entity too large')
      : toErrorReply(
          new PcError(PC_ERRORS.INVALID_INPUT, ['The request body could not be read.']),
          'partner-center',
        );
  res.status(reply.status).json(reply.body);
};
