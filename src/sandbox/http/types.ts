import type { AuditLog } from '../audit-log.js';
import type { PartnerProfileRecord } from '../models.js';
import type { SandboxStore } from '../store/store.js';
import type { Query } from './query.js';

/** What a handler returns; the pipeline writes it (and stores it for idempotent replays). */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** JSON body; absent for 204 and HEAD responses. */
  body?: unknown;
}

/** The parts of an HTTP request a handler may use (no Express types leak into handlers). */
export interface PcRequest {
  method: string;
  /** Path without query, as received (`/v1/customers/…`). */
  path: string;
  /** Path and query as received, for `links.self`. */
  url: string;
  params: Readonly<Record<string, string>>;
  query: Query;
  header(name: string): string | undefined;
  /** The JSON body with keys camel-cased (requests may use PascalCase, docs examples do). */
  body: Record<string, unknown> | undefined;
  /** Sandbox time at the start of the request. */
  now: Date;
  /** `http://host:port` of this server, for absolute links (referrals' @odata.nextLink). */
  baseUrl: string;
  /** Set by faults: reply 202 + Location instead of 200 where the real API may (subscription PATCH). */
  acceptAsync: boolean;
}

/** Shared state handed to every handler. */
export interface SandboxContext {
  readonly store: SandboxStore;
  readonly audit: AuditLog;
  readonly seed: number;
  partner(): PartnerProfileRecord;
}

export type Handler = (req: PcRequest, sb: SandboxContext) => Reply | Promise<Reply>;

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Partner Center REST (`/v1`) or the Partner API (`/v1.0`, referrals, Graph-style errors). */
export type RouteFamily = 'partner-center' | 'partner-api';

export interface RouteDef {
  method: HttpMethod;
  /** Express-style template, e.g. `/v1/customers/:customerId/subscriptions/:subscriptionId`. */
  path: string;
  handler: Handler;
}

export function json(body: unknown, status = 200, headers?: Record<string, string>): Reply {
  return headers ? { status, body, headers } : { status, body };
}

export function noContent(status = 204, headers?: Record<string, string>): Reply {
  return headers ? { status, headers } : { status };
}
