/**
 * Request and write counters for `GET /_sandbox/stats`: requests by route key
 * (`GET /v1/customers`), writes by kind (`subscription.update`). Writes count changes actually
 * made, so an idempotent replay does not count twice.
 */
export class SandboxStats {
  private requests = new Map<string, number>();
  private writes = new Map<string, number>();

  countRequest(routeKey: string): void {
    this.requests.set(routeKey, (this.requests.get(routeKey) ?? 0) + 1);
  }

  countWrite(kind: string): void {
    this.writes.set(kind, (this.writes.get(kind) ?? 0) + 1);
  }

  snapshot(): { requests: Record<string, number>; writes: Record<string, number> } {
    return {
      requests: Object.fromEntries([...this.requests].sort(([a], [b]) => a.localeCompare(b))),
      writes: Object.fromEntries([...this.writes].sort(([a], [b]) => a.localeCompare(b))),
    };
  }

  clear(): void {
    this.requests.clear();
    this.writes.clear();
  }
}
