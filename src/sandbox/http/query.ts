/**
 * Query parameters looked up case-insensitively: Partner Center docs use both `seekOperation=Next`
 * and `seekoperation=next` (partner-center-api.md §2.2).
 */
export interface Query {
  get(name: string): string | undefined;
  getAll(name: string): string[];
  has(name: string): boolean;
}

export function parseQuery(url: string): Query {
  const params = new URL(url, 'http://sandbox.invalid').searchParams;
  const map = new Map<string, string[]>();
  for (const [key, value] of params) {
    const k = key.toLowerCase();
    map.set(k, [...(map.get(k) ?? []), value]);
  }
  return {
    get: (name) => map.get(name.toLowerCase())?.[0],
    getAll: (name) => map.get(name.toLowerCase()) ?? [],
    has: (name) => map.has(name.toLowerCase()),
  };
}
