/**
 * Usage cards (usage.customer / subscription / azure / report): a Teams chart with a Table
 * fallback for clients without charts, totals tables (top N), facts. Everything is aggregated
 * before it gets here, and here it is cut to a bounded size: at most MAX_POINTS chart points a
 * series, MAX_SERIES lines, TOP_ROWS table rows, FALLBACK_ROWS fallback rows, so a card stays far
 * under 28 KB whatever the period (90 days of daily usage, or hourly usage).
 */
import { renderCard, type AdaptiveCard } from '../render.js';
import { intentAction, type CardAction, type OpenUrlAction } from './actions.js';
import { facts, type Fact } from './facts.js';
import { formatCount, humanize, plural } from './format.js';
import type { ListColumn } from './list.js';
import { noticeCard } from './notice.js';

/** Chart points a series at most (Teams draws 90 daily points readably). */
export const MAX_POINTS = 90;
/** Lines of a line chart at most. */
export const MAX_SERIES = 3;
/** Rows of a totals table at most; the rest is summed in an "other" line. */
export const TOP_ROWS = 10;
/** Rows of a chart's fallback table at most (buckets are widened to fit). */
export const FALLBACK_ROWS = 16;
/** Bars of a bar chart at most; the rest is one "Other" bar. */
export const MAX_BARS = 8;

const DAY_MS = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Inputs (what the skills aggregate)

/** An inclusive date range, YYYY-MM-DD, and how it reads. */
export interface UsagePeriodView {
  start: string;
  end: string;
  /** "this month (2026-03-01 – 2026-03-15)", "February 2026", "2026-01-01 – 2026-01-31". */
  label: string;
}

/** One resource's cost (resourceusagerecords / usagerecords/resources). */
export interface ResourceCost {
  name: string;
  /** Azure service: "Compute", "Virtual Machines" ... */
  service?: string;
  /** Resource group (Azure plan), when known. */
  group?: string;
  subscription?: string;
  cost: number;
}

/** One usage-based subscription's month-to-date cost (subscriptions/usagerecords). */
export interface SubscriptionCost {
  id: string;
  name: string;
  offer?: string;
  status?: string;
  cost: number;
}

/** One metered resource from Azure utilization records, summed over the period. */
export interface MeteredResource {
  name: string;
  category?: string;
  subcategory?: string;
  unit?: string;
  region?: string;
  subscription?: string;
  quantity: number;
  /** Quantity per period start: `YYYY-MM-DD` (daily) or `YYYY-MM-DDTHH` (hourly). */
  series: Map<string, number>;
}

export interface MeteredUsage {
  granularity: 'daily' | 'hourly';
  resources: MeteredResource[];
  /** Utilization records read. */
  records: number;
}

interface Party {
  id: string;
  name: string;
}

// ---------------------------------------------------------------------------------------------
// The generic usage card (cards/usage-summary.json)

export interface UsageTable {
  title: string;
  columns: ListColumn[];
  rows: string[][];
}

export type UsageChart =
  | {
      kind: 'bar';
      title: string;
      xAxisTitle: string;
      yAxisTitle: string;
      bars: Array<{ x: string; y: number }>;
      fallback: UsageTable;
    }
  | {
      kind: 'line';
      title: string;
      xAxisTitle: string;
      yAxisTitle: string;
      lines: Array<{ legend: string; values: Array<{ x: string; y: number }> }>;
      fallback: UsageTable;
    };

export interface UsageCardView {
  title: string;
  subtitle: string;
  note?: string;
  facts?: Fact[];
  chart?: UsageChart;
  tables?: UsageTable[];
  /** Shown when there is no chart and no table. */
  empty?: string;
  hint?: string;
  actions?: Array<CardAction | OpenUrlAction>;
}

const tableData = (t: UsageTable) => ({
  title: t.title,
  columns: t.columns.map((c) => ({ width: c.width ?? 1 })),
  headers: t.columns.map((c) => ({ text: c.header })),
  rows: t.rows.map((cells) => ({ cells: cells.map((text) => ({ text: text || '—' })) })),
});

