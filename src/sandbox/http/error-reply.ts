import { PC_ERRORS, PcError } from './pc-errors.js';
import type { Reply, RouteFamily } from './types.js';

/** The graph-style code for a status, when the catalog entry names none. */
const GRAPH_CODES: Readonly<Record<number, string>> = {
  400: 'invalidRequest',
  401: 'unauthenticated',
  403: 'accessDenied',
  404: 'itemNotFound',
  409: 'resourceModified',
  412: 'preconditionFailed',
  503: 'serviceNotAvailable',
};

/**
 * Renders an error as Partner Center does: `{code, description, data, source}` with a numeric
 * code (`develop/error-codes.md`), or `{error: {code, message, target, innerError}}` on the
 * Partner API (`partner-rest/develop/error-codes.md`).
 */
export function errorReply(error: PcError, family: RouteFamily): Reply {
  const { entry } = error;
  const headers: Record<string, string> = {};
  if (entry.status === 401) {
    // develop/error-codes.md shows this challenge with 401 responses.
    headers['WWW-Authenticate'] = 'OAuth realm=urn:cpsvc:cpid:sandbox';
  }
  if (family === 'partner-api') {
    const code = entry.graphCode ?? GRAPH_CODES[entry.status] ?? 'generalException';
    return {
      status: entry.status,
      headers,
      body: {
        error: {
          code,
          message: error.message,
          target: error.target ?? 'referral',
          innerError: { code: entry.code, message: error.message },
        },
      },
    };
  }
  return {
    status: entry.status,
    headers,
    body: {
      code: entry.pcCode,
      description: error.message.slice(0, 1024),
      data: error.data,
      source: 'PartnerFD',
    },
  };
}

/** Turns anything thrown by a handler into a reply; unknown errors become 500 / 800003. */
export function toErrorReply(error: unknown, family: RouteFamily): Reply {
  const pc = error instanceof PcError ? error : new PcError(PC_ERRORS.UNEXPECTED, []);
  return errorReply(pc, family);
}

/** The API gateway's own body, `{statusCode, message}` (429s, unknown routes, 503s). */
export function gatewayReply(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Reply {
  return { status, headers, body: { statusCode: status, message } };
}
