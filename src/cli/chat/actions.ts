import { visibleWidth, type StyleName, type Styler } from './ansi.js';
import { isAction, str, type CardAction } from './card-types.js';
import { markdownToPlain } from './markdown.js';

/**
 * Which card actions the terminal can press. Action.ToggleVisibility only changes what a
 * graphical client shows, so it gets no number; an action type this chat does not know is
 * replaced by its `fallback`, as Adaptive Card hosts do.
 */
const PRESSABLE = new Set([
  'Action.Execute',
  'Action.Submit',
  'Action.OpenUrl',
  'Action.ShowCard',
  // Bot Framework suggested actions / card buttons.
  'imBack',
  'messageBack',
  'openUrl',
]);

export function resolveAction(raw: unknown): CardAction | undefined {
  let current: unknown = raw;
  for (let depth = 0; depth < 5 && isAction(current); depth++) {
    if (PRESSABLE.has(current.type)) return current.isEnabled === false ? undefined : current;
    if (current.type === 'Action.ToggleVisibility') return undefined;
    current = current.fallback;
  }
  return undefined;
}

/** The button caption: its title, else something that says what it does. */
export function actionTitle(action: CardAction): string {
  const title = str(action.title)?.trim();
  if (title) return markdownToPlain(title);
  switch (action.type) {
    case 'Action.OpenUrl':
    case 'openUrl':
      return str(action.url) ?? str(action.value) ?? 'Open link';
    case 'imBack':
    case 'messageBack':
      return str(action.text) ?? str(action.value) ?? 'Send';
    case 'Action.ShowCard':
      return 'Show';
    default:
      return str(action.verb) ?? 'Submit';
  }
}

const STYLE_COLOURS: Record<string, StyleName> = { positive: 'green', destructive: 'red' };

/** One button: `[2] Confirm`, coloured by its style; links end with ↗, show-cards with ▸. */
export function formatAction(n: number, action: CardAction, styler: Styler): string {
  const colour = STYLE_COLOURS[str(action.style) ?? ''];
  const title = styler.apply(actionTitle(action), colour ? ['bold', colour] : ['bold']);
  const kind =
    action.type === 'Action.OpenUrl' || action.type === 'openUrl'
      ? ' ↗'
      : action.type === 'Action.ShowCard'
        ? ' ▸'
        : '';
  return `${styler.apply(`[${n}]`, ['cyan'])} ${title}${kind}`;
}

/** Buttons side by side, wrapped to `width` columns: `[1] Show more   [2] Subscriptions`. */
export function formatActionList(
  items: ReadonlyArray<{ n: number; action: CardAction }>,
  width: number,
  styler: Styler,
): string[] {
  const gap = '   ';
  const lines: string[] = [];
  let line = '';
  for (const { n, action } of items) {
    const piece = formatAction(n, action, styler);
    if (line && visibleWidth(line) + gap.length + visibleWidth(piece) > width) {
      lines.push(line);
      line = piece;
    } else {
      line = line ? line + gap + piece : piece;
    }
  }
  if (line) lines.push(line);
  return lines;
}
