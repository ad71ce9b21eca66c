import type { Entities, IntentId } from '../intents/index.js';
import type { PartnerCenterClient } from '../partner-center/index.js';
import type { Role } from '../security/index.js';
import type { CardSigner } from '../security/card-signing.js';
import type { AuditLog, PendingActionStore } from '../state/index.js';
import type { Logger } from '../shared/logger.js';
import type { CustomerDirectory } from './customers/customer-directory.js';
import type { RenewalIndex } from './renewals/renewal-index.js';

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
  /** Term ends across every customer, kept current from the activity log. */
  renewals: RenewalIndex;
  connection: ConnectionInfo;
  downloads: DownloadLinks;
  /** The agent's own audit log (every write, allowed or not). */
  auditLog: AuditLog;
  /** Writes waiting for Confirm, stored before Partner Center is called (exactly once). */
  pendingActions: PendingActionStore;
  /** Signs and checks the data of Confirm / Cancel buttons. */
  cardSigner: CardSigner;
  logger: Logger;
  /** The clock (tests fix it). */
  now: () => Date;
}
