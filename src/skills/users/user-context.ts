import type { ConversationContext } from '../skill.js';

/**
 * The user a card last showed, so "and their roles?" can follow "show user …". The shared
 * ConversationContext (skills/skill.ts) has no user field yet; this area keeps its own, saved with
 * the rest of the conversation state, until one is added there.
 */
export interface UserInContext {
  id: string;
  upn: string;
  name: string;
  customerId: string;
}

type WithUser = ConversationContext & { user?: UserInContext };

export function rememberUser(context: ConversationContext, user: UserInContext): void {
  (context as WithUser).user = user;
}

/** The user in context, only while it belongs to the customer in context. */
export function userInContext(context: ConversationContext): UserInContext | undefined {
  const user = (context as WithUser).user;
  return user && context.customer?.id === user.customerId ? user : undefined;
}
