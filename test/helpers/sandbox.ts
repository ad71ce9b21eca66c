import {
  startSandbox,
  type StartedSandbox,
  type StartSandboxOptions,
} from '../../src/sandbox/index.js';

/**
 * Test helpers for the Partner Center sandbox: one real server per test file on port 0, and a
 * thin wrapper over plain `fetch` that sends a bearer token and parses JSON.
 *
 * @example
 *   const sb = await startTestSandbox();
 *   afterAll(() => sb.close());
 *   const res = await sb.api.get('/v1/customers?size=3');
 */

/** A fixed "now" so seeded dates (renewals, deletions, usage) are the same on every run. */
export const TEST_NOW = new Date('2026-03-15T12:00:00Z');

/** Wire shapes the tests read (a subset of each resource; see the pc-samples). */
export interface WireLink {
  uri: string;
  method: string;
  headers: Array<{ key: string; value: string }>;
}

export interface WireCollection<T> {
  totalCount: number;
  items: T[];
  links: { self: WireLink; next?: WireLink; previous?: WireLink };
  continuationToken?: string;
  attributes: { objectType: string };
}

export interface WireCustomer {
  id: string;
  companyProfile: { tenantId: string; domain: string; companyName: string };
  relationshipToPartner: string;
  billingProfile?: WireBillingProfile;
  userCredentials?: { userName: string; password: string };
}

export interface WireBillingProfile {
  id: string;
  email: string;
  companyName: string;
  defaultAddress: Record<string, string>;
  attributes: { etag: string; objectType: string };
}

export interface WireSubscription {
  id: string;
  offerId: string;
  offerName: string;
  friendlyName: string;
  quantity: number;
  status: string;
  autoRenewEnabled: boolean;
  commitmentEndDate: string;
  creationDate: string;
  orderId: string;
  billingType: string;
  termDuration: string;
  suspensionReasons?: string[];
  attributes: { etag: string; objectType: string };
}

export interface WireUser {
  id: string;
  userPrincipalName: string;
  displayName: string;
  firstName: string;
  lastName: string;
  state: string;
  softDeletionTime: string | null;
  usageLocation: string;
  passwordProfile?: { password: string; forceChangePassword: boolean };
}

export interface PcErrorBody {
  code: number;
  description: string;
  data: string[];
  source: string;
}

export interface GatewayErrorBody {
  statusCode: number;
  message: string;
}

export interface PcResponse<T = unknown> {
  status: number;
  headers: Headers;
  /** Parsed JSON, or undefined for an empty body. */
  body: T;
  text: string;
}

export interface RequestOptions {
  headers?: Record<string, string>;
  body?: unknown;
  /** The bearer token; `null` sends no Authorization header. */
  token?: string | null;
}

export interface PcApi {
  request<T = unknown>(
    method: string,
    path: string,
    options?: RequestOptions,
  ): Promise<PcResponse<T>>;
  get<T = unknown>(path: string, options?: RequestOptions): Promise<PcResponse<T>>;
  post<T = unknown>(path: string, body: unknown, options?: RequestOptions): Promise<PcResponse<T>>;
  put<T = unknown>(path: string, body: unknown, options?: RequestOptions): Promise<PcResponse<T>>;
  patch<T = unknown>(path: string, body: unknown, options?: RequestOptions): Promise<PcResponse<T>>;
  delete<T = unknown>(path: string, options?: RequestOptions): Promise<PcResponse<T>>;
  head(path: string, options?: RequestOptions): Promise<PcResponse<undefined>>;
}

