import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import type { Logger } from '../shared/logger.js';
import { checkActivity } from './activity-validation.js';
import { HTTP_ERRORS, sendError } from './http-errors.js';

export interface Readiness {
  ready: boolean;
  checks: Record<string, string>;
}

export interface HttpAppOptions {
  /** The Agents SDK request handler (`createAgentRequestHandler`). */
  handleActivity: (req: express.Request, res: express.Response) => Promise<void>;
  maxBodyBytes: number;
  readiness: () => Readiness;
  logger: Logger;
  /** Runs before anything reads the body (the JWT check when the agent has an app id). */
  authenticate?: RequestHandler;
  /** Extra routes (downloads ...) mounted before the 404 handler. */
  mount?: (app: Express) => void;
  /** Serializes what the SDK answers on `/api/messages` (default: Express's JSON.stringify). */
  replyJson?: (body: unknown) => string | undefined;
}

/**
 * The agent's Express app: `POST /api/messages`, `GET /healthz` (the process is alive),
 * `GET /readyz` (its dependencies are up), and one error handler that answers bad input with a
 * 4xx and a Partner Center-style body instead of a 500.
 */
export function createHttpApp(options: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    const state = options.readiness();
    res
      .status(state.ready ? 200 : 503)
      .json({ status: state.ready ? 'ready' : 'not-ready', ...state.checks });
  });

  app.post(
    '/api/messages',
    options.authenticate ?? passThrough,
    requireJson,
    express.json({ limit: options.maxBodyBytes, strict: true }),
    validateActivity,
    async (req, res) => {
      const { replyJson } = options;
      // The SDK answers with res.send(object), which Express hands to res.json; this does what
      // Express's res.json does (express/lib/response.js) with another serializer.
      if (replyJson) {
        res.json = (body: unknown) => {
          if (!res.get('Content-Type')) res.set('Content-Type', 'application/json');
          return res.send(replyJson(body));
        };
      }
      await options.handleActivity(req, res);
    },
  );

  options.mount?.(app);

  app.use((req, res) => sendError(res, HTTP_ERRORS.NotFound, [req.method, req.path]));
  app.use(errorHandler(options));
  return app;
}

const passThrough: RequestHandler = (_req, _res, next) => next();

const requireJson: RequestHandler = (req, res, next) => {
  const type = req.headers['content-type'];
  if (!req.is('application/json') && !req.is('+json')) {
    sendError(res, HTTP_ERRORS.UnsupportedMediaType, [type ? `'${type}'` : 'no Content-Type']);
    return;
  }
  next();
};

const validateActivity: RequestHandler = (req, res, next) => {
  const check = checkActivity(req.body);
  if (!check.ok) {
    sendError(res, HTTP_ERRORS.InvalidActivity, [check.problem]);
    return;
  }
  next();
};

function errorHandler(options: HttpAppOptions): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const e = err as { type?: string; status?: number; message?: string; name?: string };
    if (res.headersSent) {
      options.logger.warn('error after the response started', { path: req.path, error: err });
      res.end();
      return;
    }
    // body-parser error types: https://github.com/expressjs/body-parser#errors
    switch (e.type) {
      case 'entity.parse.failed':
        return sendError(res, HTTP_ERRORS.InvalidJson, [e.message ?? 'parse error']);
      case 'entity.too.large':
        return sendError(res, HTTP_ERRORS.PayloadTooLarge, [String(options.maxBodyBytes)]);
      case 'encoding.unsupported':
      case 'charset.unsupported':
        return sendError(res, HTTP_ERRORS.UnsupportedMediaType, [
          e.message ?? 'unsupported encoding',
        ]);
    }
    if (e.name === 'ZodError') {
      // Activity.fromObject rejected a field our envelope check let through.
      return sendError(res, HTTP_ERRORS.InvalidActivity, [summarizeZod(err)]);
    }
    const reference = `${Date.now().toString(36)}`;
    options.logger.error('unhandled error in HTTP request', {
      path: req.path,
      reference,
      error: err,
    });
    sendError(res, HTTP_ERRORS.Internal, [reference]);
  };
}

function summarizeZod(err: unknown): string {
  const issues = (err as { issues?: Array<{ path: unknown[]; message: string }> }).issues ?? [];
  return issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ') || 'unexpected shape';
}
