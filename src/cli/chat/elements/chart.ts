import { padVisible, truncate, visibleWidth } from '../ansi.js';
import { isObject, str, type CardElement, type Json } from '../card-types.js';
import type { RenderContext } from '../render-context.js';

/** A small chart: bars longer than this add nothing but ink. */
const MAX_BAR = 40;

interface Point {
  label: string;
  value: number;
}

/**
 * Teams chart extensions (`Chart.VerticalBar`, `Chart.Donut` ...) as a small horizontal bar
 * chart. Data shapes per the Teams "Charts in Adaptive Cards" page: `[{x, y}]`,
 * `[{legend, value}]`, series `[{legend, values: [{x, y}]}]`, and a gauge's `value`/`valueMax`.
 * Returns undefined when the data is not understood, so the caller uses the element's fallback.
 */
export function renderChart(el: CardElement, ctx: RenderContext): string[] | undefined {
  const points = pointsOf(el);
  if (!points || points.length === 0) return undefined;
  const out: string[] = [];
  const title = str(el.title);
  if (title) out.push(ctx.styler.apply(title, ['bold']));
  const values = points.map((p) => formatNumber(p.value));
  const labelWidth = Math.min(
    Math.max(...points.map((p) => visibleWidth(p.label))),
    Math.floor(ctx.width * 0.35),
  );
  const valueWidth = Math.max(...values.map((v) => v.length));
  const barRoom = Math.max(4, Math.min(MAX_BAR, ctx.width - labelWidth - valueWidth - 4));
  const max = Math.max(...points.map((p) => p.value), 0);
  points.forEach((p, i) => {
    const length = max > 0 && p.value > 0 ? Math.max(1, Math.round((p.value / max) * barRoom)) : 0;
    const bar = ctx.styler.apply('█'.repeat(length), ['cyan']);
    const label = padVisible(truncate(p.label, labelWidth), labelWidth);
    out.push(`${label}  ${bar} ${values[i] ?? ''}`.trimEnd());
  });
  return out;
}

function pointsOf(el: CardElement): Point[] | undefined {
  if (el.type === 'Chart.Gauge') {
    const value = Number(el.value);
    if (!Number.isFinite(value)) return undefined;
    const points = [{ label: str(el.subLabel) ?? 'Value', value }];
    const maxValue = Number(el.valueMax);
    return Number.isFinite(maxValue) ? [...points, { label: 'Maximum', value: maxValue }] : points;
  }
  if (!Array.isArray(el.data)) return undefined;
  const points: Point[] = [];
  for (const item of el.data) {
    if (!isObject(item)) return undefined;
    if (Array.isArray(item.values)) {
      const series = str(item.legend);
      for (const v of item.values) {
        const p = isObject(v) ? xy(v) : undefined;
        if (!p) return undefined;
        points.push(series ? { ...p, label: `${p.label} · ${series}` } : p);
      }
      continue;
    }
    const p = xy(item) ?? legendValue(item);
    if (!p) return undefined;
    points.push(p);
  }
  return points;
}

function xy(item: Json): Point | undefined {
  const label = str(item.x);
  const value = Number(item.y);
  return label !== undefined && item.y !== undefined && Number.isFinite(value)
    ? { label, value }
    : undefined;
}

function legendValue(item: Json): Point | undefined {
  const label = str(item.legend);
  const value = Number(item.value);
  return label !== undefined && item.value !== undefined && Number.isFinite(value)
    ? { label, value }
    : undefined;
}

function formatNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
