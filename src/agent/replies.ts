import { Activity } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';
import { ADAPTIVE_CARD_CONTENT_TYPE, cardAttachment, type AdaptiveCard } from '../cards/render.js';
import type { SkillReply } from '../skills/skill.js';

/**
 * Activities can only be sent when the channel gave a way back: the expectReplies body or a
 * serviceUrl (Teams, Emulator, Playground). An invoke from a test or the terminal chat has
 * neither; its only answer is the invoke response (agents-sdk.md §2, "Network calls").
 */
export function canSendActivities(ctx: TurnContext): boolean {
  return ctx.activity.deliveryMode === 'expectReplies' || Boolean(ctx.activity.serviceUrl);
}

/**
 * Typing indicator while Partner Center is called; never fails a turn. Only where it can be
 * seen while the turn runs (a serviceUrl: Teams, Emulator, Playground): an expectReplies caller
 * gets every activity at once, after the turn, so a typing activity there only adds bytes.
 */
export async function sendTyping(ctx: TurnContext): Promise<void> {
  if (!ctx.activity.serviceUrl || ctx.activity.deliveryMode === 'expectReplies') return;
  try {
    await ctx.sendActivity(new Activity('typing'));
  } catch {
    // A lost typing indicator is not worth failing the answer for.
  }
}

/** Each card as one message (plus the text, for clients that show no cards, e.g. Copilot speech). */
export async function sendReply(ctx: TurnContext, reply: SkillReply): Promise<void> {
  if (reply.cards.length === 0 && reply.text) {
    await ctx.sendActivity(messageActivity({ text: reply.text }));
    return;
  }
  for (const [i, card] of reply.cards.entries()) {
    await ctx.sendActivity(
      messageActivity({
        ...(i === 0 && reply.text ? { text: reply.text } : {}),
        attachments: [cardAttachment(card)],
      }),
    );
  }
}

/** Universal Actions: the card that replaces the clicked one. */
export async function sendInvokeCard(ctx: TurnContext, card: AdaptiveCard): Promise<void> {
  const response = new Activity('invokeResponse');
  response.value = {
    status: 200,
    body: { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: card },
  };
  await ctx.sendActivity(response);
}

/**
 * A message built field by field: `Activity.fromObject` would run the SDK's zod schema over the
 * whole card again (a tenth of a warm turn), for data this module has just made itself.
 */
function messageActivity(
  fields: Pick<Activity, 'text'> | Partial<Pick<Activity, 'text' | 'attachments'>>,
): Activity {
  const activity = new Activity('message');
  Object.assign(activity, fields);
  return activity;
}
