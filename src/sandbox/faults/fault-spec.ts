import { AppError } from '../../shared/errors.js';
import { SANDBOX_ERRORS } from '../errors.js';

export const FAULT_KINDS = [
  'throttle',
  'status',
  'reset',
  'latency',
  'accepted',
  'notReady',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/**
 * A fault to inject, given at start-up (`--fault`, `faults` option) or at runtime
 * (`POST /_sandbox/faults`).
 *
 * - `route`: which requests it applies to. Absent or `*`: every Partner Center route. A route key
 *   such as `GET /v1/customers/:id/subscriptions` (parameter names do not matter, the method may
 *   be left out). A string starting with `^` is a regular expression tested against
 *   `METHOD /actual/path` and against the route key.
 * - `kind`, or `sequence` to script one step per matching request, e.g.
 *   `["throttle", "ok", "status:503", "latency:300"]`; after the last step the fault is spent.
 * - `probability` (0..1, drawn from the seeded generator) and `times` (how many firings before it
 *   is spent) apply to `kind` faults.
 * - `phase: "after"` applies a `reset` or `status` fault after the request was processed, so the
 *   change is made but the reply is lost (what a client retry with the same MS-RequestId is for).
 */
export interface FaultSpec {
  route?: string;
  kind?: FaultKind;
  status?: number;
  retryAfterSeconds?: number;
  latencyInMs?: number;
  probability?: number;
  sequence?: string[];
  times?: number;
  phase?: 'before' | 'after';
}

/** One step of a fault: what happens to one request. */
export type FaultStep =
  | { kind: 'ok' }
  | { kind: 'throttle'; retryAfterSeconds: number }
  | { kind: 'status'; status: number; retryAfterSeconds?: number }
  | { kind: 'reset' }
  | { kind: 'latency'; latencyInMs: number }
  | { kind: 'accepted' }
  | { kind: 'notReady'; retryAfterSeconds: number };

const DEFAULTS = {
  retryAfterSeconds: 2,
  status: 500,
  latencyInMs: 250,
} satisfies Partial<Record<keyof FaultSpec, number>>;

const invalid = (why: string) => new AppError(SANDBOX_ERRORS.SANDBOX_INVALID_FAULT, [why]);

/** The step a `kind` (plus its settings) stands for. */
export function stepOf(kind: string, spec: FaultSpec = {}, arg?: string): FaultStep {
  const n = arg === undefined ? undefined : Number(arg);
  if (arg !== undefined && !Number.isFinite(n)) throw invalid(`"${kind}:${arg}" needs a number`);
  const retryAfterSeconds = spec.retryAfterSeconds ?? DEFAULTS.retryAfterSeconds;
  switch (kind) {
    case 'ok':
      return { kind: 'ok' };
    case 'throttle':
      return { kind: 'throttle', retryAfterSeconds: n ?? retryAfterSeconds };
    case 'status': {
      const status = n ?? spec.status ?? DEFAULTS.status;
      if (!Number.isInteger(status) || status < 400 || status > 599) {
        throw invalid(`status must be an HTTP error status (400-599), got ${status}`);
      }
      return spec.retryAfterSeconds === undefined
        ? { kind: 'status', status }
        : { kind: 'status', status, retryAfterSeconds };
    }
    case 'reset':
      return { kind: 'reset' };
    case 'latency':
      return { kind: 'latency', latencyInMs: n ?? spec.latencyInMs ?? DEFAULTS.latencyInMs };
    case 'accepted':
      return { kind: 'accepted' };
    case 'notReady':
      return { kind: 'notReady', retryAfterSeconds: n ?? retryAfterSeconds };
    default:
      throw invalid(
        `unknown kind "${kind}"; use one of ${FAULT_KINDS.join(', ')} (or "ok" in a sequence)`,
      );
  }
}

/** Validates an untrusted fault spec (runtime API body or CLI JSON) into a FaultSpec. */
export function validateFaultSpec(input: unknown): FaultSpec {
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    throw invalid('a fault must be a JSON object');
  }
  const raw = input as Record<string, unknown>;
  const spec: FaultSpec = {};
  const num = (key: keyof FaultSpec, min: number, max: number) => {
    const v = raw[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
      throw invalid(`${key} must be a number from ${min} to ${max}`);
    }
    return v;
  };
  if (raw.route !== undefined) {
    if (typeof raw.route !== 'string' || raw.route.trim() === '')
      throw invalid('route must be a string');
    spec.route = raw.route.trim();
  }
  if (raw.kind !== undefined) {
    if (!FAULT_KINDS.includes(raw.kind as FaultKind)) stepOf(String(raw.kind));
    spec.kind = raw.kind as FaultKind;
  }
  const status = num('status', 400, 599);
  const retryAfterSeconds = num('retryAfterSeconds', 0, 3600);
  const latencyInMs = num('latencyInMs', 0, 120_000);
  const probability = num('probability', 0, 1);
  const times = num('times', 1, 1_000_000);
  Object.assign(spec, { status, retryAfterSeconds, latencyInMs, probability, times });
  for (const key of Object.keys(spec) as Array<keyof FaultSpec>) {
    if (spec[key] === undefined) delete spec[key];
  }
  if (raw.phase !== undefined) {
    if (raw.phase !== 'before' && raw.phase !== 'after')
      throw invalid('phase must be "before" or "after"');
    spec.phase = raw.phase;
  }
  if (raw.sequence !== undefined) {
    if (
      !Array.isArray(raw.sequence) ||
      raw.sequence.length === 0 ||
      raw.sequence.some((s) => typeof s !== 'string')
    ) {
      throw invalid(
        'sequence must be a non-empty list of steps such as "throttle", "ok", "status:503"',
      );
    }
    spec.sequence = raw.sequence as string[];
  }
  if (!spec.kind && !spec.sequence) throw invalid('give a kind or a sequence');
  if (spec.phase === 'after' && spec.kind && spec.kind !== 'reset' && spec.kind !== 'status') {
    throw invalid('phase "after" applies to reset and status faults only');
  }
  compileSteps(spec);
  return spec;
}

/** The steps of a spec: its sequence, or its kind repeated. Throws on an invalid step. */
export function compileSteps(spec: FaultSpec): FaultStep[] {
  if (spec.sequence) {
    return spec.sequence.map((entry) => {
      const [kind = '', arg] = entry.split(':');
      return stepOf(kind.trim(), spec, arg?.trim());
    });
  }
  return [stepOf(spec.kind ?? '', spec)];
}

/**
 * Parses a `--fault` argument: JSON (`'{"kind":"throttle","route":"GET /v1/customers"}'`) or
 * the compact `kind;key=value;…` form (`throttle;route=GET /v1/customers;probability=0.2`,
 * `sequence=throttle,ok,status:503;route=GET /v1/customers`).
 */
export function parseFaultArgument(text: string): FaultSpec {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      return validateFaultSpec(JSON.parse(trimmed));
    } catch (cause) {
      if (cause instanceof AppError) throw cause;
      throw invalid(`not valid JSON: ${trimmed}`);
    }
  }
  const raw: Record<string, unknown> = {};
  const aliases: Record<string, string> = {
    p: 'probability',
    latency: 'latencyInMs',
    retryAfter: 'retryAfterSeconds',
  };
  for (const part of trimmed
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq < 0) {
      raw.kind = part;
      continue;
    }
    const key = aliases[part.slice(0, eq).trim()] ?? part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 'sequence') raw.sequence = value.split(',').map((s) => s.trim());
    else if (key === 'route' || key === 'kind' || key === 'phase') raw[key] = value;
    else raw[key] = Number(value);
  }
  return validateFaultSpec(raw);
}
