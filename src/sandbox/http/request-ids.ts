import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { RouteFamily } from './types.js';

/**
 * Echoes the request-tracking headers, generating the ones a client left out (the swagger:
 * "If a ms-requestid is not provided, the server will generate a new one"). The Partner API
 * uses `client-request-id` and answers with `request-id` (partner-rest `develop/headers.md`).
 * Returns the id that keys write idempotency.
 */
export function applyRequestIds(
  req: Request,
  res: Response,
  family: RouteFamily,
): string | undefined {
  const requestId = req.get('MS-RequestId');
  const correlationId = req.get('MS-CorrelationId');
  res.setHeader('MS-RequestId', requestId ?? randomUUID());
  res.setHeader('MS-CorrelationId', correlationId ?? randomUUID());
  if (family === 'partner-api') {
    const clientRequestId = req.get('client-request-id');
    res.setHeader('client-request-id', clientRequestId ?? randomUUID());
    res.setHeader('request-id', randomUUID());
    return clientRequestId ?? requestId;
  }
  return requestId;
}
