import { PC_ERRORS, PcError } from './pc-errors.js';

/** The verdict on a bearer token. */
export type TokenCheck = { ok: true } | { ok: false; reason: string };

/**
 * Decides whether a bearer token is accepted. This is the one replaceable place for token
 * checks: the sandbox accepts any token by default; a later authentication issue can plug in
 * real validation (audience, expiry, MFA claim) here.
 */
export type TokenValidator = (token: string) => TokenCheck;

export const acceptAnyToken: TokenValidator = () => ({ ok: true });

/**
 * Checks the `Authorization` header. Missing → 401 / 800001 "Partner Token missing in request
 * context"; not a bearer token or rejected → 401 / 400 "Access denied" (`develop/error-codes.md`).
 */
export function authenticate(
  authorization: string | undefined,
  validate: TokenValidator,
): PcError | undefined {
  if (!authorization || authorization.trim() === '') return new PcError(PC_ERRORS.TOKEN_MISSING);
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match?.[1]) {
    return new PcError(PC_ERRORS.ACCESS_DENIED, ['Send the header as "Bearer <access token>".']);
  }
  const verdict = validate(match[1]);
  return verdict.ok ? undefined : new PcError(PC_ERRORS.ACCESS_DENIED, [verdict.reason]);
}
