/**
 * Partner Center request bodies are sent PascalCase, as every request example in the docs shows
 * (they are traces of the .NET SDK's Newtonsoft serializer, e.g. `{"BillingProfile":...,
 * "Attributes":{"ObjectType":...}}`). The service reads both casings; PascalCase is what it is
 * known to receive. Values of free-form maps keep their keys (`provisioningContext` in
 * `develop/create-an-order.md` is camelCase inside a PascalCase body).
 */

const FREE_FORM_KEYS = new Set([
  'provisioningContext',
  'additionalInfo',
  'infoFields',
  'tags',
  'parameters',
]);

export function toPascalCase(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toPascalCase);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      pascal(key),
      FREE_FORM_KEYS.has(key) ? inner : toPascalCase(inner),
    ]),
  );
}

function pascal(key: string): string {
  return key.length === 0 ? key : key[0]!.toUpperCase() + key.slice(1);
}
