/**
 * Identifies the caller: `User-Agent` and `MS-PartnerCenter-Application` (optional, "name of the
 * calling application", `develop/headers.md`).
 */
import { CLIENT_VERSION } from '../version.js';
import { withHeaders } from './pipeline.js';
import type { PipelinePolicy } from './pipeline.js';

export const userAgentPolicyName = 'userAgent';

export interface UserAgentPolicyOptions {
  applicationName?: string;
}

export function defaultUserAgent(): string {
  return `partner-center-agent/${CLIENT_VERSION} node/${process.versions.node}`;
}

export function userAgentPolicy(options: UserAgentPolicyOptions = {}): PipelinePolicy {
  const userAgent = defaultUserAgent();
  return {
    name: userAgentPolicyName,
    sendRequest: (request, next) =>
      next(
        withHeaders(request, {
          'User-Agent': userAgent,
          'MS-PartnerCenter-Application':
            request.audience === 'partnerCenter' ? options.applicationName : undefined,
        }),
      ),
  };
}
