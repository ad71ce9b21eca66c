/**
 * Builds the MSAL confidential client both MSAL providers use (client secret or certificate).
 * `networkClient` is MSAL's own injection point for HTTP: tests route it to a local OpenID
 * provider on loopback (MSAL itself only accepts https authorities).
 */
import { createRequire } from 'node:module';
import type {
  ConfidentialClientApplication,
  Configuration,
  INetworkModule,
} from '@azure/msal-node';
import type * as Msal from '@azure/msal-node';
import { DEFAULT_AUTHORITY_HOST } from './scopes.js';

export interface MsalCredentialOptions {
  /** The Entra app (client) id registered in the partner tenant. */
  clientId: string;
  /** The partner tenant (GUID or domain). */
  tenantId: string;
  clientSecret?: string;
  /** Certificate credential: SHA-256 thumbprint (hex) and PEM private key. */
  certificate?: { thumbprintSha256: string; privateKey: string; x5c?: string };
  /** Authority host, default https://login.microsoftonline.com (sovereign clouds differ). */
  authority?: string;
  /** MSAL's HTTP client (tests, proxies). */
  networkClient?: INetworkModule;
  /** Clock for the token cache (tests). */
  now?: () => number;
}

export function createMsalApplication(
  options: MsalCredentialOptions,
): ConfidentialClientApplication {
  if (!options.clientId) throw new TypeError('clientId is required');
  if (!options.tenantId) throw new TypeError('tenantId is required');
  if (!options.clientSecret && !options.certificate) {
    throw new TypeError('clientSecret or certificate is required');
  }
  const host = (options.authority ?? DEFAULT_AUTHORITY_HOST).replace(/\/+$/, '');
  const configuration: Configuration = {
    auth: {
      clientId: options.clientId,
      authority: `${host}/${options.tenantId}`,
      ...(options.clientSecret
        ? { clientSecret: options.clientSecret }
        : { clientCertificate: options.certificate }),
    },
    system: options.networkClient ? { networkClient: options.networkClient } : {},
  };
  // MSAL is needed in tenant mode only; loading it lazily spares the sandbox a quarter second.
  const msal = createRequire(import.meta.url)('@azure/msal-node') as typeof Msal;
  return new msal.ConfidentialClientApplication(configuration);
}

/** MSAL's `expiresOn` is a Date (or null when the server gave no expiry: treat as 5 minutes). */
export function expiryOf(expiresOn: Date | null, now: number): number {
  return expiresOn ? expiresOn.getTime() : now + 5 * 60_000;
}
