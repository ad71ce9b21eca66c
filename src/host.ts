import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloudAdapter, type Storage } from '@microsoft/agents-hosting';
import { createAgentRequestHandler } from '@microsoft/agents-hosting-express';
import type { Request, Response } from 'express';
import { createAgent } from './agent/agent.js';
import { authConfigurationFor } from './agent/auth-configuration.js';
import { authenticateRequests } from './agent/authenticate.js';
import { createDownloadLinks, mountDownloads } from './agent/downloads.js';
import { createHttpApp } from './agent/http-server.js';
import { replyJson } from './agent/reply-json.js';
import type { Config } from './config.js';
import { noticeCard } from './cards/views/notice.js';
import { recognize } from './intents/index.js';
import {
  StaticTokenProvider,
  createClientCredentialsTokenProvider,
  createPartnerCenterClient,
  createRefreshTokenProvider,
  type PartnerCenterClient,
  type TokenProvider,
} from './partner-center/index.js';
import { startSandbox, type StartSandboxOptions, type StartedSandbox } from './sandbox/index.js';
import { createCardSigner } from './security/card-signing.js';
import {
  createLinkSigner,
  loadOrCreateSigningKey,
  loadRoleMap,
  resolveRole,
} from './security/index.js';
import { createLogger, type Logger } from './shared/logger.js';
import { createCustomerDirectory } from './skills/customers/customer-directory.js';
import { createRenewalIndex } from './skills/renewals/renewal-index.js';
import { createExportRegistry, createSkillRegistry, writeAnswers } from './skills/registry.js';
import {
  EXPIRY_SWEEP_INTERVAL_MS,
  sweepExpiredConfirmations,
} from './skills/writes/expiry-sweep.js';
import type { ConnectionInfo, SkillServices } from './skills/services.js';
import {
  createAuditLog,
  createPendingActionStore,
  createRenewalStore,
  createSqliteDatabase,
  SqliteStorage,
  type SqliteDatabase,
} from './state/index.js';

/** A running agent: its messaging URL's base, the Partner Center it talks to, and how to stop it. */
export interface AgentHost {
  /** `http://127.0.0.1:3978` (no trailing slash); messages go to `${url}/api/messages`. */
  url: string;
  port: number;
  connection: ConnectionInfo;
  /** Set when the host started its own sandbox. */
  sandbox?: StartedSandbox;
  /** How long start-up took, in ms (the bench reports it). */
  startupInMs: number;
  close(): Promise<void>;
}

/** What tests and benches may replace; production passes none of these. */
export interface HostOverrides {
  logger?: Logger;
  now?: () => Date;
  /** Memory storage in tests instead of the SQLite file. */
  storage?: Storage;
  /** Build the renewal index in the background at start (default true; tests ask first). */
  warmRenewals?: boolean;
  /** Extra options of the embedded sandbox (a fixed clock, faults, latency). */
  sandbox?: Omit<StartSandboxOptions, 'port' | 'host'>;
}

/** Client limits against the embedded sandbox (see createClient). */
const EMBEDDED_SANDBOX_THROTTLE = { maxConcurrency: 16, requestsPerMinute: 600_000, burst: 10_000 };

/** Readiness first: the deferred modules load a moment after the agent answers /readyz. */
const PRELOAD_AFTER_MS = 1_000;

/** Idle keep-alive of the agent's HTTP server (see listen). */
const KEEP_ALIVE_MS = 65_000;

/** How long in-flight turns get to finish on shutdown before their connections are cut. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Wires the agent from the configuration and starts it: the Partner Center (the embedded
 * sandbox on a free loopback port, a given endpoint, or Microsoft's), state, roles, skills,
 * the Agents SDK adapter and the HTTP server. This and index.ts are the only wiring.
 */
