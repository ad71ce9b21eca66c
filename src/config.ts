import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { AppError, defineErrorCatalog } from './shared/errors.js';
import type { LogLevel } from './shared/logger.js';

/**
 * The only reader of `process.env`. Everything else receives the frozen `Config` built here.
 * Every variable is listed and explained in env/.env.TEMPLATE (a test keeps the two in step).
 *
 * Modes (DESIGN.md "Modes"): `tenant` when Partner Center credentials are configured, otherwise
 * `sandbox`. In sandbox mode the agent talks to the embedded sandbox, or to
 * PARTNER_CENTER_ENDPOINT when one is given (for example a sandbox started with `npm run sandbox`).
 */

export const CONFIG_ERRORS = defineErrorCatalog({
  CONFIG_INVALID: { status: 500, message: 'Invalid configuration: {0}' },
  ENV_FILE_UNREADABLE: { status: 500, message: 'Cannot read the environment file {0}: {1}' },
});

/** The one literal that holds every default. */
export const DEFAULTS = {
  PORT: 3978,
  LOG_LEVEL: 'info',
  PARTNER_CENTER_TENANT_ENDPOINT: 'https://api.partnercenter.microsoft.com',
  PARTNER_API_TENANT_ENDPOINT: 'https://api.partner.microsoft.com',
  PARTNER_CENTER_AUTHORITY: 'https://login.microsoftonline.com',
  PARTNER_CENTER_APPLICATION_NAME: 'partner-center-agent',
  PARTNER_CENTER_CACHE_TTL_SECONDS: 30,
  // `npm run sandbox` listens here; the sandbox that `npm start` embeds always takes a free port.
  SANDBOX_PORT: 5050,
  // Loopback only: the sandbox accepts any bearer token, so it must not be reachable from outside.
  SANDBOX_HOST: '127.0.0.1',
  SANDBOX_CUSTOMERS: 100,
  SANDBOX_SEED: 42,
  SANDBOX_DB: ':memory:',
  SANDBOX_TOKEN: 'sandbox-token',
  STATE_DB_PATH: '.data/state.db',
  PENDING_ACTION_TTL_MINUTES: 15,
  MAX_BODY_BYTES: 262_144,
} as const;

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();
const optionalUrl = optionalString.refine((v) => v === undefined || URL.canParse(v), {
  message: 'must be an absolute URL such as http://127.0.0.1:5050',
});
const int = (min: number, max: number, fallback: number) =>
  optionalString
    .refine((v) => v === undefined || (/^\d+$/.test(v) && +v >= min && +v <= max), {
      message: `must be a whole number from ${min} to ${max}`,
    })
    .transform((v) => (v === undefined ? fallback : Number(v)));

const EnvSchema = z.object({
  PORT: int(0, 65535, DEFAULTS.PORT),
  HOST: optionalString,
  LOG_LEVEL: optionalString
    .refine((v) => v === undefined || ['debug', 'info', 'warn', 'error', 'silent'].includes(v), {
      message: 'must be one of debug, info, warn, error, silent',
    })
    .transform((v) => (v ?? DEFAULTS.LOG_LEVEL) as LogLevel),
  MAX_BODY_BYTES: int(1024, 10_485_760, DEFAULTS.MAX_BODY_BYTES),
  // The agent's own Entra app (Azure Bot). Same names as the Agents SDK and the Agents Toolkit.
  CLIENTID: optionalString,
  CLIENTSECRET: optionalString,
  TENANTID: optionalString,
  AUTHORITYENDPOINT: optionalUrl,
  PARTNER_CENTER_ENDPOINT: optionalUrl,
  PARTNER_CENTER_TOKEN: optionalString,
  PARTNER_CENTER_CLIENT_ID: optionalString,
  PARTNER_CENTER_CLIENT_SECRET: optionalString,
  PARTNER_CENTER_TENANT_ID: optionalString,
  PARTNER_CENTER_REFRESH_TOKEN: optionalString,
  PARTNER_CENTER_AUTHORITY: optionalUrl,
  PARTNER_API_ENDPOINT: optionalUrl,
  PARTNER_CENTER_BENEFITS_ENDPOINT: optionalUrl,
  PARTNER_CENTER_APPLICATION_NAME: optionalString,
  PARTNER_CENTER_CACHE_TTL_SECONDS: int(0, 3600, DEFAULTS.PARTNER_CENTER_CACHE_TTL_SECONDS),
  SANDBOX_PORT: int(0, 65_535, DEFAULTS.SANDBOX_PORT),
  SANDBOX_HOST: optionalString,
  SANDBOX_CUSTOMERS: int(0, 1_000_000, DEFAULTS.SANDBOX_CUSTOMERS),
  SANDBOX_SEED: int(0, 2 ** 31 - 1, DEFAULTS.SANDBOX_SEED),
  SANDBOX_DB: optionalString,
  STATE_DB_PATH: optionalString,
  ROLE_MAP: optionalString,
  ROLE_MAP_FILE: optionalString,
  CARD_SIGNING_KEY: optionalString.refine((v) => v === undefined || v.length >= 32, {
    message: 'must be at least 32 characters',
  }),
  PENDING_ACTION_TTL_MINUTES: int(1, 24 * 60, DEFAULTS.PENDING_ACTION_TTL_MINUTES),
  PUBLIC_BASE_URL: optionalUrl,
});

