import { randomUUID } from 'node:crypto';
import type { TurnContext } from '@microsoft/agents-hosting';
import type { Role } from '../security/roles.js';
import type { SkillServices } from '../skills/services.js';
import type { ConversationContext, UserIdentity } from '../skills/skill.js';
import { contextOf, type AppTurnState } from './conversation-state.js';
import { userFromActivity } from './identity.js';

/** Everything one turn needs, computed once. */
export interface Turn {
  ctx: TurnContext;
  state: AppTurnState;
  user: UserIdentity;
  role?: Role;
  conversationId: string;
  /** The answer replaces the pressed card (an invoke), which only the presser sees. */
  privateReply: boolean;
  context: ConversationContext;
  correlationId: string;
  services: SkillServices;
}

const CORRELATION_KEY = 'pcAgent.correlationId';

export function beginTurn(
  ctx: TurnContext,
  state: AppTurnState,
  services: SkillServices,
  resolveRole: (user: UserIdentity) => Role | undefined,
): Turn {
  const user = userFromActivity(ctx.activity);
  const role = resolveRole(user);
  return {
    ctx,
    state,
    user,
    ...(role ? { role } : {}),
    conversationId: ctx.activity.conversation?.id ?? 'unknown',
    privateReply: isPrivateReply(ctx),
    context: contextOf(state),
    correlationId: correlationIdOf(ctx),
    services,
  };
}

/** One MS-CorrelationId per turn, shared by every Partner Center call and the error card. */
export function correlationIdOf(ctx: TurnContext): string {
  let id = ctx.turnState.get<string>(CORRELATION_KEY);
  if (!id) {
    id = randomUUID();
    ctx.turnState.set(CORRELATION_KEY, id);
  }
  return id;
}

/** Conversation types where a message is seen by more than the person who asked (Teams). */
const SHARED_CONVERSATIONS = new Set(['groupChat', 'channel']);

/**
 * An invoke's answer replaces the card for the user who pressed it; in a one-to-one chat every
 * message is private anyway. One-time secrets (a new password) are shown only then.
 */
function isPrivateReply(ctx: TurnContext): boolean {
  if (ctx.activity.type === 'invoke') return true;
  return !SHARED_CONVERSATIONS.has(ctx.activity.conversation?.conversationType ?? '');
}