export async function startAgentHost(
  config: Config,
  overrides: HostOverrides = {},
): Promise<AgentHost> {
  const started = performance.now();
  const logger = overrides.logger ?? createLogger({ level: config.logLevel });
  const cleanup: Array<() => Promise<void> | void> = [];
  try {
    const roleMap = loadRoleMap(config.roleMap);
    let sandbox: StartedSandbox | undefined;
    if (config.partnerCenter.kind === 'embedded') {
      sandbox = await startSandbox({
        port: 0,
        host: '127.0.0.1',
        customers: config.sandbox.customers,
        seed: config.sandbox.seed,
        db: config.sandbox.db,
        logger: logger.child('sandbox'),
        ...overrides.sandbox,
      });
      cleanup.push(() => sandbox?.close());
    }
    const partnerCenter = createClient(config, sandbox, logger);
    // Before the sandbox closes: nothing may retry against it (cleanup runs in reverse order).
    cleanup.push(() => partnerCenter.close());
    const connection = describeConnection(config, sandbox);

    let storage = overrides.storage;
    // Tests with memory storage get a private in-memory database for the audit log and key.
    const db: SqliteDatabase = createSqliteDatabase(storage ? ':memory:' : config.state.dbPath);
    cleanup.push(() => {
      db.close();
    });
    storage ??= new SqliteStorage(db);
    const signingKey = loadOrCreateSigningKey(db, config.cardSigningKey);
    const now = overrides.now ?? (() => new Date());
    const auditLog = createAuditLog(db, { now: () => now().getTime() });
    const renewalScope = renewalScopeFor(config, sandbox);

    let publicUrl = config.publicBaseUrl ?? '';
    const exporters = createExportRegistry();
    const linkSigner = createLinkSigner({ key: signingKey });
    const services: SkillServices = {
      partnerCenter,
      customers: createCustomerDirectory(partnerCenter),
      renewals: createRenewalIndex({
        client: partnerCenter,
        logger: logger.child('renewals'),
        now,
        ...(renewalScope && !overrides.storage
          ? { store: createRenewalStore(db, renewalScope) }
          : {}),
      }),
      connection,
      downloads: createDownloadLinks({ signer: linkSigner, exporters, baseUrl: () => publicUrl }),
      auditLog,
      pendingActions: createPendingActionStore(db, {
        ttlInMs: config.pendingActionTtlInMs,
        now: () => now().getTime(),
      }),
      cardSigner: createCardSigner({ key: signingKey, now: () => now().getTime() }),
      logger,
      now,
    };
    // Before the sandbox and the database close (cleanup runs in reverse order).
    cleanup.push(() => services.renewals.close());
    const authConfig = authConfigurationFor(config.agentAuth);
    const agent = createAgent({
      adapter: new CloudAdapter(authConfig),
      storage,
      skills: createSkillRegistry(),
      services,
      recognize,
      answerPending: (request, verb, data) => writeAnswers.answerCard(request, verb, data),
      resolveRole: (user) =>
        resolveRole(
          {
            ...(user.aadObjectId ? { userObjectId: user.aadObjectId } : {}),
            ...(user.upn ? { upn: user.upn } : {}),
          },
          { ...(roleMap ? { map: roleMap } : {}), mode: config.mode },
        ).role,
      logger,
    });
    const handle = createAgentRequestHandler(agent, authConfig);

    let accepting = false;
    const app = createHttpApp({
      handleActivity: (req: Request, res: Response) => handle(req, res),
      maxBodyBytes: config.server.maxBodyBytes,
      logger,
      replyJson,
      ...(config.agentAuth ? { authenticate: authenticateRequests(authConfig) } : {}),
      mount: (app) =>
        mountDownloads(app, { signer: linkSigner, exporters, services: () => services, logger }),
      readiness: () => ({
        ready: accepting,
        checks: {
          partnerCenter: connection.mode === 'sandbox' ? 'sandbox' : 'tenant',
          storage: overrides.storage ? 'memory' : 'sqlite',
        },
      }),
    });
    const server = await listen(app, config.server.port, config.server.host);
    accepting = true;
    if (overrides.warmRenewals !== false) services.renewals.warm();
    const sweep = setInterval(() => {
      sweepExpiredConfirmations(services).catch((error: unknown) =>
        logger.warn('could not sweep expired confirmations', { error }),
      );
    }, EXPIRY_SWEEP_INTERVAL_MS);
    sweep.unref();
    // Before the database closes (cleanup runs in reverse order).
    cleanup.push(() => clearInterval(sweep));
    // Load what start-up skipped (the date parser, the card templating) right after the agent is
    // ready, so the first turn does not wait for them either.
    setTimeout(() => {
      recognize('usage since Oct 1', { now: new Date() });
      noticeCard({ title: 'ready', message: 'ready' });
    }, PRELOAD_AFTER_MS).unref();
    const port = (server.address() as AddressInfo).port;
    const shownHost = config.server.host === '0.0.0.0' ? '127.0.0.1' : config.server.host;
    const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
    publicUrl ||= url;

    let closing: Promise<void> | undefined;
    return {
      url,
      port,
      connection,
      ...(sandbox ? { sandbox } : {}),
      startupInMs: Math.round(performance.now() - started),
      close() {
        closing ??= (async () => {
          accepting = false;
          await stopServer(server);
          for (const step of cleanup.reverse()) await step();
        })();
        return closing;
      },
    };
  } catch (err) {
    for (const step of cleanup.reverse()) await step();
    throw err;
  }
}

