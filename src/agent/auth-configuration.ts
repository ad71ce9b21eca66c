import type { AuthConfiguration } from '@microsoft/agents-hosting';
import type { Config } from '../config.js';

/**
 * The flat settings the Agents SDK reads from the environment at import (agents-sdk.md §0.6) and
 * merges under any configuration it is given (`getAuthConfigWithDefaults`:
 * `{ ...legacyPrefixSettings, ...config }`). Each is set explicitly, to undefined when unused, so
 * a stray `clientId` or `clientSecret` in the environment can never turn an anonymous agent into
 * one that demands JWTs, or change an authenticated one: src/config.ts alone decides.
 */
const SDK_FLAT_SETTINGS = [
  'clientId',
  'clientSecret',
  'tenantId',
  'authorityEndpoint',
  'authType',
  'certPemFile',
  'certKeyFile',
  'connectionName',
  'FICClientId',
  'WIDAssertionFile',
  'federatedTokenFile',
  'scope',
  'validateIssuer',
  'azureRegion',
  'sidecarBaseUrl',
  'serviceName',
  'blueprintServiceName',
  'alternateBlueprintConnectionName',
  'altBlueprintConnectionName',
  'idpmResource',
  'bypassLocalNetworkRestriction',
  'retryCount',
  'msalRetryCount',
  'requestTimeout',
] as const;

/**
 * The SDK's AuthConfiguration built from our Config, passed explicitly to the adapter and the
 * JWT middleware. No agent app id → anonymous (Emulator, Playground, terminal chat).
 */
export function authConfigurationFor(agentAuth: Config['agentAuth']): AuthConfiguration {
  const cleared = Object.fromEntries(SDK_FLAT_SETTINGS.map((k) => [k, undefined]));
  if (!agentAuth) return cleared as AuthConfiguration;
  return {
    ...cleared,
    clientId: agentAuth.clientId,
    ...(agentAuth.clientSecret ? { clientSecret: agentAuth.clientSecret } : {}),
    ...(agentAuth.tenantId ? { tenantId: agentAuth.tenantId } : {}),
    ...(agentAuth.authorityEndpoint ? { authorityEndpoint: agentAuth.authorityEndpoint } : {}),
  } as AuthConfiguration;
}
