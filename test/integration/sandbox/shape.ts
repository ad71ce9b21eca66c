/**
 * Structural comparison of a sandbox body against a Partner Center sample: every key of the
 * sample must exist in the sandbox body with a value of the same JSON type, recursively; for
 * arrays, each sample element must be matched by some sandbox element. Extra keys in the
 * sandbox body are allowed (samples are the minimum shape, pc-samples README). Null sample
 * values match anything.
 */
export function shapeMismatches(
  sample: unknown,
  actual: unknown,
  ignore: readonly string[] = [],
  path = '$',
): string[] {
  if (ignore.includes(path) || sample === null) return [];
  if (Array.isArray(sample)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${describe(actual)}`];
    if (sample.length === 0) return [];
    if (actual.length === 0) return [`${path}: the sample has items, the sandbox returned none`];
    const out: string[] = [];
    sample.forEach((element, i) => {
      if (ignore.includes(`${path}[${i}]`)) return;
      const candidates = actual.map((a) => shapeMismatches(element, a, ignore, `${path}[]`));
      if (!candidates.some((c) => c.length === 0)) {
        out.push(
          ...(candidates.sort((a, b) => a.length - b.length)[0] ?? []).map(
            (m) => `${m} (sample item ${i})`,
          ),
        );
      }
    });
    return out;
  }
  if (typeof sample === 'object') {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual)) {
      return [`${path}: expected an object, got ${describe(actual)}`];
    }
    const a = actual as Record<string, unknown>;
    return Object.entries(sample as Record<string, unknown>).flatMap(([key, value]) => {
      const child = `${path}.${key}`;
      if (ignore.includes(child)) return [];
      if (!(key in a)) return [`${child}: missing`];
      return shapeMismatches(value, a[key], ignore, child);
    });
  }
  return typeof sample === typeof actual
    ? []
    : [`${path}: expected ${typeof sample}, got ${describe(actual)}`];
}

function describe(value: unknown): string {
  return Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value;
}

/** Objects whose keys are free-form data, not resource properties (Azure tags, meter details). */
const FREE_FORM = new Set(['tags', 'additionalInfo', 'infoFields']);

/**
 * Wire conventions every Partner Center answer follows (partner-center-api.md §2.1, §3.1):
 * camelCase property names (OData's `@odata.*` aside), `attributes.objectType` wherever there
 * are `attributes`, relative link URIs in the one `/v1/...` form, numeric error codes.
 */
export function wireConventionMismatches(body: unknown, path = '$'): string[] {
  if (Array.isArray(body))
    return body.flatMap((v, i) => wireConventionMismatches(v, `${path}[${i}]`));
  if (!body || typeof body !== 'object') return [];
  const o = body as Record<string, unknown>;
  const out: string[] = [];
  for (const [key, value] of Object.entries(o)) {
    const child = `${path}.${key}`;
    if (!/^[a-z]/.test(key) && !key.startsWith('@odata.')) out.push(`${child}: not camelCase`);
    if (key === 'attributes' && value && typeof value === 'object') {
      const objectType = (value as Record<string, unknown>).objectType;
      if (typeof objectType !== 'string') out.push(`${child}.objectType: missing`);
    }
    if (key === 'links' && value && typeof value === 'object') {
      for (const [name, l] of Object.entries(value as Record<string, unknown>)) {
        const uri = (l as { uri?: unknown } | null)?.uri;
        if (typeof uri !== 'string') out.push(`${child}.${name}.uri: missing`);
        else if (!/^https?:\/\//.test(uri) && !uri.startsWith('/v1/')) {
          out.push(`${child}.${name}.uri: "${uri}" does not start with /v1/`);
        }
      }
    }
    if (!FREE_FORM.has(key)) out.push(...wireConventionMismatches(value, child));
  }
  if (path === '$' && 'description' in o && 'code' in o && typeof o.code !== 'number') {
    out.push('$.code: a Partner Center error code is a number');
  }
  return out;
}
