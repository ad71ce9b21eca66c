import { padVisible, visibleWidth } from '../ansi.js';
import { formatActionList, resolveAction } from '../actions.js';
import { elementsOf, str, type CardAction, type CardElement } from '../card-types.js';
import { withSelectAction, type RenderContext } from '../render-context.js';

const COLUMN_GAP = 3;

/** Container: its items, numbered as a whole when it has a selectAction. */
export function renderContainer(el: CardElement, ctx: RenderContext): string[] {
  return withSelectAction(ctx, el, ctx.width, (w) => ctx.renderElements(elementsOf(el.items), w));
}

/**
 * ColumnSet: columns side by side when their natural widths fit the line (short label/value
 * pairs, icons), otherwise one under the other, so nothing is squeezed into unreadable slivers.
 */
export function renderColumnSet(el: CardElement, ctx: RenderContext): string[] {
  return withSelectAction(ctx, el, ctx.width, (width) => {
    const columns = elementsOf(el.columns)
      .filter((c) => c.isVisible !== false)
      .map((c) =>
        withSelectAction(ctx, c, width, (w) => ctx.renderElements(elementsOf(c.items), w)),
      )
      .filter((lines) => lines.length > 0);
    if (columns.length <= 1) return columns[0] ?? [];
    const widths = columns.map((lines) => Math.max(...lines.map(visibleWidth)));
    const total = widths.reduce((a, b) => a + b, 0) + COLUMN_GAP * (columns.length - 1);
    if (total > width) return columns.flat();
    const height = Math.max(...columns.map((c) => c.length));
    const out: string[] = [];
    for (let row = 0; row < height; row++) {
      const parts = columns.map((lines, i) => padVisible(lines[row] ?? '', widths[i] ?? 0));
      out.push(parts.join(' '.repeat(COLUMN_GAP)).trimEnd());
    }
    return out;
  });
}

/** Image: `[image: alt text]`; the terminal cannot show it, the alt text says what it is. */
export function renderImage(el: CardElement, ctx: RenderContext): string[] {
  return withSelectAction(ctx, el, ctx.width, () => [imageText(el, ctx)]);
}

export function renderImageSet(el: CardElement, ctx: RenderContext): string[] {
  const images = elementsOf(el.images).map((img) => imageText(img, ctx));
  return images.length ? [images.join(' ')] : [];
}

function imageText(el: CardElement, ctx: RenderContext): string {
  const alt = str(el.altText)?.trim();
  return ctx.styler.apply(alt ? `[image: ${alt}]` : '[image]', ['dim']);
}

/** ActionSet: its buttons, numbered in place. */
export function renderActionSet(el: CardElement, ctx: RenderContext): string[] {
  const items: Array<{ n: number; action: CardAction }> = [];
  for (const raw of Array.isArray(el.actions) ? el.actions : []) {
    const action = resolveAction(raw);
    const n = action ? ctx.register(action) : undefined;
    if (action && n !== undefined) items.push({ n, action });
  }
  return formatActionList(items, ctx.width, ctx.styler);
}
