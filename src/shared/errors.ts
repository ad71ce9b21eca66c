/**
 * Error catalogs (fastify `lib/errors.js` style): every failure the agent raises itself has a
 * stable code, an HTTP status for the HTTP surfaces, and user-facing text that says what to do
 * next. Each layer owns its catalog (`defineErrorCatalog`) in its own `errors.ts`, so layers do
 * not edit one shared file. Partner Center failures are `PartnerCenterError`
 * (src/partner-center/errors.ts).
 *
 * @example
 *   export const CONFIG_ERRORS = defineErrorCatalog({
 *     CONFIG_INVALID: { status: 500, message: 'The configuration is invalid: {0}' },
 *   });
 *   throw new AppError(CONFIG_ERRORS.CONFIG_INVALID, ['PORT must be a number']);
 */
export interface ErrorEntry {
  readonly code: string;
  readonly status: number;
  readonly message: string;
}

export function defineErrorCatalog<
  const T extends Record<string, { status: number; message: string }>,
>(entries: T): { readonly [K in keyof T]: ErrorEntry & { readonly code: K & string } } {
  const out: Record<string, ErrorEntry> = {};
  for (const [code, entry] of Object.entries(entries))
    out[code] = Object.freeze({ code, ...entry });
  return Object.freeze(out) as {
    readonly [K in keyof T]: ErrorEntry & { readonly code: K & string };
  };
}

export const COMMON_ERRORS = defineErrorCatalog({
  BAD_REQUEST: { status: 400, message: 'The request is invalid: {0}' },
  NOT_FOUND: { status: 404, message: '{0} was not found.' },
  INTERNAL: { status: 500, message: 'Something went wrong on our side. {0}' },
});

export class AppError extends Error {
  override readonly name = 'AppError';
  readonly code: string;
  readonly status: number;
  readonly details: readonly string[];

  constructor(entry: ErrorEntry, details: readonly string[] = [], options?: { cause?: unknown }) {
    super(formatMessage(entry.message, details), options);
    this.code = entry.code;
    this.status = entry.status;
    this.details = details;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof Error && value.name === 'AppError';
}

export function formatMessage(template: string, details: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (_, i: string) => details[Number(i)] ?? '').trim();
}