export function createApi(baseUrl: string): PcApi {
  const request = async <T>(method: string, path: string, options: RequestOptions = {}) => {
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    const token = options.token === undefined ? 'sandbox-test-token' : options.token;
    if (token !== null) headers.Authorization = `Bearer ${token}`;
    let body: string | undefined;
    if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      headers['Content-Type'] = 'application/json';
    }
    const url = path.startsWith('http') ? path : `${baseUrl}${path}`;
    const res = await fetch(url, { method, headers, ...(body === undefined ? {} : { body }) });
    const text = await res.text();
    return {
      status: res.status,
      headers: res.headers,
      body: (text ? JSON.parse(text) : undefined) as T,
      text,
    };
  };
  return {
    request,
    get: (path, o) => request('GET', path, o),
    post: (path, body, o) => request('POST', path, { ...o, body }),
    put: (path, body, o) => request('PUT', path, { ...o, body }),
    patch: (path, body, o) => request('PATCH', path, { ...o, body }),
    delete: (path, o) => request('DELETE', path, o),
    head: (path, o) => request('HEAD', path, o),
  };
}

export interface TestSandbox extends StartedSandbox {
  api: PcApi;
  /** The admin API (`/_sandbox/*`), which needs no token. */
  admin: PcApi;
}

export async function startTestSandbox(options: StartSandboxOptions = {}): Promise<TestSandbox> {
  const started = await startSandbox({ seed: 42, customers: 0, now: TEST_NOW, ...options });
  return { ...started, api: createApi(started.url), admin: createApi(started.url) };
}

/** The customer whose company name is exactly `name` (found with the starts_with filter). */
export async function findCustomerId(api: PcApi, name: string): Promise<string> {
  const filter = encodeURIComponent(
    JSON.stringify({ Field: 'CompanyName', Value: name, Operator: 'starts_with' }),
  );
  const res = await api.get<WireCollection<WireCustomer>>(`/v1/customers?size=0&filter=${filter}`);
  const match = (res.body?.items ?? []).find((c) => c.companyProfile.companyName === name);
  if (!match) throw new Error(`No customer named ${name} (status ${res.status})`);
  return match.id;
}

/** The subscription of a customer whose offer name is `offerName`. */
export async function findSubscription(
  api: PcApi,
  customerId: string,
  offerName: string,
): Promise<WireSubscription> {
  const res = await api.get<WireCollection<WireSubscription>>(
    `/v1/customers/${customerId}/subscriptions`,
  );
  const match = (res.body?.items ?? []).find((s) => s.offerName === offerName);
  if (!match) throw new Error(`No ${offerName} subscription for ${customerId}`);
  return match;
}

/** The user with this user principal name (walks the customer's active users). */
export async function findUser(
  api: PcApi,
  customerId: string,
  upn: string,
  state: 'Active' | 'Inactive' = 'Active',
): Promise<WireUser> {
  const filter = encodeURIComponent(
    JSON.stringify({ Field: 'UserState', Value: state, Operator: 'equals' }),
  );
  let res = await api.get<WireCollection<WireUser>>(
    `/v1/customers/${customerId}/users?size=500&filter=${filter}`,
  );
  for (;;) {
    const match = res.body.items.find((u) => u.userPrincipalName === upn);
    if (match) return match;
    const next = res.body.links.next;
    if (!next) throw new Error(`No user ${upn}`);
    res = await api.get(next.uri, { headers: nextHeaders(next) });
  }
}

/** The headers a `links.next` asks for (MS-ContinuationToken). */
export function nextHeaders(link: WireLink): Record<string, string> {
  return Object.fromEntries(link.headers.map((h) => [h.key, h.value]));
}

/** The customer with exactly this company name (a CompanyName prefix search, as the agent does). */
export async function customerNamed(api: PcApi, name: string): Promise<WireCustomer> {
  const filter = JSON.stringify({ Field: 'CompanyName', Value: name, Operator: 'starts_with' });
  const res = await api.get<WireCollection<WireCustomer>>(
    `/v1/customers?size=50&filter=${encodeURIComponent(filter)}`,
  );
  const found = res.body.items.find((c) => c.companyProfile.companyName === name);
  if (!found) throw new Error(`sandbox has no ${name}`);
  return found;
}