/** Any usage card: facts, a chart (with its Table fallback), tables, actions. */
export function usageCard(view: UsageCardView): AdaptiveCard {
  const chart = view.chart;
  const tables = (view.tables ?? []).filter((t) => t.rows.length > 0);
  const empty = !chart && tables.length === 0 ? (view.empty ?? '') : '';
  return renderCard('usage-summary', {
    title: view.title,
    subtitle: view.subtitle,
    hasNote: Boolean(view.note),
    note: view.note ?? '',
    facts: view.facts ?? [],
    hasBars: chart?.kind === 'bar',
    hasLines: chart?.kind === 'line',
    chartTitle: chart?.title ?? '',
    xAxisTitle: chart?.xAxisTitle ?? '',
    yAxisTitle: chart?.yAxisTitle ?? '',
    bars: chart?.kind === 'bar' ? chart.bars : [],
    lines: chart?.kind === 'line' ? chart.lines : [],
    fallback: chart ? tableData(chart.fallback) : tableData({ title: '', columns: [], rows: [] }),
    tables: tables.map(tableData),
    hasEmpty: Boolean(empty),
    empty,
    hasHint: Boolean(view.hint),
    hint: view.hint ?? '',
    actions: view.actions ?? [],
  });
}

// ---------------------------------------------------------------------------------------------
// Formatting

/** 1234.5 → "1,234.50"; with a currency code → "1,234.50 USD". */
export function formatMoney(amount: number, currency?: string): string {
  const text = amount.toLocaleString('en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return currency ? `${text} ${currency}` : text;
}

/** Quantities: up to 2 decimals, thousands separated; the unit after it when known. */
export function formatQuantity(quantity: number, unit?: string): string {
  const text = quantity.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return unit ? `${text} × ${unit}` : text;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Chart labels stay short: long resource names would crowd the axis. */
function shortLabel(text: string, max = 24): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "Microsoft.Compute" → "Compute"; other names humanized only when they look like ids. */
export function serviceName(value: string | undefined): string {
  if (!value) return 'Other';
  const stripped = value.replace(/^Microsoft\./i, '');
  return /^[a-z_]+$/.test(stripped) ? humanize(stripped) : stripped;
}

// ---------------------------------------------------------------------------------------------
// Time buckets: the series is summed into buckets wide enough for the chart / fallback

export type BucketSize = 'hour' | 'day' | 'week' | 'month';

/** Bucket start of a series key (`YYYY-MM-DD` or `YYYY-MM-DDTHH`), as a bucket key. */
function bucketOf(key: string, size: BucketSize, periodStart: string): string {
  if (size === 'hour') return key;
  const day = key.slice(0, 10);
  if (size === 'day') return day;
  if (size === 'month') return day.slice(0, 7);
  // Weeks count from the period's first day, so the first bucket is never cut short.
  const start = Date.parse(`${periodStart}T00:00:00Z`);
  const t = Date.parse(`${day}T00:00:00Z`);
  const week = Math.max(0, Math.floor((t - start) / (7 * DAY_MS)));
  return new Date(start + week * 7 * DAY_MS).toISOString().slice(0, 10);
}

/** The finest bucket that gives at most `max` buckets over the period. */
export function bucketSizeFor(
  period: { start: string; end: string },
  granularity: 'daily' | 'hourly',
  max: number,
): BucketSize {
  const days = daysIn(period);
  if (granularity === 'hourly' && days * 24 <= max) return 'hour';
  if (days <= max) return 'day';
  if (Math.ceil(days / 7) <= max) return 'week';
  return 'month';
}

export function daysIn(period: { start: string; end: string }): number {
  const start = Date.parse(`${period.start}T00:00:00Z`);
  const end = Date.parse(`${period.end}T00:00:00Z`);
  return Math.max(1, Math.round((end - start) / DAY_MS) + 1);
}

/** Every bucket of the period, in order, so days without usage show as 0. */
function bucketsOf(period: { start: string; end: string }, size: BucketSize): string[] {
  const out: string[] = [];
  const start = Date.parse(`${period.start}T00:00:00Z`);
  const end = Date.parse(`${period.end}T00:00:00Z`) + DAY_MS;
  const step = size === 'hour' ? 3_600_000 : DAY_MS;
  for (let t = start; t < end; t += step) {
    const iso = new Date(t).toISOString();
    const key = bucketOf(size === 'hour' ? iso.slice(0, 13) : iso.slice(0, 10), size, period.start);
    if (out[out.length - 1] !== key) out.push(key);
  }
  return out;
}

function bucketLabel(key: string, size: BucketSize): string {
  switch (size) {
    case 'hour':
      return `${key.slice(5, 10)} ${key.slice(11, 13)}:00`;
    case 'day':
      return key.slice(5, 10);
    case 'week':
      return `wk ${key.slice(5, 10)}`;
    case 'month':
      return key;
  }
}

function bucketSeries(
  series: Map<string, number>,
  size: BucketSize,
  periodStart: string,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, q] of series) {
    const b = bucketOf(key, size, periodStart);
    out.set(b, (out.get(b) ?? 0) + q);
  }
  return out;
}

