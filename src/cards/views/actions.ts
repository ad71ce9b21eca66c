/**
 * Card actions. Every button is an `Action.Execute` (Universal Actions, card version 1.5) with an
 * `Action.Submit` fallback for clients without Universal Actions (Bot Framework Emulator); the
 * agent handles both the `adaptiveCard/action` invoke and the submit message with the same verb.
 */
export type ActionStyle = 'default' | 'positive' | 'destructive';

export interface CardAction {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: Record<string, unknown>;
  style?: ActionStyle;
  fallback: { type: 'Action.Submit'; title: string; data: Record<string, unknown> };
}

/** The verbs the agent routes (src/agent/). */
export const VERBS = {
  /** Run an intent with entities (navigation, disambiguation choices). */
  intent: 'intent',
  /** Run a sentence through the recognizer, as if typed (suggestions on welcome and help). */
  say: 'say',
  /** Next page of the list the card shows. */
  more: 'more',
  /** Answer a pending confirmation; data carries a signed token. */
  confirm: 'confirm',
  cancel: 'cancel',
  /** Submit a form card (create customer ...); data carries a signed token. */
  submit: 'submit',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];

/** A link button (downloads): every client opens it, no verb, no round trip to the agent. */
export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

export function openUrlAction(title: string, url: string): OpenUrlAction {
  return { type: 'Action.OpenUrl', title, url };
}

export function executeAction(
  title: string,
  verb: Verb,
  data: Record<string, unknown>,
  style: ActionStyle = 'default',
): CardAction {
  return {
    type: 'Action.Execute',
    title,
    verb,
    data,
    ...(style !== 'default' ? { style } : {}),
    fallback: { type: 'Action.Submit', title, data: { ...data, verb } },
  };
}

/** A button that runs an intent, as if the user had asked for it. */
export function intentAction(
  title: string,
  intent: string,
  entities: Record<string, unknown> = {},
): CardAction {
  return executeAction(title, VERBS.intent, { intent, entities });
}

/** A button that sends a sentence as if the user had typed it. */
export function sayAction(title: string, text: string): CardAction {
  return executeAction(title, VERBS.say, { text });
}
