import type { AuthConfiguration } from '@microsoft/agents-hosting';
import { authorizeJWT, getAuthConfigWithDefaults } from '@microsoft/agents-hosting';
import type { Request, RequestHandler, Response } from 'express';
import { HTTP_ERRORS, sendError } from './http-errors.js';

/**
 * The SDK's JWT check (`authorizeJWT`: audience, signature from the authority's JWKS, expiry,
 * tenant), run FIRST on `/api/messages` so that an unauthenticated caller learns nothing about
 * the body it sent, and answered with the project's Partner Center-style error body instead of
 * the SDK's `{"jwt-auth-error": ...}`. The SDK handler checks again; its JWKS is cached.
 */
export function authenticateRequests(authConfig: AuthConfiguration): RequestHandler {
  const jwt = authorizeJWT(getAuthConfigWithDefaults(authConfig));
  return (req, res, next) => {
    let status = 401;
    const capture = {
      status(code: number) {
        status = code;
        return capture;
      },
      send(body: unknown) {
        const reason = (body as Record<string, unknown> | undefined)?.['jwt-auth-error'];
        sendError(res, status === 405 ? HTTP_ERRORS.MethodNotAllowed : HTTP_ERRORS.Unauthorized, [
          typeof reason === 'string' ? reason : 'unauthorized',
        ]);
        return capture;
      },
    };
    jwt(req as Request, capture as unknown as Response, (err?: unknown) => next(err)).catch(next);
  };
}
