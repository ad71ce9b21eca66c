import { AppError } from '../../shared/errors.js';

/**
 * Partner Center wire errors, with the documented HTTP status, numeric service code and text
 * (`develop/error-codes.md`; codes are numbers on the wire although the doc types them as
 * strings). Handlers `throw new PcError(PC_ERRORS.X, [details])`; the pipeline renders the body
 * `{ code, description, data, source }`, or the Graph-style `{ error: { code, message } }` on the
 * Partner API (referrals) routes (`partner-rest/develop/error-codes.md`).
 */
export interface PcErrorDef {
  status: number;
  pcCode: number;
  message: string;
  /** Graph-style code used on the Partner API (referrals) routes. */
  graphCode?: string;
}

export type PcErrorEntry = Readonly<PcErrorDef> & { readonly code: string };

export function definePcErrors<const T extends Record<string, PcErrorDef>>(
  defs: T,
): { readonly [K in keyof T]: PcErrorEntry & { readonly code: K & string } } {
  const out: Record<string, PcErrorEntry> = {};
  for (const [code, def] of Object.entries(defs)) out[code] = Object.freeze({ code, ...def });
  return Object.freeze(out) as { readonly [K in keyof T]: PcErrorEntry & { code: K & string } };
}

export const PC_ERRORS = definePcErrors({
  // 401: develop/error-codes.md "400 Access denied" and "800001 Partner Token missing".
  TOKEN_MISSING: {
    status: 401,
    pcCode: 800001,
    message: 'Partner Token missing in request context',
    graphCode: 'unauthenticated',
  },
  ACCESS_DENIED: {
    status: 401,
    pcCode: 400,
    message: 'Access denied. {0}',
    graphCode: 'unauthenticated',
  },
  INVALID_INPUT: { status: 400, pcCode: 800002, message: 'Invalid request input. {0}' },
  PARENT_NOT_ACTIVE: {
    status: 409,
    pcCode: 27009,
    message: 'Cannot enable a child subscription, when the parent subscription is not Active. {0}',
  },
  // The doc sample error-400-invalid-tenant-id.json: code 2000, "Tenant Id must be a GUID."
  INVALID_GUID: { status: 400, pcCode: 2000, message: '{0} Id must be a GUID.' },
  NOT_FOUND: { status: 404, pcCode: 1000, message: 'Not found. {0}', graphCode: 'itemNotFound' },
  TENANT_NOT_FOUND: { status: 404, pcCode: 60003, message: 'Tenant not found. {0}' },
  USER_NOT_FOUND: { status: 404, pcCode: 60002, message: 'User object Id is not found. {0}' },
  SUBSCRIPTION_NOT_FOUND: {
    status: 404,
    pcCode: 20003,
    message: 'Subscription with ID {0} not found.',
  },
  ORDER_NOT_FOUND: { status: 404, pcCode: 20000, message: 'Order Id not found. {0}' },
  // The doc sample error-404-mpn-not-found.json.
  MPN_NOT_FOUND: {
    status: 404,
    pcCode: 3000,
    message: 'Partner Organization with partner_id {0} could not be found',
  },
  ETAG_STALE: { status: 400, pcCode: 2055, message: 'Etag is no longer valid. {0}' },
  QUANTITY_WHILE_SUSPENDING: {
    status: 400,
    pcCode: 2001,
    message:
      'Subscription quantity cannot be increased or decreased while subscription is being suspended',
  },
  QUANTITY_OUT_OF_RANGE: {
    status: 400,
    pcCode: 2002,
    message: 'Subscription quantity is not within minimum and maximum allowed quantity. {0}',
  },
  SUBSCRIPTION_DELETED: {
    status: 400,
    pcCode: 2011,
    message: 'Cannot update a subscription with deleted status',
  },
  QUANTITY_DECREASE_NOT_ALLOWED: {
    status: 400,
    pcCode: 800090,
    message: 'Subscription quantity cannot be decreased. {0}',
  },
  SUBSCRIPTION_SUSPENDED: {
    status: 400,
    pcCode: 800091,
    message: 'Cannot update a subscription with suspended status. {0}',
  },
  QUANTITY_NOT_UPDATABLE: {
    status: 400,
    pcCode: 800095,
    message: 'Cannot update the seat quantity for this subscription. {0}',
  },
  NOT_ONBOARDED_IN_COUNTRY: {
    status: 403,
    pcCode: 2030,
    message: 'Partner is not onboarded to sell in country. {0}',
  },
  INVALID_OFFER: { status: 400, pcCode: 800004, message: 'Invalid offer Id. {0}' },
  NOT_AZURE_SUBSCRIPTION: {
    status: 400,
    pcCode: 800011,
    message: 'This subscription is not a valid Azure subscription. {0}',
  },
  LINE_ITEM_NUMBER: {
    status: 400,
    pcCode: 800071,
    message: 'Line Item number should be from 0 to number of line items count',
  },
  ALREADY_ACTIVATED: {
    status: 400,
    pcCode: 800041,
    message: 'This item has already been activated. {0}',
  },
  STATUS_TRANSITION: {
    status: 400,
    pcCode: 800040,
    message: 'Asset status cannot be changed to {0} from {1}',
  },
  UNEXPECTED: {
    status: 500,
    pcCode: 800003,
    message: 'Unexpected service error',
    graphCode: 'generalException',
  },
  // Partner API (referrals) only; partner-rest/develop/error-codes.md.
  GRAPH_INVALID_REQUEST: {
    status: 400,
    pcCode: 800002,
    message: '{0}',
    graphCode: 'invalidRequest',
  },
  GRAPH_NOT_FOUND: { status: 404, pcCode: 1000, message: '{0}', graphCode: 'itemNotFound' },
  GRAPH_PRECONDITION_FAILED: {
    status: 412,
    pcCode: 2055,
    message: '{0}',
    graphCode: 'preconditionFailed',
  },
});

export interface PcErrorOptions {
  /** The `data` array of the body (strings). */
  data?: readonly string[];
  /** The `target` of a Graph-style error. */
  target?: string;
  cause?: unknown;
}

/** A Partner Center error response, thrown by handlers and rendered by the pipeline. */
export class PcError extends AppError {
  readonly entry: PcErrorEntry;
  readonly data: readonly string[];
  readonly target: string | undefined;

  constructor(entry: PcErrorEntry, details: readonly string[] = [], options: PcErrorOptions = {}) {
    super(entry, details, options.cause === undefined ? undefined : { cause: options.cause });
    this.entry = entry;
    this.data = options.data ?? [];
    this.target = options.target;
  }
}

export function isPcError(value: unknown): value is PcError {
  return value instanceof PcError;
}
