/**
 * A fetch fake that answers from a script and records a transcript (Octokit plugin-retry
 * `test/octokit.ts` style): tests read as "GET /v1/customers?size=500 -> 200".
 *
 *   const pc = createScriptedFetch([{ status: 429, headers: { 'Retry-After': '2' } }, { body: {...} }]);
 *   const client = createPartnerCenterClient({ baseUrl: BASE, tokenProvider, fetch: pc.fetch });
 */

export interface ScriptedResponse {
  /** Default 200. */
  status?: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON, strings as they are; absent = empty body. */
  body?: unknown;
}

export type ScriptStep =
  | ScriptedResponse
  | { networkError: string }
  | { hangUntilAborted: true }
  | ((call: RecordedCall) => ScriptedResponse | Promise<ScriptedResponse>);

export interface RecordedCall {
  method: string;
  url: string;
  /** Path and query, e.g. `/v1/customers?size=500`. */
  path: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body?: string;
}

export interface ScriptedFetch {
  fetch: (input: string, init: RequestInit) => Promise<Response>;
  calls: RecordedCall[];
  transcript: string[];
  /** Adds steps to the end of the script. */
  push(...steps: ScriptStep[]): void;
  /** Steps not used yet. */
  readonly pending: number;
}

/** Status of an unscripted request: a 4xx no policy retries, so the test fails loudly. */
export const UNSCRIPTED_STATUS = 418;

export function createScriptedFetch(steps: ScriptStep[] = []): ScriptedFetch {
  const script = [...steps];
  const calls: RecordedCall[] = [];
  const transcript: string[] = [];

  const fetch = async (input: string, init: RequestInit): Promise<Response> => {
    const url = new URL(input);
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, name) => (headers[name] = value));
    const call: RecordedCall = {
      method: init.method ?? 'GET',
      url: input,
      path: `${url.pathname}${url.search}`,
      headers,
      ...(typeof init.body === 'string' ? { body: init.body } : {}),
    };
    calls.push(call);
    // Yield once, as a real round trip would (a microtask, so fake timers need no special care).
    await Promise.resolve();
    const signal = init.signal ?? undefined;
    if (signal?.aborted) throw signal.reason;

    const step = script.shift();
    if (step === undefined) {
      transcript.push(`${call.method} ${call.path} -> UNSCRIPTED`);
      return new Response('unscripted request', { status: UNSCRIPTED_STATUS });
    }
    if (typeof step === 'object' && 'networkError' in step) {
      transcript.push(`${call.method} ${call.path} -> ${step.networkError}`);
      const cause = Object.assign(new Error(`read ${step.networkError}`), {
        code: step.networkError,
      });
      throw new TypeError('fetch failed', { cause });
    }
    if (typeof step === 'object' && 'hangUntilAborted' in step) {
      transcript.push(`${call.method} ${call.path} -> (hangs)`);
      return new Promise<Response>((_, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    }
    const scripted = typeof step === 'function' ? await step(call) : step;
    const status = scripted.status ?? 200;
    transcript.push(`${call.method} ${call.path} -> ${status}`);
    const body =
      scripted.body === undefined
        ? null
        : typeof scripted.body === 'string'
          ? scripted.body
          : JSON.stringify(scripted.body);
    return new Response(status === 204 || status === 304 ? null : body, {
      status,
      headers: {
        ...(typeof scripted.body === 'object' ? { 'Content-Type': 'application/json' } : {}),
        ...scripted.headers,
      },
    });
  };

  return {
    fetch,
    calls,
    transcript,
    push: (...more) => script.push(...more),
    get pending() {
      return script.length;
    },
  };
}

/** A Partner Center collection body (`{ totalCount, items, links, attributes }`). */
export function collection<T>(
  items: T[],
  next?: { uri: string; continuationToken?: string },
): Record<string, unknown> {
  return {
    totalCount: items.length,
    items,
    links: {
      self: { uri: '/customers', method: 'GET', headers: [] },
      ...(next
        ? {
            next: {
              uri: next.uri,
              method: 'GET',
              headers: next.continuationToken
                ? [{ key: 'MS-ContinuationToken', value: next.continuationToken }]
                : [],
            },
          }
        : {}),
    },
    ...(next?.continuationToken ? { continuationToken: next.continuationToken } : {}),
    attributes: { objectType: 'Collection' },
  };
}