const BUCKET_WORD: Record<BucketSize, string> = {
  hour: 'Hour',
  day: 'Day',
  week: 'Week starting',
  month: 'Month',
};

// ---------------------------------------------------------------------------------------------
// Charts and tables from the aggregates

const byQuantity = (a: MeteredResource, b: MeteredResource) =>
  b.quantity - a.quantity || a.name.localeCompare(b.name);

function resourceLegend(r: MeteredResource): string {
  return r.unit ? `${shortLabel(r.name, 20)} (${r.unit})` : shortLabel(r.name, 20);
}

/** Line chart of the top resources' quantity per day (or hour / week), with a coarser Table fallback. */
export function meteredLineChart(
  usage: MeteredUsage,
  period: UsagePeriodView,
): UsageChart | undefined {
  const top = [...usage.resources]
    .filter((r) => r.quantity > 0)
    .sort(byQuantity)
    .slice(0, MAX_SERIES);
  if (top.length === 0) return undefined;
  const size = bucketSizeFor(period, usage.granularity, MAX_POINTS);
  const buckets = bucketsOf(period, size);
  const lines = top.map((r) => {
    const summed = bucketSeries(r.series, size, period.start);
    return {
      legend: resourceLegend(r),
      values: buckets.map((b) => ({ x: bucketLabel(b, size), y: round2(summed.get(b) ?? 0) })),
    };
  });
  const fbSize = bucketSizeFor(period, usage.granularity, FALLBACK_ROWS);
  const fbSeries = top.map((r) => bucketSeries(r.series, fbSize, period.start));
  return {
    kind: 'line',
    title: `Quantity per ${size}, top ${plural(top.length, 'resource')}`,
    xAxisTitle: BUCKET_WORD[size],
    yAxisTitle: 'Quantity',
    lines,
    fallback: {
      title: '',
      columns: [
        { header: BUCKET_WORD[fbSize], width: 2 },
        ...top.map((r) => ({ header: resourceLegend(r), width: 2 })),
      ],
      rows: bucketsOf(period, fbSize).map((b) => [
        bucketLabel(b, fbSize),
        ...fbSeries.map((s) => formatQuantity(round2(s.get(b) ?? 0))),
      ]),
    },
  };
}

/** Totals by resource: the top resources by quantity, each in its own unit. */
export function meteredTotalsTable(usage: MeteredUsage, withSubscription: boolean): UsageTable {
  const top = [...usage.resources].sort(byQuantity).slice(0, TOP_ROWS);
  return {
    title:
      usage.resources.length > top.length
        ? `Totals by resource (top ${top.length} of ${usage.resources.length})`
        : 'Totals by resource',
    columns: [
      { header: 'Resource', width: 3 },
      { header: 'Service', width: 3 },
      ...(withSubscription ? [{ header: 'Subscription', width: 3 }] : []),
      { header: 'Quantity', width: 3 },
    ],
    rows: top.map((r) => [
      r.name,
      [r.category, r.subcategory].filter(Boolean).join(' · '),
      ...(withSubscription ? [r.subscription ?? ''] : []),
      formatQuantity(round2(r.quantity), r.unit),
    ]),
  };
}

