import type { Entities, IntentId } from '../intents/index.js';
import type { PartnerCenterClient } from '../partner-center/index.js';
import type { Role } from '../security/index.js';
import type { Logger } from '../shared/logger.js';
import type { CustomerDirectory } from './customers/customer-directory.js';

/** Where the agent's Partner Center is, in words for the welcome card and connection.status. */
export interface ConnectionInfo {
  mode: 'sandbox' | 'tenant';
  /** e.g. "the built-in Partner Center sandbox (http://127.0.0.1:41233)". */
  description: string;
}

/** Signed "Download CSV" links for lists longer than a card (served by the agent). */
export interface DownloadLinks {
  /** An absolute URL, or undefined when no exporter exists for the intent. */
  linkFor(request: {
    intent: IntentId;
    entities: Entities;
    userId: string;
    role?: Role;
  }): string | undefined;
}

/** What skills get from the host: built once at start-up (src/host.ts), shared by every turn. */
export interface SkillServices {
  partnerCenter: PartnerCenterClient;
  /** Customer lookups shared across conversations (prefix search, fuzzy fallback). */
  customers: CustomerDirectory;
  connection: ConnectionInfo;
  downloads: DownloadLinks;
  logger: Logger;
  /** The clock (tests fix it). */
  now: () => Date;
}
