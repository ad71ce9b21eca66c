/**
 * Turns one operation call into a pipeline request, sends it (through the read cache for GETs),
 * and turns the answer into a parsed model or a PartnerCenterError. Operations only describe
 * calls; this is the one place that knows about headers, bodies, ids, caching and parsing.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { isSecretKey } from '../shared/redact.js';
import { parseErrorBody } from './error-body.js';
import { safeParseModel } from './models/parse-model.js';
import { PC_ERRORS, PartnerCenterError } from './errors.js';
import type { HttpMethod, PipelineRequest, SendRequest } from './pipeline/pipeline.js';
import { parseRetryAfter } from './pipeline/retry-delay.js';
import { abortedError } from './pipeline/request-errors.js';
import { raceAbort } from './race-abort.js';
import { invalidationScope } from './read-cache.js';
import type { ReadCache } from './read-cache.js';
import type { ApiKind, QueryParams, UrlResolver } from './urls.js';

/** The options bag every operation takes last. */
export interface OperationOptions {
  /** MS-CorrelationId: pass the conversation turn's id so all its calls can be traced together. */
  correlationId?: string;
  /**
   * MS-RequestId: pass the id stored with a pending write so that re-running it after a crash or
   * timeout is recognized as the same request (`develop/headers.md`). Default: a new GUID.
   */
  requestId?: string;
  abortSignal?: AbortSignal;
  /** Skip the read cache: a write's confirmation card shows what Partner Center has now. */
  fresh?: boolean;
}

export interface ApiCall {
  operation: string;
  api: ApiKind;
  method: HttpMethod;
  /** Path below the API root and version, e.g. `/customers/{id}` (or `url` for service links). */
  path?: string;
  url?: string;
  query?: QueryParams;
  headers?: Record<string, string>;
  /** Sent as JSON exactly as given (operations choose the casing). */
  body?: unknown;
  /** `bypass`: always ask the service (polling must not see a cached copy). */
  cache?: 'default' | 'bypass';
}

export interface RawResponse {
  status: number;
  headers: Headers;
  bodyText: string;
  request: PipelineRequest;
}

export interface RequestExecutor {
  readonly urls: UrlResolver;
  /** Sends the call; a status of 300 or more becomes a PartnerCenterError. */
  send(call: ApiCall, options?: OperationOptions): Promise<RawResponse>;
  /** Parses a response body with `schema` (after `normalize`, when given). */
  parse<S extends z.ZodType>(
    response: RawResponse,
    schema: S,
    normalize?: (body: unknown) => unknown,
  ): z.output<S>;
  /** Sends the call and parses its body with `schema`. */
  sendJson<S extends z.ZodType>(
    call: ApiCall,
    schema: S,
    options?: OperationOptions,
  ): Promise<z.output<S>>;
}

export interface ExecutorOptions {
  pipeline: SendRequest;
  urls: UrlResolver;
  cache: ReadCache<RawResponse>;
  locale: string;
  now: () => number;
  /** Aborted when the client is closed: every request still running stops (see `close`). */
  lifetime?: AbortSignal;
}

export function createRequestExecutor(options: ExecutorOptions): RequestExecutor {
  const { pipeline, urls, cache } = options;

  const urlOf = (call: ApiCall): string =>
    call.url ?? urls.api(call.api, call.path ?? '', call.query);

  const toRequest = (
    call: ApiCall,
    opts: OperationOptions,
    url: string = urlOf(call),
  ): PipelineRequest => {
    const headers = new Headers({ Accept: 'application/json' });
    if (call.api !== 'partnerApi') {
      headers.set('X-Locale', options.locale);
      // Marked "Required" in develop/headers.md although the SDKs never send it: harmless, so sent.
      headers.set('MS-Contract-Version', 'v1');
    }
    if (call.body !== undefined) headers.set('Content-Type', 'application/json');
    for (const [name, value] of Object.entries(call.headers ?? {})) headers.set(name, value);
    return {
      method: call.method,
      url,
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
      abortSignal: withLifetime(opts.abortSignal, options.lifetime),
      requestId: opts.requestId ?? randomUUID(),
      correlationId: opts.correlationId ?? randomUUID(),
      operation: call.operation,
      isWrite: call.method !== 'GET' && call.method !== 'HEAD',
      audience: call.api === 'partnerApi' ? 'partnerApi' : 'partnerCenter',
      attempt: 1,
      sensitiveValues: collectSensitiveValues(call.body),
    };
  };

  const sendRequest = async (request: PipelineRequest): Promise<RawResponse> => {
    const response = await pipeline(request);
    if (response.status >= 200 && response.status < 300) return response;
    throw errorFromResponse(response, options.now());
  };

  const send = async (call: ApiCall, opts: OperationOptions = {}): Promise<RawResponse> => {
    if (call.method === 'GET' && cache.enabled && call.cache !== 'bypass' && !opts.fresh) {
      // The request (headers, ids) is built only when the cache must ask the service: a hit
      // costs a key and a lookup. The shared call must not die with one caller's signal; each
      // caller waits with its own.
      const url = urlOf(call);
      const key = `${url}\n${JSON.stringify(call.headers ?? {})}`;
      return cache.get(
        key,
        () => sendRequest(toRequest(call, { ...opts, abortSignal: undefined }, url)),
        (p) => raceAbort(p, opts.abortSignal, () => abortedError(toRequest(call, opts, url))),
      );
    }
    const request = toRequest(call, opts);
    try {
      return await sendRequest(request);
    } finally {
      if (request.isWrite && cache.enabled) {
        const inScope = invalidationScope(request.url);
        cache.invalidate((key) => inScope(key.slice(0, key.indexOf('\n'))));
      }
    }
  };

  return {
    urls,
    send,
    parse: parseResponse,
    async sendJson(call, schema, opts) {
      const response = await send(call, opts);
      return parseResponse(response, schema);
    },
  };
}

