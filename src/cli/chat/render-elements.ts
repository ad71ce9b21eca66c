import { isObject, str, type CardElement } from './card-types.js';
import { renderChart } from './elements/chart.js';
import { renderFactSet } from './elements/fact-set.js';
import { renderInput } from './elements/inputs.js';
import {
  renderActionSet,
  renderColumnSet,
  renderContainer,
  renderImage,
  renderImageSet,
} from './elements/layout.js';
import { renderTable } from './elements/table.js';
import { renderRichTextBlock, renderTextBlock } from './elements/text-block.js';
import type { RenderContext } from './render-context.js';

type Renderer = (el: CardElement, ctx: RenderContext) => string[] | undefined;

const RENDERERS: Record<string, Renderer> = {
  TextBlock: renderTextBlock,
  RichTextBlock: renderRichTextBlock,
  FactSet: renderFactSet,
  Table: renderTable,
  ColumnSet: renderColumnSet,
  Container: renderContainer,
  Image: renderImage,
  ImageSet: renderImageSet,
  ActionSet: renderActionSet,
  'Input.Text': renderInput,
  'Input.Number': renderInput,
  'Input.Date': renderInput,
  'Input.Time': renderInput,
  'Input.Toggle': renderInput,
  'Input.ChoiceSet': renderInput,
};

/**
 * One element, or its `fallback` when this chat cannot show it (unknown types, charts without
 * usable data), as Adaptive Card hosts do; `fallback: "drop"` or no fallback shows nothing.
 */
export function renderElement(el: CardElement, ctx: RenderContext): string[] {
  return renderResolved(el, ctx).lines;
}

/** The lines, and which element produced them (the fallback's type decides the spacing). */
function renderResolved(
  el: CardElement,
  ctx: RenderContext,
): { lines: string[]; shown: CardElement } {
  let current: CardElement | undefined = el;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current.isVisible === false) return { lines: [], shown: el };
    const type: string = str(current.type) ?? '';
    const renderer: Renderer | undefined =
      RENDERERS[type] ?? (type.startsWith('Chart.') ? renderChart : undefined);
    const lines: string[] | undefined = renderer?.(current, ctx);
    if (lines) return { lines, shown: current };
    current = isObject(current.fallback) ? (current.fallback as CardElement) : undefined;
  }
  return { lines: [], shown: el };
}

/** How elements group for spacing: consecutive texts, inputs or rows sit together. */
function groupOf(el: CardElement): string {
  const type = str(el.type) ?? '';
  if (type === 'TextBlock' || type === 'RichTextBlock') return 'text';
  if (type.startsWith('Input.')) return 'input';
  if (type === 'ColumnSet' || type === 'Container') return 'row';
  return `block:${type}`;
}

const WIDE_SPACING = new Set(['medium', 'large', 'extralarge', 'padding']);

function gapBefore(el: CardElement, previous: CardElement): 'rule' | 'blank' | 'none' {
  if (el.separator === true) return 'rule';
  const spacing = str(el.spacing)?.toLowerCase() ?? 'default';
  if (spacing === 'none') return 'none';
  const group = groupOf(el);
  const apart = group !== groupOf(previous) || group.startsWith('block:');
  return apart || WIDE_SPACING.has(spacing) ? 'blank' : 'none';
}

/**
 * A body: elements one under the other, with a blank line between groups (text, then a table,
 * then text) and wherever the card asks for medium or larger spacing; a separator is a thin rule.
 */
export function renderElements(
  elements: readonly CardElement[],
  ctx: RenderContext,
  width: number,
): string[] {
  const inner: RenderContext = { ...ctx, width };
  const out: string[] = [];
  let previous: CardElement | undefined;
  for (const original of elements) {
    const { lines, shown: el } = renderResolved(original, inner);
    if (lines.length === 0) continue;
    if (previous) {
      const gap = gapBefore(el, previous);
      if (gap === 'rule') out.push(ctx.styler.apply('─'.repeat(Math.min(width, 40)), ['dim']));
      if (gap === 'blank') out.push('');
    }
    out.push(...lines);
    previous = el;
  }
  return out;
}
