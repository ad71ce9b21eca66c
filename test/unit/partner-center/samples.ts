/** Reads pc-samples fixtures and compares the key spelling of request bodies. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('../../fixtures/pc-samples/', import.meta.url));

export function readSample(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${DIR}${file}`, 'utf8')) as Record<string, unknown>;
}

/** Dotted paths of every non-null key, e.g. `BillingProfile.DefaultAddress.City`. */
export function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    inner === null ? [] : [`${prefix}${key}`, ...keyPaths(inner, `${prefix}${key}.`)],
  );
}

/** The parsed JSON body of a recorded call. */
export function jsonBody(call: { body?: string } | undefined): Record<string, unknown> {
  return JSON.parse(call?.body ?? 'null') as Record<string, unknown>;
}
