import { parseArgs } from 'node:util';
import { DEFAULTS, type Config } from '../config.js';
import { AppError } from '../shared/errors.js';
import { SANDBOX_ERRORS } from './errors.js';
import { parseFaultArgument } from './faults/fault-spec.js';
import type { StartSandboxOptions } from './start-sandbox.js';

export const USAGE = `Partner Center sandbox: a local server that speaks the Partner Center REST protocol.

Usage: npm run sandbox -- [options]

  --port <n>          port to listen on (default $SANDBOX_PORT or 5050; 0 picks a free one)
  --host <host>       interface to bind (default $SANDBOX_HOST or 127.0.0.1)
  --customers <n>     generated customers besides the 11 named ones (default $SANDBOX_CUSTOMERS or 100)
  --seed <n>          seed of all generated data (default $SANDBOX_SEED or 42)
  --db <file>         persist to a SQLite file (default $SANDBOX_DB or in memory)
  --now <YYYY-MM-DD>  the day seeded data is relative to (default: today)
  --fault <spec>      inject a fault; repeatable. JSON, or kind;key=value;… e.g.
                      "throttle;route=GET /v1/customers;probability=0.2"
                      "sequence=throttle,ok,status:503;route=GET /v1/customers/:id"
  --latency <ms>      latency added to every request
  --verbose           log every request
  --quiet             log warnings and errors only
  --help              show this help

Every /v1 request needs "Authorization: Bearer <any token>". Admin API (no token):
GET /_sandbox/stats, POST /_sandbox/reset, GET|POST|DELETE /_sandbox/faults.`;

/** Where flags start from: the SANDBOX_* variables of src/config.ts, or their defaults. */
export type CliDefaults = Config['sandbox'];

export interface CliOptions {
  help: boolean;
  verbose: boolean;
  quiet: boolean;
  start: StartSandboxOptions;
}

const CONFIG_DEFAULTS: CliDefaults = {
  port: DEFAULTS.SANDBOX_PORT,
  host: DEFAULTS.SANDBOX_HOST,
  customers: DEFAULTS.SANDBOX_CUSTOMERS,
  seed: DEFAULTS.SANDBOX_SEED,
  db: DEFAULTS.SANDBOX_DB,
};

const usage = (why: string) => new AppError(SANDBOX_ERRORS.SANDBOX_CLI_USAGE, [why]);

function integer(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min)
    throw usage(`--${name} must be a whole number ≥ ${min}, got "${raw}"`);
  return n;
}

/** Parses the sandbox command line over `defaults` (pure: no I/O, testable). */
export function parseCliArgs(
  argv: readonly string[],
  defaults: CliDefaults = CONFIG_DEFAULTS,
): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        customers: { type: 'string' },
        seed: { type: 'string' },
        db: { type: 'string' },
        now: { type: 'string' },
        fault: { type: 'string', multiple: true },
        latency: { type: 'string' },
        verbose: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (cause) {
    throw usage(cause instanceof Error ? cause.message : String(cause));
  }
  const v = parsed.values;
  let now: Date | undefined;
  if (v.now !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v.now) || Number.isNaN(Date.parse(`${v.now}T12:00:00Z`))) {
      throw usage(`--now must be a date such as 2026-03-01, got "${v.now}"`);
    }
    now = new Date(`${v.now}T12:00:00Z`);
  }
  const start: StartSandboxOptions = {
    port: integer('port', v.port, defaults.port, 0),
    host: v.host ?? defaults.host,
    customers: integer('customers', v.customers, defaults.customers, 0),
    seed: integer('seed', v.seed, defaults.seed, 0),
    faults: (v.fault ?? []).map(parseFaultArgument),
    latencyInMs: integer('latency', v.latency, 0, 0),
    db: v.db ?? defaults.db,
    ...(now ? { now } : {}),
  };
  return { help: v.help, verbose: v.verbose, quiet: v.quiet, start };
}
