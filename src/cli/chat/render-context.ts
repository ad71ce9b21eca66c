import { visibleWidth, type Styler } from './ansi.js';
import type { CardElement } from './card-types.js';

/** What an element renderer gets: the room it has, the styler, and the shared action numbering. */
export interface RenderContext {
  readonly width: number;
  readonly styler: Styler;
  /** Give a pressable action its number (reading order); undefined when it cannot be pressed. */
  register(action: unknown): number | undefined;
  /** Render nested elements (containers, columns, cells) in `width` columns. */
  renderElements(elements: readonly CardElement[], width: number): string[];
}

/** `[3] ` in the action colour, or '' when there is no number. */
export function numberLabel(ctx: RenderContext, n: number | undefined): string {
  return n === undefined ? '' : ctx.styler.apply(`[${n}]`, ['bold', 'cyan']) + ' ';
}

/**
 * An element with a `selectAction` (the whole container is clickable in Teams): it gets a number,
 * shown before its first line, and its lines are indented under that label.
 */
export function withSelectAction(
  ctx: RenderContext,
  el: CardElement,
  width: number,
  renderContent: (width: number) => string[],
): string[] {
  const label = numberLabel(ctx, ctx.register(el.selectAction));
  if (!label) return renderContent(width);
  const indent = visibleWidth(label);
  const lines = renderContent(Math.max(1, width - indent));
  if (lines.length === 0) return [label.trimEnd()];
  return lines.map((line, i) => (i === 0 ? label : ' '.repeat(indent)) + line);
}