/** Totals by service: quantities summed per (category, unit), which is the only sum that means something. */
export function serviceTotalsTable(usage: MeteredUsage): UsageTable {
  const groups = new Map<string, { service: string; unit?: string; quantity: number; n: number }>();
  for (const r of usage.resources) {
    const service = r.category ?? 'Other';
    const key = `${service}|${r.unit ?? ''}`;
    const g = groups.get(key) ?? {
      service,
      ...(r.unit ? { unit: r.unit } : {}),
      quantity: 0,
      n: 0,
    };
    g.quantity += r.quantity;
    g.n += 1;
    groups.set(key, g);
  }
  const sorted = [...groups.values()].sort(
    (a, b) => b.n - a.n || b.quantity - a.quantity || a.service.localeCompare(b.service),
  );
  return {
    title: 'Totals by service',
    columns: [
      { header: 'Service', width: 3 },
      { header: 'Resources', width: 2 },
      { header: 'Quantity', width: 3 },
    ],
    rows: sorted
      .slice(0, TOP_ROWS)
      .map((g) => [g.service, String(g.n), formatQuantity(round2(g.quantity), g.unit)]),
  };
}

const byCost = <T extends { cost: number; name: string }>(a: T, b: T) =>
  b.cost - a.cost || a.name.localeCompare(b.name);

/** Bar chart of cost per Azure service (top MAX_BARS − 1 and "Other"), with a Table fallback. */
export function costBarChart(costs: ResourceCost[], currency?: string): UsageChart | undefined {
  const byService = new Map<string, number>();
  for (const c of costs) {
    const s = serviceName(c.service);
    byService.set(s, (byService.get(s) ?? 0) + c.cost);
  }
  const sorted = [...byService.entries()]
    .map(([name, cost]) => ({ name, cost }))
    .filter((s) => s.cost > 0)
    .sort(byCost);
  if (sorted.length === 0) return undefined;
  const shown =
    sorted.length > MAX_BARS
      ? [
          ...sorted.slice(0, MAX_BARS - 1),
          { name: 'Other', cost: sorted.slice(MAX_BARS - 1).reduce((n, s) => n + s.cost, 0) },
        ]
      : sorted;
  const unit = currency ?? 'cost';
  return {
    kind: 'bar',
    title: `Cost by service (${unit})`,
    xAxisTitle: 'Service',
    yAxisTitle: currency ?? 'Cost',
    bars: shown.map((s) => ({ x: shortLabel(s.name), y: round2(s.cost) })),
    fallback: {
      title: '',
      columns: [
        { header: 'Service', width: 3 },
        { header: 'Cost', width: 2 },
      ],
      rows: shown.map((s) => [s.name, formatMoney(s.cost, currency)]),
    },
  };
}

/** Top resources by cost. */
export function costResourceTable(
  costs: ResourceCost[],
  currency: string | undefined,
  withSubscription: boolean,
): UsageTable {
  const top = [...costs].sort(byCost).slice(0, TOP_ROWS);
  return {
    title:
      costs.length > top.length
        ? `Top resources (${top.length} of ${costs.length})`
        : 'Totals by resource',
    columns: [
      { header: 'Resource', width: 3 },
      { header: 'Service', width: 3 },
      ...(withSubscription ? [{ header: 'Subscription', width: 3 }] : []),
      { header: 'Cost', width: 2 },
    ],
    rows: top.map((c) => [
      c.name,
      [serviceName(c.service), c.group].filter(Boolean).join(' · '),
      ...(withSubscription ? [c.subscription ?? ''] : []),
      formatMoney(c.cost, currency),
    ]),
  };
}

