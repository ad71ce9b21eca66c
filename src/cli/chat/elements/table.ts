import { padVisible, truncate, visibleWidth, type StyleName } from '../ansi.js';
import { elementsOf, str, type CardElement } from '../card-types.js';
import { markdownToPlain } from '../markdown.js';
import type { RenderContext } from '../render-context.js';
import { wrapSegments, type Segment } from '../styled-text.js';
import { plainTextOf, textStyles } from './text-block.js';

const GAP = 2;
/** A column is never cut below this many columns (or its natural width, when smaller). */
const MIN_COLUMN = 8;
const NUMERIC = /^[-+]?[$€£]?\s?\d[\d,.\s]*(%|\s?[A-Z]{3})?$/;

interface Cell {
  text: string;
  label: string;
  styles: StyleName[];
}

/**
 * Table as aligned columns under an underlined header (the first row, unless
 * `firstRowAsHeader: false`). When the columns do not fit, the widest are cut first (with …);
 * when even that fails, each row is printed as `Header: value` lines.
 */
export function renderTable(el: CardElement, ctx: RenderContext): string[] {
  const rows = elementsOf(el.rows).map((row) => elementsOf(row.cells).map((c) => cellOf(c, ctx)));
  if (rows.length === 0) return [];
  const hasHeader = el.firstRowAsHeader !== false && rows.length > 0;
  const header = hasHeader ? rows[0] : undefined;
  const body = hasHeader ? rows.slice(1) : rows;
  const count = Math.max(...rows.map((r) => r.length));
  const natural = Array.from({ length: count }, (_, i) =>
    Math.max(0, ...rows.map((r) => visibleWidth(fullText(r[i])))),
  );
  const widths = fitWidths(natural, ctx.width);
  if (!widths) return renderStacked(header, body, ctx);

  const align = columnAlignments(el, body, count);
  const line = (cells: Cell[] | undefined, extra: StyleName[]) =>
    widths
      .map((w, i) => {
        const cell = cells?.[i];
        const text = truncate(fullText(cell), w);
        const styled = styleCell(text, cell, [...extra, ...(cell?.styles ?? [])], ctx);
        return padVisible(styled, w, align[i]);
      })
      .join(' '.repeat(GAP))
      .trimEnd();
  const out: string[] = [];
  if (header) {
    out.push(line(header, ['bold']));
    out.push(ctx.styler.apply(widths.map((w) => '─'.repeat(w)).join(' '.repeat(GAP)), ['dim']));
  }
  for (const row of body) out.push(line(row, []));
  return out;
}

function cellOf(cell: CardElement, ctx: RenderContext): Cell {
  const n = ctx.register(cell.selectAction);
  const items = elementsOf(cell.items);
  const text = markdownToPlain(plainTextOf(items)).replace(/\s+/g, ' ').trim();
  const first = items.find((i) => i.type === 'TextBlock');
  const styles = first ? textStyles(first).filter((s) => s !== 'underline') : [];
  return { text, label: n === undefined ? '' : `[${n}] `, styles };
}

function fullText(cell: Cell | undefined): string {
  return cell ? cell.label + cell.text : '';
}

function styleCell(text: string, cell: Cell | undefined, styles: StyleName[], ctx: RenderContext) {
  const label = cell?.label ?? '';
  if (label && text.startsWith(label)) {
    return (
      ctx.styler.apply(label.trimEnd(), ['bold', 'cyan']) +
      ' ' +
      ctx.styler.apply(text.slice(label.length), styles)
    );
  }
  return ctx.styler.apply(text, styles);
}

/** Shrink the widest columns one step at a time until the row fits; undefined if it cannot. */
export function fitWidths(natural: readonly number[], width: number): number[] | undefined {
  const widths = [...natural];
  const total = () => widths.reduce((a, b) => a + b, 0) + GAP * Math.max(0, widths.length - 1);
  const min = natural.map((w) => Math.min(w, MIN_COLUMN));
  if (min.reduce((a, b) => a + b, 0) + GAP * Math.max(0, widths.length - 1) > width) {
    return undefined;
  }
  while (total() > width) {
    let widest = -1;
    widths.forEach((w, i) => {
      if (w > (min[i] ?? 0) && (widest < 0 || w > (widths[widest] ?? 0))) widest = i;
    });
    if (widest < 0) return undefined;
    widths[widest] = (widths[widest] ?? 0) - 1;
  }
  return widths;
}

function columnAlignments(el: CardElement, body: Cell[][], count: number): Array<'left' | 'right'> {
  const columns = elementsOf(el.columns);
  const tableAlign = str(el.horizontalCellContentAlignment)?.toLowerCase();
  return Array.from({ length: count }, (_, i) => {
    const explicit = str(columns[i]?.horizontalCellContentAlignment)?.toLowerCase() ?? tableAlign;
    if (explicit) return explicit === 'right' ? 'right' : 'left';
    const values = body.map((r) => r[i]?.text ?? '').filter((t) => t !== '');
    return values.length > 0 && values.every((v) => NUMERIC.test(v)) ? 'right' : 'left';
  });
}

function renderStacked(header: Cell[] | undefined, body: Cell[][], ctx: RenderContext): string[] {
  const out: string[] = [];
  for (const row of body) {
    if (out.length) out.push('');
    row.forEach((cell, i) => {
      const title = header?.[i]?.text;
      const value: Segment = { text: fullText(cell), styles: cell.styles };
      const segments: Segment[] = title
        ? [{ text: `${title}: `, styles: ['bold'] }, value]
        : [value];
      out.push(...wrapSegments(segments, ctx.width, ctx.styler));
    });
  }
  return out;
}