/** Every variable the agent reads (env/.env.TEMPLATE must list each one; a test checks it). */
export const ENV_VARIABLES: readonly string[] = Object.keys(EnvSchema.shape);

export type Mode = 'sandbox' | 'tenant';

export interface Config {
  readonly mode: Mode;
  readonly server: { readonly port: number; readonly host: string; readonly maxBodyBytes: number };
  readonly logLevel: LogLevel;
  /** The agent's Entra app; absent = anonymous (Emulator, Playground, terminal chat). */
  readonly agentAuth?: {
    readonly clientId: string;
    readonly clientSecret?: string;
    readonly tenantId?: string;
    readonly authorityEndpoint?: string;
  };
  readonly partnerCenter: {
    /** embedded: start the sandbox in process; endpoint: a given compatible server; tenant: Microsoft. */
    readonly kind: 'embedded' | 'endpoint' | 'tenant';
    readonly endpoint?: string;
    readonly partnerApiEndpoint?: string;
    readonly benefitsEndpoint?: string;
    readonly staticToken?: string;
    readonly credentials?: {
      readonly clientId: string;
      readonly clientSecret?: string;
      readonly tenantId: string;
      readonly refreshToken?: string;
      readonly authority: string;
    };
    readonly applicationName: string;
    readonly cacheTtlInMs: number;
  };
  /** The sandbox: embedded by `npm start` (on a free port), or standalone (`npm run sandbox`; flags win). */
  readonly sandbox: {
    /** Port of the standalone sandbox. */
    readonly port: number;
    readonly host: string;
    readonly customers: number;
    readonly seed: number;
    /** `:memory:` or a SQLite file that keeps the data across restarts. */
    readonly db: string;
  };
  readonly state: { readonly dbPath: string };
  readonly roleMap: { readonly json?: string; readonly file?: string };
  readonly cardSigningKey?: string;
  readonly pendingActionTtlInMs: number;
  readonly publicBaseUrl?: string;
}

