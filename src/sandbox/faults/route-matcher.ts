import { AppError } from '../../shared/errors.js';
import { SANDBOX_ERRORS } from '../errors.js';

const METHOD = /^(GET|HEAD|POST|PUT|PATCH|DELETE)\s+/i;

/** `GET /v1/customers/:customerId/` → `GET /v1/customers/:` (parameter names and case ignored). */
function normalize(template: string): { method?: string; path: string } {
  const m = METHOD.exec(template.trim());
  const method = m?.[1]?.toUpperCase();
  const rest = template.trim().slice(m ? m[0].length : 0);
  const path = rest
    .split('/')
    .filter(Boolean)
    .map((s) => (s.startsWith(':') || s === '*' || /^\{.*\}$/.test(s) ? ':' : s.toLowerCase()))
    .join('/');
  return method ? { method, path } : { path };
}

/**
 * Compiles a fault's `route` into a predicate over (route key, `METHOD /actual/path`). See
 * FaultSpec for the accepted forms.
 */
export function compileRouteMatcher(route?: string): (routeKey: string, line: string) => boolean {
  if (route === undefined || route === '*') return () => true;
  if (route.startsWith('^')) {
    let re: RegExp;
    try {
      re = new RegExp(route);
    } catch {
      throw new AppError(SANDBOX_ERRORS.SANDBOX_INVALID_FAULT, [
        `route ${route} is not a valid regular expression`,
      ]);
    }
    return (key, line) => re.test(line) || re.test(key);
  }
  const wanted = normalize(route);
  return (key) => {
    const actual = normalize(key);
    return actual.path === wanted.path && (!wanted.method || wanted.method === actual.method);
  };
}
