/**
 * Secret redaction shared by the logger, PartnerCenterError and anything else that may print
 * data coming from a request or response. Deny-list by key name plus pattern scrubbing of
 * strings, so a token pasted into a message or a URL query is caught too.
 */

export const REDACTED = 'REDACTED';

const SECRET_KEY =
  /^(authorization|proxy-authorization|cookie|set-cookie|password|newpassword|passwd|secret|client_?secret|clientsecret|access_?token|refresh_?token|id_?token|token|assertion|client_assertion|api[-_]?key|x-api-key|ocp-apim-subscription-key|signature|sig|usercredentials|passwordprofile|private_?key|certkey|signingkey|signing_key)$/i;

const STRING_PATTERNS: Array<[RegExp, string]> = [
  // "Bearer eyJ..." and "Basic abc=" in any text
  [/\b(Bearer|Basic)\s+[A-Za-z0-9\-._~+/]+=*/gi, `$1 ${REDACTED}`],
  // JWTs anywhere (three base64url segments starting with eyJ)
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, REDACTED],
  // key=value pairs in query strings or form bodies
  [
    /\b(client_secret|access_token|refresh_token|id_token|password|assertion|client_assertion|code|sig|signature)=([^&\s"']+)/gi,
    `$1=${REDACTED}`,
  ],
  // "password": "..." inside serialized JSON
  [
    /("(?:password|newPassword|clientSecret|client_secret|accessToken|access_token|refreshToken|refresh_token|token|secret)"\s*:\s*)"(?:[^"\\]|\\.)*"/gi,
    `$1"${REDACTED}"`,
  ],
];

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

export function redactString(text: string): string {
  let out = text;
  for (const [pattern, replacement] of STRING_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/** Deep copy of `value` with secret-named keys replaced and strings scrubbed. Never mutates. */
export function redact<T>(value: T, depth = 0): T {
  if (depth > 8) return value;
  if (typeof value === 'string') return redactString(value) as T;
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1)) as T;
  if (value instanceof Error) return value;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      out[k] = isSecretKey(k) && v != null && v !== '' ? REDACTED : redact(v, depth + 1);
    }
    return out as T;
  }
  return value;
}
