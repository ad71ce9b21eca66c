/**
 * The request/response shapes every policy sees, and `composePipeline`, which chains policies in
 * front of the transport (Azure core-rest-pipeline `{ name, sendRequest(request, next) }`).
 * The order itself is written once, in create-pipeline.ts.
 */

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Which token a request needs: Partner Center (`api.partnercenter.microsoft.com`) or the Partner API (`api.partner.microsoft.com`, referrals). */
export type TokenAudience = 'partnerCenter' | 'partnerApi';

export interface PipelineRequest {
  readonly method: HttpMethod;
  readonly url: string;
  readonly headers: Headers;
  readonly body?: string;
  readonly abortSignal?: AbortSignal;
  /** MS-RequestId (or `client-request-id` on the Partner API): one per logical call, kept across retries. */
  readonly requestId: string;
  /** MS-CorrelationId: ties the calls of one conversation turn together. */
  readonly correlationId: string;
  /** Operation name for logs and errors, e.g. `subscriptions.update`. */
  readonly operation: string;
  readonly isWrite: boolean;
  readonly audience: TokenAudience;
  /** 1 for the first try; the retry policy sets it for each further attempt. */
  readonly attempt: number;
  /**
   * Values that must never be printed (passwords from the body, the bearer token). Shared by
   * reference across the copies policies make, so the error built after the pipeline can scrub
   * them even when the service echoes them back.
   */
  readonly sensitiveValues: Set<string>;
}

export interface PipelineResponse {
  readonly status: number;
  readonly headers: Headers;
  /** The whole body as text (Partner Center bodies are small JSON documents). */
  readonly bodyText: string;
  readonly request: PipelineRequest;
}

export type SendRequest = (request: PipelineRequest) => Promise<PipelineResponse>;

export interface PipelinePolicy {
  readonly name: string;
  sendRequest(request: PipelineRequest, next: SendRequest): Promise<PipelineResponse>;
}

/** Chains `policies` (outermost first) in front of `transport`. */
export function composePipeline(
  policies: readonly PipelinePolicy[],
  transport: SendRequest,
): SendRequest {
  return policies.reduceRight<SendRequest>(
    (next, policy) => (request) => policy.sendRequest(request, next),
    transport,
  );
}

/** A copy of `request` with `headers` set on a fresh Headers object (policies never mutate their input). */
export function withHeaders(
  request: PipelineRequest,
  headers: Record<string, string | undefined>,
): PipelineRequest {
  const copy = new Headers(request.headers);
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) copy.set(name, value);
  }
  return { ...request, headers: copy };
}
