import { formatActionList, resolveAction } from './actions.js';
import { createStyler } from './ansi.js';
import { elementsOf, isObject, str, type CardAction } from './card-types.js';
import { markdownToSegments } from './markdown.js';
import type { RenderContext } from './render-context.js';
import { renderElements } from './render-elements.js';
import { wrapSegments } from './styled-text.js';

export interface CardTextOptions {
  /** ANSI styles (bold, dim, colours); off for `--no-color` and when stdout is not a terminal. */
  color?: boolean;
  /** Columns to fit the text in. */
  width?: number;
  /** Number of the card's first button; numbering runs on across the cards of one reply. */
  firstNumber?: number;
}

const DEFAULTS = { color: false, width: 80, firstNumber: 1 } satisfies Required<CardTextOptions>;

export interface CardText {
  /** The card as terminal text, buttons listed as `[1] Show more   [2] Subscriptions`. */
  text: string;
  /** Pressable actions in number order: `actions[i]` is button `firstNumber + i`. */
  actions: CardAction[];
}

/**
 * An Adaptive Card as readable terminal text (pure: no I/O). Buttons are numbered in reading
 * order: inline ones (ActionSet, selectAction) where they appear, then the card's own actions
 * under the card. Cards arrive expanded (no `$data`/`$when`), as the agent sends them.
 */
export function renderCardText(card: unknown, options: CardTextOptions = {}): CardText {
  const opts = { ...DEFAULTS, ...options };
  const width = Math.max(20, Math.floor(opts.width));
  const styler = createStyler(opts.color);
  const actions: CardAction[] = [];
  const ctx: RenderContext = {
    width,
    styler,
    register(raw) {
      const action = resolveAction(raw);
      if (!action) return undefined;
      actions.push(action);
      return opts.firstNumber + actions.length - 1;
    },
    renderElements: (elements, w) => renderElements(elements, ctx, w),
  };
  if (!isObject(card)) return { text: '', actions };

  const lines = renderElements(elementsOf(card.body), ctx, width);
  const fallbackText = str(card.fallbackText);
  if (lines.length === 0 && fallbackText) {
    lines.push(...wrapSegments(markdownToSegments(fallbackText), width, styler));
  }
  const bottom: Array<{ n: number; action: CardAction }> = [];
  for (const raw of Array.isArray(card.actions) ? card.actions : []) {
    const n = ctx.register(raw);
    const action = actions[actions.length - 1];
    if (n !== undefined && action) bottom.push({ n, action });
  }
  if (bottom.length) {
    if (lines.length) lines.push('');
    lines.push(...formatActionList(bottom, width, styler));
  }
  return { text: lines.join('\n'), actions };
}
