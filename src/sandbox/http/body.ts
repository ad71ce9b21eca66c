import { PC_ERRORS, PcError } from './pc-errors.js';

/**
 * Parses a JSON request body and camel-cases its keys. Doc request bodies are PascalCase (traces
 * of the .NET SDK), responses camelCase, so the sandbox matches property names
 * case-insensitively by normalizing them (pc-samples README). Unknown properties are kept and
 * ignored by handlers.
 */
export function parseJsonBody(raw: unknown): Record<string, unknown> | undefined {
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new PcError(PC_ERRORS.INVALID_INPUT, ['The request body is not valid JSON.']);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new PcError(PC_ERRORS.INVALID_INPUT, ['The request body must be a JSON object.']);
  }
  return camelKeys(parsed) as Record<string, unknown>;
}

export function camelKey(key: string): string {
  if (key.length > 1 && key === key.toUpperCase()) return key.toLowerCase();
  return key.charAt(0).toLowerCase() + key.slice(1);
}

export function camelKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[camelKey(k)] = camelKeys(v);
    return out;
  }
  return value;
}
