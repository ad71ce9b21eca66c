import {
  isObject,
  str,
  type AdaptiveCardJson,
  type CardAction,
  type CardElement,
} from './card-types.js';

/** A numbered button: the action, the activity that carried its card, and the card's inputs. */
export interface PressTarget {
  action: CardAction;
  /** Sent as the invoke's `replyToId`, as Teams does for the message that holds the card. */
  replyToId?: string;
  /** Inputs whose values go with a submit from this card (ShowCard: its own plus its parent's). */
  inputs: CardElement[];
}

/** What pressing a button does on the wire (or locally, for links and show-cards). */
export type PressPlan =
  | { kind: 'invoke'; verb: string; data: unknown }
  | { kind: 'message'; text?: string; value?: unknown }
  | { kind: 'open-url'; url: string }
  | { kind: 'show-card'; card: AdaptiveCardJson }
  | { kind: 'none'; reason: string };

/** Whether pressing the button first asks for the card's inputs. */
export function needsInputs(target: PressTarget): boolean {
  const { type, associatedInputs } = target.action;
  if (type !== 'Action.Execute' && type !== 'Action.Submit') return false;
  if (type === 'Action.Submit' && typeof target.action.data === 'string') return false;
  return associatedInputs !== 'none' && target.inputs.length > 0;
}

/**
 * Map a pressed action plus the values typed into the card to what the client sends, the way
 * Teams does: Action.Execute → `adaptiveCard/action` invoke with the inputs merged into `data`;
 * Action.Submit → a message whose `value` is `data` plus the inputs (string data, imBack and
 * messageBack send text); Action.OpenUrl → the URL; Action.ShowCard → its card.
 */
export function planPress(action: CardAction, inputs: Record<string, string> = {}): PressPlan {
  const hasInputs = Object.keys(inputs).length > 0;
  switch (action.type) {
    case 'Action.Execute': {
      const verb = str(action.verb) ?? '';
      const data = isObject(action.data)
        ? { ...action.data, ...inputs }
        : hasInputs || action.data === undefined
          ? { ...inputs }
          : action.data;
      return { kind: 'invoke', verb, data };
    }
    case 'Action.Submit':
      return planSubmit(action.data, inputs);
    case 'Action.OpenUrl':
    case 'openUrl': {
      const url = str(action.url) ?? str(action.value);
      return url ? { kind: 'open-url', url } : { kind: 'none', reason: 'The link has no URL.' };
    }
    case 'Action.ShowCard':
      return isObject(action.card)
        ? { kind: 'show-card', card: action.card }
        : { kind: 'none', reason: 'The button has no card to show.' };
    case 'imBack': {
      const text = str(action.value) ?? str(action.title);
      return text
        ? { kind: 'message', text }
        : { kind: 'none', reason: 'The button sends nothing.' };
    }
    case 'messageBack':
      return {
        kind: 'message',
        ...(str(action.text) ? { text: str(action.text) } : {}),
        ...(action.value !== undefined ? { value: action.value } : {}),
      };
    default:
      return { kind: 'none', reason: `${action.type} cannot be pressed here.` };
  }
}

// Teams' Action.Submit: string data is sent as the message text; `msteams` data asks for an
// imBack (text) or messageBack (text + value) instead of the plain submit value.
function planSubmit(data: unknown, inputs: Record<string, string>): PressPlan {
  if (typeof data === 'string') return { kind: 'message', text: data };
  if (!isObject(data)) return { kind: 'message', value: { ...inputs } };
  const teams = isObject(data.msteams) ? data.msteams : undefined;
  if (teams?.type === 'imBack' && str(teams.value))
    return { kind: 'message', text: str(teams.value) };
  if (teams?.type === 'messageBack') {
    const value = isObject(teams.value) ? { ...teams.value, ...inputs } : teams.value;
    return {
      kind: 'message',
      ...(str(teams.text) ? { text: str(teams.text) } : {}),
      ...(value !== undefined ? { value } : {}),
    };
  }
  return { kind: 'message', value: { ...data, ...inputs } };
}
