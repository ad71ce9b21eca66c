import type { CardAction, OpenUrlAction } from '../../cards/views/actions.js';
import type { Fact } from '../../cards/views/facts.js';
import type { IntentId } from '../../intents/index.js';
import type { PendingAction } from '../../state/index.js';
import type { SkillReply, SkillRequest } from '../skill.js';

/**
 * One write intent (subscriptions.setQuantity, users.create ...): how it reads the current state
 * and proposes a change, and how it runs the change once confirmed. The confirmation card, the
 * pending action, the signed buttons, exactly-once, stale-data re-confirmation and the audit log
 * are the same for every write and live in `propose.ts` / `answer.ts`.
 */
export interface WriteDefinition<P = unknown> {
  intent: IntentId;
  /** A sentence that would run it, for "which customer?" and "ask again" cards. */
  example: string;
  /**
   * Its result carries a one-time secret (a new password). Then a typed "yes" in a group chat or
   * channel, where everyone would see the answer, does not run it: the card's Confirm does.
   */
  showsSecret?: boolean;
  /**
   * Reads what is there now and says exactly what would change, or answers itself (which
   * customer, not found, a form to fill, a rule that forbids it). Never changes anything.
   */
  propose(request: SkillRequest): Promise<Proposal<P> | SkillReply>;
  /** A submitted form card (`request.form`); defaults to `propose`. */
  fromForm?(request: SkillRequest, values: FormValues): Promise<Proposal<P> | SkillReply>;
  /**
   * Makes the change, once, with `options.requestId` as the MS-RequestId (the same on every
   * retry of this pending action, so Partner Center applies it once).
   */
  execute(input: ExecuteInput<P>): Promise<WriteResult>;
  /**
   * After Partner Center said the data changed since the card was drawn (400 / 2055): read it
   * again and propose anew from the stored payload. Defaults to `propose` with the stored
   * entities and customer.
   */
  refresh?(input: ExecuteInput<P>): Promise<Proposal<P> | SkillReply>;
}

/** The values of a submitted form card, by input id (strings, as Adaptive Cards send them). */
export type FormValues = Readonly<Record<string, string>>;

/** One row of "before → after". */
export interface Change {
  field: string;
  before: string;
  after: string;
}

/** What the confirmation card states; stored with the pending action until it is answered. */
export interface Proposal<P = unknown> {
  /** "Change the seats of Microsoft 365 E3". */
  title: string;
  customer?: { id: string; name: string };
  /** The id of what changes (subscription id, UPN, referral id ...), for the audit log. */
  target?: string;
  /** Its name as the user knows it. */
  targetName?: string;
  changes: Change[];
  /** Other cost-relevant facts (billing cycle, term end, price ...). */
  facts?: Fact[];
  /** Rules that apply, explained before confirming (min / max, decrease window ...). */
  notes?: string[];
  /** What `execute` needs. Stored in the agent's database: never a secret. */
  payload: P;
  /** The resource ETag read for this card. */
  etag?: string;
}

export interface ExecuteInput<P> {
  payload: P;
  action: PendingAction;
  /** The confirming turn (its user, role, services, correlation id). */
  request: SkillRequest;
  /** Pass to every Partner Center call of the write. */
  options: { requestId: string; correlationId: string };
}

/** What the card that replaces the confirmation says. */
export interface WriteResult {
  title: string;
  message?: string;
  changes?: Change[];
  facts?: Fact[];
  actions?: Array<CardAction | OpenUrlAction>;
  /**
   * A one-time secret (a new password): shown in this answer only, to the requester, never
   * stored, logged or audited. A later look at the same action says it was shown once.
   */
  secret?: { label: string; value: string; note: string };
  /**
   * The resulting state for the audit log (redacted there). Default: the `after` column of
   * `changes` (or of the proposal's), so the log reads like the card ("Seats: 30").
   */
  after?: unknown;
}

export function isProposal<P>(value: Proposal<P> | SkillReply): value is Proposal<P> {
  return 'payload' in value && 'changes' in value;
}
