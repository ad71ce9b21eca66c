import { formatActionList, resolveAction } from './actions.js';
import { errorText } from './agent-client.js';
import { createStyler } from './ansi.js';
import {
  ADAPTIVE_CARD_CONTENT_TYPE,
  isObject,
  str,
  type CardAction,
  type CardElement,
  type Json,
} from './card-types.js';
import { renderCardText } from './card-text.js';
import { collectInputs } from './input-values.js';
import { markdownToSegments } from './markdown.js';
import type { PressTarget } from './press.js';
import { wrapSegments } from './styled-text.js';

export interface ViewOptions {
  color: boolean;
  width: number;
}

/** Printed text plus the buttons it numbered (button n is `targets[n - 1]`). */
export interface ReplyView {
  text: string;
  targets: PressTarget[];
}

const NO_HANDLER = 'the agent has no handler for this button.';
const MESSAGE_CONTENT_TYPE = 'application/vnd.microsoft.activity.message';

/**
 * The replies of one turn as text: each message's text, then its cards; buttons are numbered
 * across all of them from 1. Typing indicators and traces print nothing (expectReplies delivers
 * everything at once, so "typing…" would only flash).
 *
 * `fallbackReplyToId`: replies in an expectReplies body carry no id (the SDK deletes it), so a
 * later invoke names the message the user sent instead.
 */
export function viewReplies(
  activities: readonly Json[],
  fallbackReplyToId: string | undefined,
  options: ViewOptions,
): ReplyView {
  const styler = createStyler(options.color);
  const blocks: string[] = [];
  const targets: PressTarget[] = [];
  for (const activity of activities) {
    if (activity.type === 'endOfConversation')
      blocks.push(styler.apply('(the agent ended the conversation)', ['dim']));
    if (activity.type !== 'message') continue;
    const replyToId = str(activity.id) ?? fallbackReplyToId;
    const text = str(activity.text);
    if (text?.trim())
      blocks.push(wrapSegments(markdownToSegments(text), options.width, styler).join('\n'));
    for (const attachment of Array.isArray(activity.attachments) ? activity.attachments : []) {
      if (!isObject(attachment)) continue;
      if (attachment.contentType === ADAPTIVE_CARD_CONTENT_TYPE) {
        const view = viewCard(attachment.content, replyToId, [], targets.length + 1, options);
        blocks.push(view.text);
        targets.push(...view.targets);
      } else {
        const name = str(attachment.name) ?? str(attachment.contentType) ?? 'file';
        blocks.push(styler.apply(`[attachment: ${name}]`, ['dim']));
      }
    }
    const suggested = suggestedActions(activity, replyToId);
    if (suggested.length) {
      const first = targets.length + 1;
      targets.push(...suggested);
      const items = suggested.map((t, i) => ({ n: first + i, action: t.action }));
      blocks.push(formatActionList(items, options.width, styler).join('\n'));
    }
  }
  return { text: blocks.filter((b) => b.trim()).join('\n\n'), targets };
}

/** One card: its text and its buttons, numbered from `firstNumber`. */
export function viewCard(
  card: unknown,
  replyToId: string | undefined,
  parentInputs: readonly CardElement[],
  firstNumber: number,
  options: ViewOptions,
): ReplyView {
  const { text, actions } = renderCardText(card, { ...options, firstNumber });
  const inputs = [...parentInputs, ...collectInputs(card)];
  return {
    text,
    targets: actions.map((action) => ({ action, inputs, ...(replyToId ? { replyToId } : {}) })),
  };
}

/**
 * The invoke response of an Action.Execute (Universal Actions): a card replaces the clicked one
 * (its buttons keep the clicked card's message id), a message is printed, an error is shown.
 */
export function viewInvokeResponse(
  status: number,
  body: unknown,
  replyToId: string | undefined,
  options: ViewOptions,
): ReplyView & { outcome: 'card' | 'message' | 'error' | 'empty' } {
  const styler = createStyler(options.color);
  const response = isObject(body) ? body : {};
  const code = typeof response.statusCode === 'number' ? response.statusCode : status;
  if (code >= 400 || status >= 400) {
    const detail =
      describeError(response.value) ??
      (status === 501 && body === undefined ? NO_HANDLER : errorText(body));
    const text = styler.apply(`The agent answered ${code}: ${detail}`, ['red']);
    return { text, targets: [], outcome: 'error' };
  }
  if (response.type === ADAPTIVE_CARD_CONTENT_TYPE && isObject(response.value)) {
    return { ...viewCard(response.value, replyToId, [], 1, options), outcome: 'card' };
  }
  const message = str(response.value);
  if (message !== undefined && (response.type === MESSAGE_CONTENT_TYPE || !response.type)) {
    const text = wrapSegments(markdownToSegments(message), options.width, styler).join('\n');
    return { text, targets: [], outcome: 'message' };
  }
  return { text: '', targets: [], outcome: 'empty' };
}

function describeError(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!isObject(value)) return undefined;
  const message = str(value.message);
  const code = str(value.code);
  return message ? (code && !message.includes(code) ? `${message} (${code})` : message) : code;
}

/** `suggestedActions` (Bot Framework quick replies) share the card buttons' numbering. */
function suggestedActions(activity: Json, replyToId: string | undefined): PressTarget[] {
  const suggested = isObject(activity.suggestedActions) ? activity.suggestedActions : undefined;
  const list = Array.isArray(suggested?.actions) ? suggested.actions : [];
  return list
    .map((raw) => resolveAction(raw))
    .filter((a): a is CardAction => a !== undefined)
    .map((action) => ({ action, inputs: [], ...(replyToId ? { replyToId } : {}) }));
}