export function subscriptionCostTable(
  subscriptions: SubscriptionCost[],
  currency: string | undefined,
): UsageTable {
  const top = [...subscriptions].sort(byCost).slice(0, TOP_ROWS);
  return {
    title: 'By subscription',
    columns: [
      { header: 'Subscription', width: 4 },
      { header: 'Status', width: 2 },
      { header: 'Cost', width: 2 },
    ],
    rows: top.map((s) => [s.name, humanize(s.status), formatMoney(s.cost, currency)]),
  };
}

// ---------------------------------------------------------------------------------------------
// The cards the skills send

/** The next useful usage questions about a customer, as buttons (the one asked is left out). */
export function usageActions(
  customer: Party,
  current: 'usage.customer' | 'usage.subscription' | 'usage.azure' | 'usage.report',
  subscription?: Party,
): CardAction[] {
  const c = { customer: customer.id };
  const all: Array<[string, CardAction]> = [
    ['usage.customer', intentAction('Usage summary', 'usage.customer', c)],
    [
      'usage.azure',
      intentAction(
        'Daily Azure usage',
        'usage.azure',
        subscription ? { ...c, subscription: subscription.id, granularity: 'daily' } : c,
      ),
    ],
    ['usage.report', intentAction('Monthly report', 'usage.report', c)],
  ];
  return [
    ...all.filter(([intent]) => intent !== current).map(([, a]) => a),
    intentAction('Subscriptions', 'subscriptions.list', c),
  ];
}

export interface UsageCostView {
  title: string;
  period: UsagePeriodView;
  currency?: string;
  costs: ResourceCost[];
  /** Customer level: one line per usage-based subscription. */
  subscriptions?: SubscriptionCost[];
  note?: string;
  actions?: CardAction[];
}

/** Month-to-date cost: total, a bar chart by service, the top resources, by subscription. */
export function usageCostCard(view: UsageCostView): AdaptiveCard {
  const total = view.subscriptions
    ? view.subscriptions.reduce((n, s) => n + s.cost, 0)
    : view.costs.reduce((n, c) => n + c.cost, 0);
  const several = (view.subscriptions?.length ?? 0) > 1;
  const chart = costBarChart(view.costs, view.currency);
  return usageCard({
    title: view.title,
    subtitle: `Cost month to date, ${view.period.label}`,
    ...(view.note ? { note: view.note } : {}),
    facts: facts([
      ['Total', formatMoney(total, view.currency)],
      ['Subscriptions', view.subscriptions ? String(view.subscriptions.length) : undefined],
      ['Resources', String(view.costs.length)],
    ]),
    ...(chart ? { chart } : {}),
    tables: [
      costResourceTable(view.costs, view.currency, several),
      ...(view.subscriptions && several
        ? [subscriptionCostTable(view.subscriptions, view.currency)]
        : []),
    ],
    empty: 'No usage has been billed so far this month.',
    hint: 'Partner Center gives costs for the current month; ask for a past month to see quantities.',
    actions: view.actions ?? [],
  });
}

export interface UsageMeteredView {
  title: string;
  period: UsagePeriodView;
  usage: MeteredUsage;
  /** More than one subscription read: say which subscription each resource belongs to. */
  withSubscription?: boolean;
  note?: string;
  actions?: CardAction[];
}

/** Azure utilization: a line chart of the top resources over time and totals by resource. */
export function usageMeteredCard(view: UsageMeteredView): AdaptiveCard {
  const { usage } = view;
  const chart = meteredLineChart(usage, view.period);
  return usageCard({
    title: view.title,
    subtitle: `${humanize(usage.granularity)} utilization, ${view.period.label}`,
    ...(view.note ? { note: view.note } : {}),
    facts: facts([
      ['Resources', String(usage.resources.length)],
      ['Records', formatCount(usage.records)],
    ]),
    ...(chart ? { chart } : {}),
    tables: [meteredTotalsTable(usage, view.withSubscription ?? false)],
    empty: `Azure recorded no usage for ${view.period.label}.`,
    actions: view.actions ?? [],
  });
}

