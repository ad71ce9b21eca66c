/** Builders for policy unit tests: a pipeline request and a response to it. */
import type {
  PipelineRequest,
  PipelineResponse,
} from '../../../../src/partner-center/pipeline/pipeline.js';

export function makeRequest(overrides: Partial<PipelineRequest> = {}): PipelineRequest {
  return {
    method: 'GET',
    url: 'https://pc.test/v1/customers?size=500',
    headers: new Headers({ Accept: 'application/json' }),
    requestId: 'req-1',
    correlationId: 'corr-1',
    operation: 'customers.list',
    isWrite: false,
    audience: 'partnerCenter',
    attempt: 1,
    sensitiveValues: new Set<string>(),
    ...overrides,
  };
}

export function respond(
  request: PipelineRequest,
  status: number,
  headers: Record<string, string> = {},
  bodyText = '',
): PipelineResponse {
  return { status, headers: new Headers(headers), bodyText, request };
}
