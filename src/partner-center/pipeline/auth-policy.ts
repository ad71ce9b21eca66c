/**
 * Adds `Authorization: Bearer <token>` for the audience the request needs. On a 401 it asks the
 * provider once for a fresh token (`forceRefresh`) and tries once more: a token revoked or rotated
 * early is the one 401 a retry can fix (`develop/error-codes.md`: 401 "Access denied").
 * It sits inside retry, so a retried attempt picks up a refreshed token.
 */
import { isPartnerCenterError } from '../errors.js';
import type { GetTokenOptions, TokenProvider } from '../auth/token-provider.js';
import { withHeaders } from './pipeline.js';
import type { PipelinePolicy, PipelineRequest, TokenAudience } from './pipeline.js';
import { abortedError, requestError } from './request-errors.js';

export const authPolicyName = 'auth';

export type TokenProviders = Readonly<Record<TokenAudience, TokenProvider>>;

export function authPolicy(providers: TokenProviders): PipelinePolicy {
  const authorize = async (request: PipelineRequest, options: GetTokenOptions) => {
    const token = await getToken(providers[request.audience], request, options);
    request.sensitiveValues.add(token);
    return withHeaders(request, { Authorization: `Bearer ${token}` });
  };
  return {
    name: authPolicyName,
    async sendRequest(request, next) {
      const abortSignal = request.abortSignal;
      const response = await next(await authorize(request, { abortSignal }));
      if (response.status !== 401) return response;
      return next(await authorize(request, { abortSignal, forceRefresh: true }));
    },
  };
}

async function getToken(
  provider: TokenProvider,
  request: PipelineRequest,
  options: GetTokenOptions,
): Promise<string> {
  try {
    return (await provider.getToken(options)).token;
  } catch (error) {
    if (isPartnerCenterError(error)) throw error;
    if (request.abortSignal?.aborted) throw abortedError(request);
    const reason = error instanceof Error ? error.message : String(error);
    throw requestError(request, 'PC_AUTH_FAILED', [reason], { cause: error });
  }
}