export interface UsageReportView {
  customer: Party;
  period: UsagePeriodView;
  usage: MeteredUsage;
  /** Month-to-date costs when the month is the current one. */
  subscriptions?: SubscriptionCost[];
  currency?: string;
  usageSubscriptions: number;
  note?: string;
  actions?: CardAction[];
}

/** A month at a glance: key figures, the daily line chart, totals by service. */
export function usageReportCard(view: UsageReportView): AdaptiveCard {
  const { usage } = view;
  const chart = meteredLineChart(usage, view.period);
  const busiest = busiestDay(usage);
  const top = [...usage.resources].sort(byQuantity)[0];
  const cost = view.subscriptions?.reduce((n, s) => n + s.cost, 0);
  return usageCard({
    title: `Usage report: ${view.customer.name}`,
    subtitle: view.period.label.charAt(0).toUpperCase() + view.period.label.slice(1),
    ...(view.note ? { note: view.note } : {}),
    facts: facts([
      ['Period', `${view.period.start} – ${view.period.end}`],
      ['Usage subscriptions', String(view.usageSubscriptions)],
      ['Cost month to date', cost === undefined ? undefined : formatMoney(cost, view.currency)],
      ['Resources metered', String(usage.resources.length)],
      ['Services', String(new Set(usage.resources.map((r) => r.category ?? 'Other')).size)],
      [
        'Top resource',
        top ? `${top.name} (${formatQuantity(round2(top.quantity), top.unit)})` : undefined,
      ],
      ['Busiest day', busiest],
      ['Utilization records', formatCount(usage.records)],
    ]),
    ...(chart ? { chart } : {}),
    tables: [serviceTotalsTable(usage)],
    empty: `Azure recorded no usage for ${view.period.label}.`,
    actions: view.actions ?? [],
  });
}

/** The day with the most metered records' quantity, counted by how many resources ran. */
function busiestDay(usage: MeteredUsage): string | undefined {
  const perDay = new Map<string, number>();
  for (const r of usage.resources) {
    const total = r.quantity || 1;
    for (const [key, q] of r.series) {
      const day = key.slice(0, 10);
      // Each resource's share of its own total, so units do not outweigh each other.
      perDay.set(day, (perDay.get(day) ?? 0) + q / total);
    }
  }
  let best: [string, number] | undefined;
  for (const entry of perDay) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}

export interface NotReadyView {
  /** "Azure usage of Contoso Ltd for this month (…)". */
  what: string;
  retryAfterSeconds: number;
  /** When to try again, ISO. */
  retryAt: string;
  retry?: CardAction;
}

/** Partner Center answered 204 + Retry-After: the data is being prepared; when to ask again. */
export function usageNotReadyCard(view: NotReadyView): AdaptiveCard {
  const wait = waitText(view.retryAfterSeconds);
  const at = `${view.retryAt.slice(11, 16)} UTC`;
  return noticeCard({
    title: 'Usage data is not ready yet',
    message: `Partner Center is still preparing ${view.what}. Try again in ${wait} (after ${at}).`,
    tone: 'warning',
    facts: facts([['Try again after', `${view.retryAt.slice(0, 10)} ${at}`]]),
    actions: view.retry ? [view.retry] : [],
  });
}

function waitText(seconds: number): string {
  if (seconds < 60) return plural(Math.max(1, Math.round(seconds)), 'second');
  if (seconds < 90 * 60) return plural(Math.round(seconds / 60), 'minute');
  return plural(Math.round(seconds / 3600), 'hour');
}

/** The customer has nothing billed on usage (no Azure plan): nothing to chart. */
export function noUsageSubscriptionsCard(customer: Party): AdaptiveCard {
  return noticeCard({
    title: `${customer.name} has no usage-based subscriptions`,
    message:
      'Usage and Azure utilization exist only for subscriptions billed on usage, such as an Azure plan. Licence-based subscriptions have no usage records.',
    actions: [intentAction('Subscriptions', 'subscriptions.list', { customer: customer.id })],
  });
}
