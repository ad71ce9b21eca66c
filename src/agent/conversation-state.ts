import type { TurnContext, TurnState } from '@microsoft/agents-hosting';
import type { Storage } from '@microsoft/agents-hosting';
import type { ConversationContext } from '../skills/skill.js';
import type { Logger } from '../shared/logger.js';

/** Conversation-scoped state: the context skills carry from turn to turn. */
export interface ConversationData {
  context?: ConversationContext;
  [key: string]: unknown;
}

export type AppTurnState = TurnState<ConversationData>;

export function contextOf(state: AppTurnState): ConversationContext {
  const conversation = state.conversation;
  conversation.context ??= {};
  return conversation.context;
}

/**
 * The `afterTurn` handler that saves state. The SDK 1.8.1 only saves state when an afterTurn
 * handler is registered (agents-sdk.md §0.1). Two turns of one conversation can overlap (a double
 * click); the loser of the eTag race re-saves without the eTag (last writer wins), because
 * conversation context is a convenience, while the exactly-once guarantees of writes live in the
 * pending-action store. Returns false so the SDK does not save a second time.
 */
export function saveStateAfterTurn(storage: Storage, logger: Logger) {
  return async (ctx: TurnContext, state: AppTurnState): Promise<boolean> => {
    try {
      await state.save(ctx, storage);
    } catch (err) {
      logger.warn('conversation state changed concurrently; saving the latest turn', {
        conversationId: ctx.activity.conversation?.id,
        error: err,
      });
      const value = state.conversation as Record<string, unknown>;
      delete value.eTag;
      await state.save(ctx, storage);
    }
    return false;
  };
}
