import type { StyleName } from '../ansi.js';
import { elementsOf, isObject, str, type CardElement, type Json } from '../card-types.js';
import { markdownToSegments } from '../markdown.js';
import type { RenderContext } from '../render-context.js';
import { wrapSegments, type Segment } from '../styled-text.js';

const COLOURS: Record<string, StyleName> = {
  attention: 'red',
  warning: 'yellow',
  good: 'green',
  accent: 'cyan',
};

/** Bold for headings (weight bolder, size medium and up, style heading), dim for subtle text. */
export function textStyles(el: Json): StyleName[] {
  const styles: StyleName[] = [];
  const size = str(el.size)?.toLowerCase();
  const weight = str(el.weight)?.toLowerCase();
  if (
    weight === 'bolder' ||
    str(el.style)?.toLowerCase() === 'heading' ||
    size === 'medium' ||
    size === 'large' ||
    size === 'extralarge'
  ) {
    styles.push('bold');
  }
  if (size === 'large' || size === 'extralarge') styles.push('underline');
  const colour = COLOURS[str(el.color)?.toLowerCase() ?? ''];
  if (colour) styles.push(colour);
  if (el.isSubtle === true) styles.push('dim');
  if (el.italic === true) styles.push('italic');
  return styles;
}

/** TextBlock: Markdown to styled text, always wrapped (a terminal reader must see all of it). */
export function renderTextBlock(el: CardElement, ctx: RenderContext): string[] {
  const text = str(el.text);
  if (!text?.trim()) return [];
  return wrapSegments(markdownToSegments(text, textStyles(el)), ctx.width, ctx.styler);
}

/** RichTextBlock: its TextRuns, each in its own style; a run with a selectAction gets a number. */
export function renderRichTextBlock(el: CardElement, ctx: RenderContext): string[] {
  const segments: Segment[] = [];
  const inlines = Array.isArray(el.inlines) ? el.inlines : [];
  for (const inline of inlines) {
    if (typeof inline === 'string') {
      segments.push(...markdownToSegments(inline));
    } else if (isObject(inline) && typeof inline.text === 'string') {
      const n = ctx.register(inline.selectAction);
      segments.push({ text: inline.text, styles: textStyles(inline) });
      if (n !== undefined) segments.push({ text: ` [${n}]`, styles: ['bold', 'cyan'] });
    }
  }
  if (!segments.some((s) => s.text.trim())) return [];
  return wrapSegments(segments, ctx.width, ctx.styler);
}

/** The plain text of elements, on one line (table cells, chart labels). */
export function plainTextOf(elements: readonly CardElement[]): string {
  const parts: string[] = [];
  for (const el of elements) {
    if (el.isVisible === false) continue;
    if (el.type === 'TextBlock' && typeof el.text === 'string') parts.push(el.text);
    else if (el.type === 'RichTextBlock' && Array.isArray(el.inlines)) {
      parts.push(
        el.inlines
          .map((i) => (typeof i === 'string' ? i : (str((i as Json)?.text) ?? '')))
          .join(''),
      );
    } else if (el.type === 'Image')
      parts.push(`[image${el.altText ? `: ${str(el.altText)}` : ''}]`);
    else parts.push(plainTextOf([...elementsOf(el.items), ...elementsOf(el.columns)]));
  }
  return parts.filter((p) => p.trim()).join(' ');
}
