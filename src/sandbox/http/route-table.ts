import type { HttpMethod, RouteDef, RouteFamily } from './types.js';

export interface Route extends RouteDef {
  /** `METHOD /template`, the key used by stats and faults, e.g. `GET /v1/customers/:customerId`. */
  key: string;
  family: RouteFamily;
  write: boolean;
  segments: readonly string[];
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

export interface RouteTable {
  match(method: string, path: string): RouteMatch | undefined;
  readonly routes: readonly Route[];
}

const WRITES: ReadonlySet<HttpMethod> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Splits a path, ignoring a trailing slash (a doc self link ends in `/usagerecords/`). */
function segmentsOf(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

/**
 * The route table: templates matched segment by segment, static segments case-insensitively.
 * When two templates match, the one with more static segments wins, so
 * `/customers/relationshiprequests` beats `/customers/:customerId`.
 */
export function compileRoutes(defs: readonly RouteDef[]): RouteTable {
  const routes: Route[] = defs.map((d) => ({
    ...d,
    key: `${d.method} ${d.path}`,
    family: d.path.startsWith('/v1.0/') ? 'partner-api' : 'partner-center',
    write: WRITES.has(d.method),
    segments: segmentsOf(d.path),
  }));
  return {
    routes,
    match(method, path) {
      const parts = segmentsOf(path);
      let best: { match: RouteMatch; score: number } | undefined;
      for (const route of routes) {
        if (route.method !== method || route.segments.length !== parts.length) continue;
        const params: Record<string, string> = {};
        let score = 0;
        let ok = true;
        for (let i = 0; i < parts.length && ok; i++) {
          const template = route.segments[i] as string;
          const actual = parts[i] as string;
          if (template.startsWith(':')) {
            try {
              params[template.slice(1)] = decodeURIComponent(actual);
            } catch {
              ok = false;
            }
          } else if (template.toLowerCase() === actual.toLowerCase()) score++;
          else ok = false;
        }
        if (ok && (!best || score > best.score)) best = { match: { route, params }, score };
      }
      return best?.match;
    },
  };
}
