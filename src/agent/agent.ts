import type { Activity } from '@microsoft/agents-activity';
import {
  AgentApplication,
  type CloudAdapter,
  type Storage,
  type TurnContext,
} from '@microsoft/agents-hosting';
import { errorCard } from '../cards/views/error.js';
import type { Recognition } from '../intents/index.js';
import type { Role } from '../security/roles.js';
import type { Logger } from '../shared/logger.js';
import type { SkillServices } from '../skills/services.js';
import type { SkillReply, UserIdentity } from '../skills/skill.js';
import { handleCardAction, type CardActionDeps } from './card-actions.js';
import { saveStateAfterTurn, type AppTurnState } from './conversation-state.js';
import { runIntent, type SkillRegistry } from './dispatch.js';
import { errorViewFor } from './error-view.js';
import { sendInvokeCard, sendReply, sendTyping, canSendActivities } from './replies.js';
import { beginTurn, correlationIdOf, type Turn } from './turn.js';

export interface AgentDeps {
  adapter: CloudAdapter;
  storage: Storage;
  skills: SkillRegistry;
  services: SkillServices;
  recognize: (text: string, options: { now: Date }) => Recognition;
  resolveRole: (user: UserIdentity) => Role | undefined;
  answerPending?: CardActionDeps['answerPending'];
  logger: Logger;
}

/** Longest text the recognizer reads; the rest of a very long message is not a command. */
const MAX_RECOGNIZED_CHARS = 1000;

/**
 * The routing table. Invoke routes are matched first by the SDK; the text-message route is last,
 * so a submit (a message with a value and no text) reaches the card-action route.
 */
export function createAgent(deps: AgentDeps): AgentApplication<AppTurnState> {
  const app = new AgentApplication<AppTurnState>({
    adapter: deps.adapter,
    storage: deps.storage,
    removeRecipientMention: true,
  });
  const turnOf = (ctx: TurnContext, state: AppTurnState): Turn =>
    beginTurn(ctx, state, deps.services, deps.resolveRole);
  const recognize = memoizeRecognize(deps);
  const actionDeps: CardActionDeps = {
    skills: deps.skills,
    recognize,
    ...(deps.answerPending ? { answerPending: deps.answerPending } : {}),
  };

  app.onConversationUpdate('membersAdded', async (ctx, state) => {
    if (state.conversation.welcomed) return;
    state.conversation.welcomed = true;
    const turn = turnOf(ctx, state);
    await sendReply(
      ctx,
      await runIntent(turn, deps.skills, { intent: 'greeting', entities: {}, text: '' }),
    );
  });

  app.addRoute(
    isCardActionInvoke,
    async (ctx, state) => {
      const action = (ctx.activity.value as { action: { verb: string; data?: unknown } }).action;
      const reply = await handleCardAction(
        turnOf(ctx, state),
        actionDeps,
        action.verb,
        asRecord(action.data),
      );
      await sendInvokeCard(ctx, firstCard(reply));
    },
    true,
  );

  app.addRoute(isCardSubmit, async (ctx, state) => {
    const { verb, ...data } = ctx.activity.value as { verb: string } & Record<string, unknown>;
    await sendTyping(ctx);
    await sendReply(ctx, await handleCardAction(turnOf(ctx, state), actionDeps, verb, data));
  });

  app.onActivity('message', async (ctx, state) => {
    const text = ctx.activity.text ?? '';
    const turn = turnOf(ctx, state);
    await sendTyping(ctx);
    const recognition = recognize(text);
    const reply = await runIntent(turn, deps.skills, {
      intent: recognition.intent,
      entities: recognition.entities,
      text,
    });
    await sendReply(ctx, reply);
  });

  app.onTurn('afterTurn', saveStateAfterTurn(deps.storage, deps.logger));
  app.onError(async (ctx, error) => onTurnError(ctx, error, deps.logger));
  return app;
}

/** Recently recognized texts: the recognizer is pure, so the same words on the same day match alike. */
const MAX_REMEMBERED = 500;

function memoizeRecognize(deps: AgentDeps) {
  const remembered = new Map<string, Recognition>();
  return (text: string): Recognition => {
    const now = deps.services.now();
    const words = firstWords(text, MAX_RECOGNIZED_CHARS);
    const key = `${now.toISOString().slice(0, 10)}\u0000${words}`;
    const hit = remembered.get(key);
    if (hit) return hit;
    const recognition = deps.recognize(words, { now });
    remembered.set(key, recognition);
    if (remembered.size > MAX_REMEMBERED)
      remembered.delete(remembered.keys().next().value as string);
    return recognition;
  };
}

/** At most `max` characters, cut at a word boundary so the last word is never a fragment. */
export function firstWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.search(/\s\S*$/);
  return (space > 0 ? cut.slice(0, space) : cut.slice(0, max)).trimEnd();
}

function isCardActionInvoke(ctx: TurnContext): Promise<boolean> {
  const a = ctx.activity;
  const value = a.value as { action?: { type?: string; verb?: unknown } } | undefined;
  return Promise.resolve(
    a.type === 'invoke' &&
      a.name === 'adaptiveCard/action' &&
      value?.action?.type === 'Action.Execute' &&
      typeof value.action.verb === 'string',
  );
}

function isCardSubmit(ctx: TurnContext): Promise<boolean> {
  const a: Activity = ctx.activity;
  const value = a.value as { verb?: unknown } | undefined;
  return Promise.resolve(a.type === 'message' && !a.text && typeof value?.verb === 'string');
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function firstCard(reply: SkillReply) {
  const card = reply.cards[0];
  if (card) return card;
  return errorCard({
    title: 'Nothing to show',
    message: reply.text ?? 'This button produced no card.',
    next: 'Type your request instead.',
    correlationId: 'n/a',
  });
}

/** The one error handler: any failure becomes an error card with the correlation id. */
async function onTurnError(ctx: TurnContext, error: Error, logger: Logger): Promise<void> {
  const correlationId = correlationIdOf(ctx);
  logger.error('turn failed', {
    correlationId,
    activityType: ctx.activity.type,
    error,
  });
  const card = errorCard(errorViewFor(error, correlationId));
  if (ctx.activity.type === 'invoke') {
    await sendInvokeCard(ctx, card);
  } else if (canSendActivities(ctx)) {
    await sendReply(ctx, { cards: [card] });
  }
}