/**
 * Parsed bodies by response and schema. A read-cache hit hands out the same RawResponse again;
 * parsing it once more (JSON + model check) was most of a cached read's cost. The parsed value
 * is frozen, because every caller of that cached response now shares it.
 */
const PARSED = new WeakMap<RawResponse, Map<unknown, Map<unknown, unknown>>>();

/** Parses a response body with `schema`; an unusable body is a PC_INVALID_RESPONSE error. */
export function parseResponse<S extends z.ZodType>(
  response: RawResponse,
  schema: S,
  normalize?: (body: unknown) => unknown,
): z.output<S> {
  let bySchema = PARSED.get(response);
  const hit = bySchema?.get(schema)?.get(normalize);
  if (hit !== undefined) return hit as z.output<S>;
  const value = parseResponseBody(response, schema, normalize ?? ((body) => body));
  if (!bySchema) PARSED.set(response, (bySchema = new Map()));
  let byNormalize = bySchema.get(schema);
  if (!byNormalize) bySchema.set(schema, (byNormalize = new Map()));
  byNormalize.set(normalize, deepFreeze(value));
  return value;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function parseResponseBody<S extends z.ZodType>(
  response: RawResponse,
  schema: S,
  normalize: (body: unknown) => unknown,
): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(response.bodyText);
  } catch {
    throw invalidResponse(response, response.bodyText.trim() === '' ? 'empty body' : 'not JSON');
  }
  // Most bodies carry no null at all; then the walk that removes them is skipped.
  const parsed = safeParseModel(schema, normalize(json), response.bodyText.includes('null'));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length ? ` at ${issue.path.join('.')}` : '';
  throw invalidResponse(response, `${issue?.message ?? 'unexpected shape'}${where}`);
}

function invalidResponse(response: RawResponse, reason: string): PartnerCenterError {
  const { request } = response;
  return PartnerCenterError.fromCatalog(PC_ERRORS.PC_INVALID_RESPONSE, [reason], {
    ...errorContext(response, Date.now()),
    request: { method: request.method, url: request.url },
  });
}

/** A PartnerCenterError from a response with a status that is not a success. */
/** The caller's signal, the client's lifetime, both, or neither. */
function withLifetime(
  signal: AbortSignal | undefined,
  lifetime: AbortSignal | undefined,
): AbortSignal | undefined {
  if (!signal) return lifetime;
  return lifetime ? AbortSignal.any([signal, lifetime]) : signal;
}

export function errorFromResponse(response: RawResponse, now: number): PartnerCenterError {
  const { request } = response;
  const context = errorContext(response, now);
  if (response.status < 400) {
    return PartnerCenterError.fromCatalog(
      PC_ERRORS.PC_UNEXPECTED_STATUS,
      [String(response.status)],
      { ...context, request: { method: request.method, url: request.url } },
    );
  }
  return new PartnerCenterError({
    ...context,
    ...parseErrorBody(response.bodyText),
    request: { method: request.method, url: request.url },
  });
}

function errorContext(response: RawResponse, now: number) {
  const { request } = response;
  return {
    status: response.status,
    operation: request.operation,
    requestId: request.requestId,
    correlationId: response.headers.get('ms-correlationid') ?? request.correlationId,
    retryAfterInMs: parseRetryAfter(response.headers.get('retry-after'), now),
    sensitiveValues: request.sensitiveValues,
  };
}

/** String values under secret-named keys (Password, PasswordProfile, ...) anywhere in a body. */
function collectSensitiveValues(body: unknown): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown, secret: boolean) => {
    if (typeof value === 'string') {
      if (secret) found.add(value);
    } else if (Array.isArray(value)) {
      for (const v of value) walk(v, secret);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, secret || isSecretKey(k));
    }
  };
  walk(body, false);
  return found;
}
