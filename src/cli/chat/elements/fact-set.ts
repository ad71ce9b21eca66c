import { padVisible, visibleWidth } from '../ansi.js';
import { isObject, str, type CardElement } from '../card-types.js';
import { markdownToPlain, markdownToSegments } from '../markdown.js';
import type { RenderContext } from '../render-context.js';
import { wrapSegments } from '../styled-text.js';

const GAP = 2;

/**
 * FactSet as aligned `Title  value` rows. Titles get at most 40% of the width; a longer title
 * sits on its own line with its value below, indented, so values always line up.
 */
export function renderFactSet(el: CardElement, ctx: RenderContext): string[] {
  const facts = (Array.isArray(el.facts) ? el.facts : [])
    .filter(isObject)
    .map((f) => ({ title: markdownToPlain(str(f.title) ?? ''), value: str(f.value) ?? '' }))
    .filter((f) => f.title || f.value);
  if (facts.length === 0) return [];
  const cap = Math.max(8, Math.floor(ctx.width * 0.4));
  const titleWidth = Math.min(cap, Math.max(...facts.map((f) => visibleWidth(f.title))));
  const valueWidth = Math.max(10, ctx.width - titleWidth - GAP);
  const indent = ' '.repeat(titleWidth + GAP);
  const lines: string[] = [];
  for (const { title, value } of facts) {
    const styledTitle = ctx.styler.apply(title, ['bold']);
    const values = wrapSegments(markdownToSegments(value), valueWidth, ctx.styler);
    if (visibleWidth(title) > titleWidth) {
      lines.push(styledTitle);
      lines.push(...values.map((v) => indent + v));
      continue;
    }
    values.forEach((v, i) => {
      const head = i === 0 ? padVisible(styledTitle, titleWidth) + ' '.repeat(GAP) : indent;
      lines.push((head + v).trimEnd());
    });
  }
  return lines;
}