/**
 * Build the configuration from an environment (default: `process.env`). Keys the Agents SDK
 * documents in camelCase (`clientId`, `tenantId` ...) are matched case-insensitively, as the SDK does.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const upper: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(env)) {
    const key = ['CLIENTID', 'CLIENTSECRET', 'TENANTID', 'AUTHORITYENDPOINT'].includes(
      k.toUpperCase(),
    )
      ? k.toUpperCase()
      : k;
    upper[key] = v;
  }
  const parsed = EnvSchema.safeParse(upper);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ');
    throw new AppError(CONFIG_ERRORS.CONFIG_INVALID, [issues]);
  }
  const e = parsed.data;

  if (e.PARTNER_CENTER_CLIENT_ID && !e.PARTNER_CENTER_TENANT_ID) {
    throw new AppError(CONFIG_ERRORS.CONFIG_INVALID, [
      'PARTNER_CENTER_TENANT_ID is required with PARTNER_CENTER_CLIENT_ID (your partner tenant id)',
    ]);
  }
  // Both app-only and App+User (refresh token) flows authenticate the app with its secret.
  if (e.PARTNER_CENTER_CLIENT_ID && !e.PARTNER_CENTER_CLIENT_SECRET) {
    throw new AppError(CONFIG_ERRORS.CONFIG_INVALID, [
      'PARTNER_CENTER_CLIENT_SECRET is required with PARTNER_CENTER_CLIENT_ID',
    ]);
  }
  if (e.CLIENTSECRET && !e.CLIENTID) {
    throw new AppError(CONFIG_ERRORS.CONFIG_INVALID, ['clientSecret is set but clientId is not']);
  }

  const mode: Mode = e.PARTNER_CENTER_CLIENT_ID ? 'tenant' : 'sandbox';
  const kind = mode === 'tenant' ? 'tenant' : e.PARTNER_CENTER_ENDPOINT ? 'endpoint' : 'embedded';
  const endpoint =
    e.PARTNER_CENTER_ENDPOINT ??
    (mode === 'tenant' ? DEFAULTS.PARTNER_CENTER_TENANT_ENDPOINT : undefined);
  // Referrals live on the separate Partner API (partner-center-api.md §5.9); a sandbox serves both.
  const partnerApiEndpoint =
    e.PARTNER_API_ENDPOINT ?? (mode === 'tenant' ? DEFAULTS.PARTNER_API_TENANT_ENDPOINT : endpoint);

  const config: Config = {
    mode,
    server: {
      port: e.PORT,
      // Sandbox mode is for one machine: do not listen beyond loopback unless asked to.
      host: e.HOST ?? (mode === 'sandbox' ? '127.0.0.1' : '0.0.0.0'),
      maxBodyBytes: e.MAX_BODY_BYTES,
    },
    logLevel: e.LOG_LEVEL,
    ...(e.CLIENTID
      ? {
          agentAuth: {
            clientId: e.CLIENTID,
            ...(e.CLIENTSECRET ? { clientSecret: e.CLIENTSECRET } : {}),
            ...(e.TENANTID ? { tenantId: e.TENANTID } : {}),
            ...(e.AUTHORITYENDPOINT ? { authorityEndpoint: e.AUTHORITYENDPOINT } : {}),
          },
        }
      : {}),
    partnerCenter: {
      kind,
      ...(endpoint ? { endpoint } : {}),
      ...(partnerApiEndpoint ? { partnerApiEndpoint } : {}),
      ...(e.PARTNER_CENTER_BENEFITS_ENDPOINT
        ? { benefitsEndpoint: e.PARTNER_CENTER_BENEFITS_ENDPOINT }
        : {}),
      ...(mode === 'sandbox'
        ? { staticToken: e.PARTNER_CENTER_TOKEN ?? DEFAULTS.SANDBOX_TOKEN }
        : e.PARTNER_CENTER_TOKEN
          ? { staticToken: e.PARTNER_CENTER_TOKEN }
          : {}),
      ...(e.PARTNER_CENTER_CLIENT_ID && e.PARTNER_CENTER_TENANT_ID
        ? {
            credentials: {
              clientId: e.PARTNER_CENTER_CLIENT_ID,
              tenantId: e.PARTNER_CENTER_TENANT_ID,
              authority: e.PARTNER_CENTER_AUTHORITY ?? DEFAULTS.PARTNER_CENTER_AUTHORITY,
              ...(e.PARTNER_CENTER_CLIENT_SECRET
                ? { clientSecret: e.PARTNER_CENTER_CLIENT_SECRET }
                : {}),
              ...(e.PARTNER_CENTER_REFRESH_TOKEN
                ? { refreshToken: e.PARTNER_CENTER_REFRESH_TOKEN }
                : {}),
            },
          }
        : {}),
      applicationName:
        e.PARTNER_CENTER_APPLICATION_NAME ?? DEFAULTS.PARTNER_CENTER_APPLICATION_NAME,
      cacheTtlInMs: e.PARTNER_CENTER_CACHE_TTL_SECONDS * 1000,
    },
    sandbox: {
      port: e.SANDBOX_PORT,
      host: e.SANDBOX_HOST ?? DEFAULTS.SANDBOX_HOST,
      customers: e.SANDBOX_CUSTOMERS,
      seed: e.SANDBOX_SEED,
      db: e.SANDBOX_DB ?? DEFAULTS.SANDBOX_DB,
    },
    state: { dbPath: e.STATE_DB_PATH ?? DEFAULTS.STATE_DB_PATH },
    roleMap: {
      ...(e.ROLE_MAP ? { json: e.ROLE_MAP } : {}),
      ...(e.ROLE_MAP_FILE ? { file: e.ROLE_MAP_FILE } : {}),
    },
    ...(e.CARD_SIGNING_KEY ? { cardSigningKey: e.CARD_SIGNING_KEY } : {}),
    pendingActionTtlInMs: e.PENDING_ACTION_TTL_MINUTES * 60_000,
    ...(e.PUBLIC_BASE_URL ? { publicBaseUrl: e.PUBLIC_BASE_URL.replace(/\/+$/, '') } : {}),
  };
  return deepFreeze(config);
}

/**
 * Loads `path` (default `.env` in the working directory) into `env` without overriding variables
 * that are already set, so the real environment always wins. A missing file changes nothing.
 */
export function loadEnvFile(path = '.env', env: NodeJS.ProcessEnv = process.env): boolean {
  if (!existsSync(path)) return false;
  let parsed: Record<string, string>;
  try {
    parsed = parseEnv(readFileSync(path, 'utf8')) as Record<string, string>;
  } catch (err) {
    throw new AppError(CONFIG_ERRORS.ENV_FILE_UNREADABLE, [path, (err as Error).message]);
  }
  for (const [k, v] of Object.entries(parsed)) if (env[k] === undefined) env[k] = v;
  return true;
}

/** A printable summary without secrets (used at start-up and by connection.status). */
export function describeConfig(config: Config): Record<string, unknown> {
  const pc = config.partnerCenter;
  return {
    mode: config.mode,
    listen: `${config.server.host}:${config.server.port}`,
    agentAuth: config.agentAuth ? `Entra app ${config.agentAuth.clientId}` : 'anonymous',
    partnerCenter: pc.kind === 'embedded' ? 'embedded sandbox' : pc.endpoint,
    partnerCenterAuth: pc.credentials
      ? pc.credentials.refreshToken
        ? `app+user (app ${pc.credentials.clientId})`
        : `app-only (app ${pc.credentials.clientId})`
      : 'static token',
    stateDb: config.state.dbPath,
    roleMap: config.roleMap.file ?? (config.roleMap.json ? 'ROLE_MAP' : 'none'),
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
