/**
 * Reads the service fields out of an error body. Partner Center uses several shapes:
 * - `{code, description, data, source}` (`develop/error-codes.md`; `code` is a number in practice),
 * - `{code, message, description, errorName, isRetryable, ...}` (agreements API),
 * - the gateway's `{statusCode, message}` (429 throttling, unknown routes; `api-throttling-guidance.md`),
 * - the Partner API's Graph-style `{error: {code, message, target, innerError}}` (partner-rest `error-codes.md`),
 * - an empty body (some 404s) or text/HTML from a proxy.
 */

export interface ErrorBodyFields {
  code?: number | string;
  description?: string;
  source?: string;
  data?: unknown;
  errorName?: string;
  isRetryable?: boolean;
}

/** Longest raw (non-JSON) body kept as the description; the documented maximum is 1024 characters. */
const MAX_RAW_DESCRIPTION = 1024;

export function parseErrorBody(bodyText: string): ErrorBodyFields {
  const text = bodyText.trim();
  if (text === '') return {};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { description: text.slice(0, MAX_RAW_DESCRIPTION) };
  }
  if (!isRecord(json)) return { description: text.slice(0, MAX_RAW_DESCRIPTION) };

  if (isRecord(json.error)) {
    const graph = json.error;
    return compact({
      code: asCode(graph.code),
      description: asString(graph.message),
      source: asString(graph.target),
      data: graph.innerError === undefined ? undefined : [graph.innerError],
    });
  }
  if (json.code === undefined && json.statusCode !== undefined) {
    // Gateway body: statusCode repeats the HTTP status, so it is not a service error code.
    return compact({ description: asString(json.message) });
  }
  return compact({
    code: asCode(json.code),
    description: asString(json.description) ?? asString(json.message),
    source: asString(json.source),
    data: json.data ?? undefined,
    errorName: asString(json.errorName),
    isRetryable: typeof json.isRetryable === 'boolean' ? json.isRetryable : undefined,
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function asCode(value: unknown): number | string | undefined {
  return typeof value === 'number' || typeof value === 'string' ? value : undefined;
}

function compact(fields: ErrorBodyFields): ErrorBodyFields {
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined),
  ) as ErrorBodyFields;
}
