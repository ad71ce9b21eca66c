/**
 * Loose shapes of the Adaptive Card JSON the chat reads. Cards come from another program over
 * HTTP, so every property is optional and every value is checked before use: an odd card must
 * print as much as it can, never crash the chat.
 */
export type Json = Record<string, unknown>;

/** Any element of a card body (TextBlock, Table, Input.Text, Chart.VerticalBar ...). */
export interface CardElement extends Json {
  type?: string;
  id?: string;
  isVisible?: boolean;
  fallback?: unknown;
  spacing?: string;
  separator?: boolean;
  selectAction?: unknown;
}

/** Any card action (Action.Execute, Action.Submit, Action.OpenUrl, Action.ShowCard ...). */
export interface CardAction extends Json {
  type: string;
  title?: string;
  verb?: string;
  data?: unknown;
  url?: string;
  card?: unknown;
  style?: string;
  associatedInputs?: string;
  isEnabled?: boolean;
  fallback?: unknown;
  /** Bot Framework suggested actions (imBack / messageBack) share the numbering. */
  value?: unknown;
  text?: string;
}

export interface AdaptiveCardJson extends Json {
  type?: string;
  body?: unknown;
  actions?: unknown;
  fallbackText?: string;
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The elements of an array property, keeping only objects. */
export function elementsOf(value: unknown): CardElement[] {
  return Array.isArray(value) ? (value.filter(isObject) as CardElement[]) : [];
}

export function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function isAction(value: unknown): value is CardAction {
  return isObject(value) && typeof value.type === 'string';
}
