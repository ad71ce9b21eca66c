import type { Response } from 'express';
import { defineErrorCatalog, formatMessage, type ErrorEntry } from '../shared/errors.js';

/**
 * Errors the agent's HTTP surface answers with. Bodies follow the Partner Center error shape
 * (`{code, description, data, source}`, `develop/error-codes.md`) so every client of this
 * project sees one error format; `code` is a stable string id here.
 */
export const HTTP_ERRORS = defineErrorCatalog({
  InvalidJson: { status: 400, message: 'The request body is not valid JSON: {0}' },
  InvalidActivity: { status: 400, message: 'The activity is invalid: {0}' },
  UnsupportedMediaType: {
    status: 415,
    message: 'Send the activity as JSON with Content-Type: application/json (got {0}).',
  },
  Unauthorized: {
    status: 401,
    message: 'The request is not authenticated: {0}. Send a Bot Framework / Entra bearer token.',
  },
  MethodNotAllowed: { status: 405, message: 'Only POST is accepted here.' },
  PayloadTooLarge: { status: 413, message: 'The request body is larger than {0} bytes.' },
  NotFound: { status: 404, message: 'No route for {0} {1}.' },
  DownloadInvalid: {
    status: 400,
    message:
      'This download link is not valid. Ask the agent for the list again and use its new link.',
  },
  DownloadForbidden: {
    status: 403,
    message:
      'This download link was changed or is not allowed for your role; nothing was exported.',
  },
  DownloadExpired: {
    status: 410,
    message:
      'This download link has expired. Ask the agent for the list again and use its new link.',
  },
  DownloadFailed: {
    status: 502,
    message: 'Partner Center did not answer the export. Try again; reference: {0}',
  },
  NotReady: { status: 503, message: 'The agent is starting or stopping: {0}' },
  Internal: {
    status: 500,
    message: 'The agent could not process the request. Reference: {0}',
  },
});

export const ERROR_SOURCE = 'partner-center-agent';

export function sendError(res: Response, entry: ErrorEntry, details: readonly string[] = []): void {
  res.status(entry.status).json({
    code: entry.code,
    description: formatMessage(entry.message, details),
    data: [],
    source: ERROR_SOURCE,
  });
}
