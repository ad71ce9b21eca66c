import { silentLogger, type Logger } from '../shared/logger.js';
import { AppError } from '../shared/errors.js';
import { SANDBOX_ERRORS } from './errors.js';
import type { FaultSpec } from './faults/fault-spec.js';
import { acceptAnyToken, type TokenValidator } from './http/auth.js';

/** Options of `createSandbox` / `startSandbox`. */
export interface SandboxOptions {
  /** Seed of all generated data and of probabilistic faults. */
  seed?: number;
  /** How many customers to generate besides the named ones. */
  customers?: number;
  /** SQLite file to persist to, or `:memory:`. An existing seeded file is reused as is. */
  db?: string;
  /** "Now" for seeding and the sandbox clock; seeded dates are relative to its UTC day. */
  now?: Date;
  /** Faults installed at start (and again after a reset). */
  faults?: readonly FaultSpec[];
  /** Latency added to every Partner Center request. */
  latencyInMs?: number;
  logger?: Logger;
  /** The one replaceable bearer-token check; accepts any token by default. */
  validateToken?: TokenValidator;
}

export type ResolvedSandboxOptions = Required<SandboxOptions>;

const DEFAULTS = {
  seed: 42,
  customers: 0,
  db: ':memory:',
  faults: [],
  latencyInMs: 0,
  logger: silentLogger,
  validateToken: acceptAnyToken,
} satisfies Required<Omit<SandboxOptions, 'now'>>;

const invalid = (name: string, why: string) =>
  new AppError(SANDBOX_ERRORS.SANDBOX_INVALID_OPTION, [name, why]);

/** Merges options over the defaults once, and validates them. */
export function resolveOptions(options: SandboxOptions = {}): ResolvedSandboxOptions {
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  const resolved: ResolvedSandboxOptions = { ...DEFAULTS, now: new Date(), ...defined };
  if (!Number.isSafeInteger(resolved.seed)) throw invalid('seed', 'must be an integer');
  if (
    !Number.isInteger(resolved.customers) ||
    resolved.customers < 0 ||
    resolved.customers > 1_000_000
  ) {
    throw invalid('customers', 'must be a whole number from 0 to 1,000,000');
  }
  if (Number.isNaN(resolved.now.getTime())) throw invalid('now', 'must be a valid date');
  if (!(resolved.latencyInMs >= 0)) throw invalid('latencyInMs', 'must be 0 or more');
  return resolved;
}