function createClient(
  config: Config,
  sandbox: StartedSandbox | undefined,
  logger: Logger,
): PartnerCenterClient {
  const pc = config.partnerCenter;
  const baseUrl = sandbox?.url ?? pc.endpoint;
  if (!baseUrl) throw new TypeError('no Partner Center endpoint configured');
  const partnerApiBaseUrl = sandbox?.url ?? pc.partnerApiEndpoint;
  // Partner Center has no benefits API (partner-center-api.md §5.10); the sandbox serves one.
  const benefitsEndpoint = sandbox ? `${sandbox.url}/v1/benefits` : pc.benefitsEndpoint;
  return createPartnerCenterClient({
    baseUrl,
    ...(partnerApiBaseUrl ? { partnerApiBaseUrl } : {}),
    ...(benefitsEndpoint ? { benefitsEndpoint } : {}),
    tokenProvider: tokenProviderFor(pc),
    applicationName: pc.applicationName,
    cache: { ttlInMs: pc.cacheTtlInMs },
    // Partner Center's limits (500 requests/min/tenant) do not apply to the local sandbox: it is
    // read as fast as it answers, so indexes over 25,000 customers build in seconds, not an hour.
    ...(sandbox ? { throttle: EMBEDDED_SANDBOX_THROTTLE } : {}),
    logger: logger.child('partner-center'),
  });
}

function tokenProviderFor(pc: Config['partnerCenter']): TokenProvider {
  if (pc.credentials) {
    const base = {
      clientId: pc.credentials.clientId,
      tenantId: pc.credentials.tenantId,
      authority: pc.credentials.authority,
      ...(pc.credentials.clientSecret ? { clientSecret: pc.credentials.clientSecret } : {}),
    };
    return pc.credentials.refreshToken
      ? createRefreshTokenProvider({ ...base, refreshToken: pc.credentials.refreshToken })
      : createClientCredentialsTokenProvider(base);
  }
  if (pc.staticToken) return new StaticTokenProvider(pc.staticToken);
  throw new TypeError('no Partner Center credentials configured');
}

/**
 * Which Partner Center a stored renewal index describes. An embedded sandbox in memory is new at
 * every start, so its index is not kept; one on a file, an endpoint or a tenant is.
 */
function renewalScopeFor(config: Config, sandbox: StartedSandbox | undefined): string | undefined {
  if (sandbox) {
    const { db, seed, customers } = config.sandbox;
    return db === ':memory:' ? undefined : `sandbox:${db}:${seed}:${customers}`;
  }
  return `partner-center:${config.partnerCenter.endpoint ?? ''}`;
}

function describeConnection(config: Config, sandbox: StartedSandbox | undefined): ConnectionInfo {
  if (sandbox) {
    return { mode: 'sandbox', description: `the built-in Partner Center sandbox (${sandbox.url})` };
  }
  const endpoint = config.partnerCenter.endpoint ?? '';
  return config.mode === 'sandbox'
    ? { mode: 'sandbox', description: `the Partner Center at ${endpoint}` }
    : { mode: 'tenant', description: `Partner Center (${endpoint})` };
}

function listen(app: ReturnType<typeof createHttpApp>, port: number, host: string) {
  return new Promise<Server>((resolve, reject) => {
    const server = app.listen(port, host);
    // Longer than any client's idle keep-alive (undici: 4 s), so the server never closes a socket
    // a client is about to reuse (that race shows as ECONNRESET on the client's next request).
    server.keepAliveTimeout = KEEP_ALIVE_MS;
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
}

/** Stops accepting, lets in-flight turns finish, then cuts what is left after the grace period. */
async function stopServer(server: Server): Promise<void> {
  const timer = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
  timer.unref();
  // A keep-alive socket whose turn ends during the stop goes idle and would hold close() open
  // until the grace period: sweep idle sockets until the server has closed.
  const sweep = setInterval(() => server.closeIdleConnections(), 50);
  sweep.unref();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await closed;
  clearInterval(sweep);
  clearTimeout(timer);
}
