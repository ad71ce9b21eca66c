import { REDACTED, isSecretKey, redactString } from '../shared/redact.js';

/**
 * Wider than the shared deny-list on purpose: the audit log keeps data for years and is exported
 * to spreadsheets, so any key that merely *contains* password / secret / token / credential
 * (`temporaryPassword`, `userCredentials`, `continuationToken` ...) is blanked. Unlimited depth
 * (the shared `redact` stops at 8 levels).
 */
const AUDIT_SECRET_KEY = /pass(word|wd)|secret|token|credential|api[-_]?key|private[-_]?key/i;

/** A JSON-safe, redacted deep copy of `value` for the audit log. */
export function redactForAudit(value: unknown): unknown {
  if (value === undefined) return undefined;
  return walk(JSON.parse(JSON.stringify(value)) as unknown);
}

function walk(value: unknown): unknown {
  if (typeof value === 'string') return redactString(value);
  if (Array.isArray(value)) return value.map(walk);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const secret = isSecretKey(key) || AUDIT_SECRET_KEY.test(key);
      out[key] = secret && v !== null && v !== '' ? REDACTED : walk(v);
    }
    return out;
  }
  return value;
}
