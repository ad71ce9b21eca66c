import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { AppError, defineErrorCatalog } from './shared/errors.js';
import type { LogLevel } from './shared/logger.js';

/**
 * The only reader of `process.env`. Everything else receives the frozen `Config` built here.
 * Every variable is listed and explained in env/.env.TEMPLATE (a test keeps the two in step).
 *
 * What Step 1 runs reads only these: `npm start` / `npm run sandbox` take their defaults from
 * the SANDBOX_* variables, and command-line flags win over them.
 */

export const CONFIG_ERRORS = defineErrorCatalog({
  CONFIG_INVALID: { status: 500, message: 'Invalid configuration: {0}' },
  ENV_FILE_UNREADABLE: { status: 500, message: 'Cannot read the environment file {0}: {1}' },
});

/** The one literal that holds every default. */
export const DEFAULTS = {
  LOG_LEVEL: 'info',
  SANDBOX_PORT: 5050,
  // Loopback only: the sandbox accepts any bearer token, so it must not be reachable from outside.
  SANDBOX_HOST: '127.0.0.1',
  SANDBOX_CUSTOMERS: 100,
  SANDBOX_SEED: 42,
  SANDBOX_DB: ':memory:',
} as const;

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();
const int = (min: number, max: number, fallback: number) =>
  optionalString
    .refine((v) => v === undefined || (/^\d+$/.test(v) && +v >= min && +v <= max), {
      message: `must be a whole number from ${min} to ${max}`,
    })
    .transform((v) => (v === undefined ? fallback : Number(v)));

const EnvSchema = z.object({
  LOG_LEVEL: optionalString
    .refine((v) => v === undefined || ['debug', 'info', 'warn', 'error', 'silent'].includes(v), {
      message: 'must be one of debug, info, warn, error, silent',
    })
    .transform((v) => (v ?? DEFAULTS.LOG_LEVEL) as LogLevel),
  SANDBOX_PORT: int(0, 65_535, DEFAULTS.SANDBOX_PORT),
  SANDBOX_HOST: optionalString,
  SANDBOX_CUSTOMERS: int(0, 1_000_000, DEFAULTS.SANDBOX_CUSTOMERS),
  SANDBOX_SEED: int(0, 2 ** 31 - 1, DEFAULTS.SANDBOX_SEED),
  SANDBOX_DB: optionalString,
});

/** Every variable the programs read (env/.env.TEMPLATE must list each one; a test checks it). */
export const ENV_VARIABLES: readonly string[] = Object.keys(EnvSchema.shape);

export interface Config {
  readonly logLevel: LogLevel;
  /** Defaults of the standalone sandbox (`npm start`, `npm run sandbox`); flags win. */
  readonly sandbox: {
    readonly port: number;
    readonly host: string;
    readonly customers: number;
    readonly seed: number;
    /** `:memory:` or a SQLite file that keeps the data across restarts. */
    readonly db: string;
  };
}

/** Builds the configuration from an environment (default: `process.env`), or fails naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ');
    throw new AppError(CONFIG_ERRORS.CONFIG_INVALID, [issues]);
  }
  const e = parsed.data;
  return deepFreeze({
    logLevel: e.LOG_LEVEL,
    sandbox: {
      port: e.SANDBOX_PORT,
      host: e.SANDBOX_HOST ?? DEFAULTS.SANDBOX_HOST,
      customers: e.SANDBOX_CUSTOMERS,
      seed: e.SANDBOX_SEED,
      db: e.SANDBOX_DB ?? DEFAULTS.SANDBOX_DB,
    },
  });
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

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
