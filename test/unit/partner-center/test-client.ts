/** Builds a client over a scripted fetch, with retries, throttling and waits made test-friendly. */
import { createPartnerCenterClient } from '../../../src/partner-center/index.js';
import type {
  PartnerCenterClient,
  PartnerCenterClientOptions,
} from '../../../src/partner-center/index.js';
import { StaticTokenProvider } from '../../../src/partner-center/index.js';
import { createScriptedFetch } from '../../helpers/scripted-fetch.js';
import type { ScriptStep, ScriptedFetch } from '../../helpers/scripted-fetch.js';

export const BASE_URL = 'https://pc.test';
export const PARTNER_API_URL = 'https://partner-api.test';
export const TOKEN = 'static-test-token-value';

export interface TestClient {
  client: PartnerCenterClient;
  pc: ScriptedFetch;
}

/** Jitter is fixed at 0 so backoff waits are 0 ms unless a test sets `random`. */
export function createTestClient(
  steps: ScriptStep[] = [],
  options: Partial<PartnerCenterClientOptions> = {},
): TestClient {
  const pc = createScriptedFetch(steps);
  const client = createPartnerCenterClient({
    baseUrl: BASE_URL,
    partnerApiBaseUrl: PARTNER_API_URL,
    tokenProvider: new StaticTokenProvider(TOKEN),
    fetch: pc.fetch,
    random: () => 0,
    ...options,
  });
  return { client, pc };
}
