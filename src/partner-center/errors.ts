/**
 * One error type for everything that goes wrong talking to Partner Center (Octokit
 * `RequestError`, Azure `RestError`): service failures carry the HTTP status and the service's
 * `code`/`description`/`source`/`data` (`develop/error-codes.md`); client-side failures carry a
 * code from `PC_ERRORS`. Secrets are scrubbed in the constructor, because descriptions can echo
 * input (a password, a token) and every logger and card downstream must be safe by default.
 */
import { defineErrorCatalog, formatMessage } from '../shared/errors.js';
import type { ErrorEntry } from '../shared/errors.js';
import { REDACTED, redact, redactString } from '../shared/redact.js';
import { sanitizeUrl } from './pipeline/sanitizer.js';

/** Client-side failures. `status` is the HTTP status an HTTP surface of the agent would use. */
export const PC_ERRORS = defineErrorCatalog({
  PC_NETWORK_ERROR: { status: 503, message: 'Partner Center could not be reached: {0}' },
  PC_TIMEOUT: { status: 504, message: 'Partner Center did not answer within {0} ms.' },
  PC_ABORTED: { status: 499, message: 'The Partner Center call was cancelled.' },
  PC_AUTH_FAILED: { status: 401, message: 'Could not get a token for Partner Center: {0}' },
  PC_TOKEN_EMPTY: { status: 401, message: 'The identity platform returned no token for {0}.' },
  PC_INVALID_RESPONSE: {
    status: 502,
    message: 'Partner Center returned a response the client could not read: {0}',
  },
  PC_UNEXPECTED_STATUS: { status: 502, message: 'Partner Center answered with status {0}.' },
  PC_BENEFITS_NOT_CONFIGURED: {
    status: 501,
    message:
      'Benefits are not available for this tenant: Partner Center documents no benefits API and no benefits endpoint is configured.',
  },
  PC_POLLING_GAVE_UP: {
    status: 504,
    message:
      'Partner Center accepted the change but did not show it after {0} checks. Check again in a few minutes.',
  },
  PC_DATA_NOT_READY: {
    status: 503,
    message: 'Partner Center has not prepared this data yet. Try again in {0} s.',
  },
  PC_INVALID_CONTINUATION_TOKEN: {
    status: 400,
    message: 'The continuation token is not valid for {0}. Start the list again.',
  },
  PC_MISSING_ETAG: {
    status: 400,
    message: 'The {0} has no etag. Get it again before you update it.',
  },
});

export type PartnerCenterErrorCode = keyof typeof PC_ERRORS;

export interface PartnerCenterErrorInit {
  /** HTTP status of the response; 0 when there was none (network failure, abort, not configured). */
  status: number;
  code?: number | string;
  description?: string;
  source?: string;
  data?: unknown;
  errorName?: string;
  isRetryable?: boolean;
  requestId?: string;
  correlationId?: string;
  operation: string;
  retryAfterInMs?: number;
  request: { method: string; url: string };
  /** Exact values (passwords, tokens) to scrub wherever they appear. */
  sensitiveValues?: Iterable<string>;
  cause?: unknown;
}

export class PartnerCenterError extends Error {
  override readonly name = 'PartnerCenterError';
  readonly status: number;
  /** The service's code (number in practice, string in the schema and on the Partner API), or a `PC_*` catalog code. */
  readonly code: number | string | undefined;
  readonly description: string | undefined;
  readonly source: string | undefined;
  readonly data: unknown;
  readonly errorName: string | undefined;
  readonly isRetryable: boolean | undefined;
  readonly requestId: string | undefined;
  readonly correlationId: string | undefined;
  readonly operation: string;
  readonly retryAfterInMs: number | undefined;
  /** Method and sanitized URL only: never headers or body. */
  readonly request: { readonly method: string; readonly url: string };

  constructor(init: PartnerCenterErrorInit) {
    const scrub = createScrubber(init.sensitiveValues);
    const description = init.description === undefined ? undefined : scrub(init.description);
    super(buildMessage(init, description), { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.description = description;
    this.source = init.source;
    this.data = init.data === undefined ? undefined : scrubDeep(init.data, scrub);
    this.errorName = init.errorName;
    this.isRetryable = init.isRetryable;
    this.requestId = init.requestId;
    this.correlationId = init.correlationId;
    this.operation = init.operation;
    this.retryAfterInMs = init.retryAfterInMs;
    this.request = { method: init.request.method, url: scrub(sanitizeUrl(init.request.url)) };
  }

  /** A client-side failure from `PC_ERRORS`. */
  static fromCatalog(
    entry: ErrorEntry,
    details: readonly string[],
    context: Omit<PartnerCenterErrorInit, 'code' | 'description'>,
  ): PartnerCenterError {
    return new PartnerCenterError({
      ...context,
      code: entry.code,
      description: formatMessage(entry.message, details),
    });
  }

  /** True for failures raised by this client (codes from `PC_ERRORS`), false for service errors. */
  get isClientSide(): boolean {
    return typeof this.code === 'string' && this.code in PC_ERRORS;
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      code: this.code,
      description: this.description,
      source: this.source,
      data: this.data,
      errorName: this.errorName,
      isRetryable: this.isRetryable,
      requestId: this.requestId,
      correlationId: this.correlationId,
      operation: this.operation,
      retryAfterInMs: this.retryAfterInMs,
      request: this.request,
    };
  }
}

/** Checks `name`, not `instanceof`, so errors crossing module copies still match (Azure `isRestError`). */
export function isPartnerCenterError(value: unknown): value is PartnerCenterError {
  return value instanceof Error && value.name === 'PartnerCenterError';
}

/** True when `value` is a PartnerCenterError with the given catalog code. */
export function hasErrorCode(value: unknown, code: PartnerCenterErrorCode): boolean {
  return isPartnerCenterError(value) && value.code === code;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

function buildMessage(init: PartnerCenterErrorInit, description: string | undefined): string {
  const isCatalog = typeof init.code === 'string' && init.code in PC_ERRORS;
  if (isCatalog || init.status === 0) return `${init.operation}: ${description ?? 'failed'}`;
  const code = init.code === undefined ? '' : ` (code ${init.code})`;
  const text = description ?? STATUS_TEXT[init.status] ?? `HTTP ${init.status}`;
  return `${init.operation}: Partner Center returned ${init.status}${code}: ${text}`;
}

/** Short secrets (under 4 characters) are not scrubbed by value: that would mangle ordinary text. */
const MIN_SENSITIVE_LENGTH = 4;

function createScrubber(values: Iterable<string> | undefined): (text: string) => string {
  const secrets = [...(values ?? [])].filter((v) => v.length >= MIN_SENSITIVE_LENGTH);
  return (text) => {
    let out = text;
    for (const secret of secrets) out = out.split(secret).join(REDACTED);
    return redactString(out);
  };
}

function scrubDeep(value: unknown, scrub: (text: string) => string): unknown {
  const redacted = redact(value);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return scrub(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, walk(inner)]));
    }
    return v;
  };
  return walk(redacted);
}
