import type { AdaptiveCard } from '../cards/render.js';
import type { Entities, IntentId } from '../intents/index.js';
import type { Role } from '../security/roles.js';
import type { SkillServices } from './services.js';

/** Who is asking, as far as the channel tells us. */
export interface UserIdentity {
  id: string;
  name?: string;
  aadObjectId?: string;
  upn?: string;
  tenantId?: string;
}

/** What a conversation remembers between turns (stored with the SDK's conversation state). */
export interface ConversationContext {
  customer?: { id: string; name: string; domain?: string };
  subscription?: { id: string; name: string; customerId: string };
  /** The list the last card showed, so "show more" can fetch its next page. */
  lastList?: {
    intent: IntentId;
    entities: Entities;
    continuationToken?: string;
    page: number;
  };
}

export interface SkillRequest {
  intent: IntentId;
  entities: Entities;
  /** What the user typed (empty for button presses). */
  text: string;
  user: UserIdentity;
  role?: Role;
  /** The conversation the request came from (pending actions are bound to it). */
  conversationId: string;
  /**
   * True when the answer replaces the card the user pressed (an `adaptiveCard/action` invoke),
   * which only that user sees; false for a message everyone in the conversation sees.
   */
  privateReply: boolean;
  /** Values of a submitted form card (Action.Execute / Submit with verb `submit`). */
  form?: Readonly<Record<string, string>>;
  /** Mutable: skills update it and the agent saves it after the turn. */
  context: ConversationContext;
  /** MS-CorrelationId for every Partner Center call of this turn. */
  correlationId: string;
  /** Set by "show more": the page to continue from. */
  continuationToken?: string;
  services: SkillServices;
}

/** A reply: cards (each sent as one message, or replacing the clicked card) and/or text. */
export interface SkillReply {
  cards: AdaptiveCard[];
  text?: string;
}

export type Skill = (request: SkillRequest) => Promise<SkillReply>;

/** One skill per intent: the agent's routing table looks intents up here. */
export type SkillRegistry = Readonly<Record<IntentId, Skill>>;

/** What one area module (users.ts, usage.ts ...) contributes to the registry. */
export type AreaSkills = Readonly<Partial<Record<IntentId, Skill>>>;

export function cardReply(...cards: AdaptiveCard[]): SkillReply {
  return { cards };
}
