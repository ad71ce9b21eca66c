import { describe, expect, it } from 'vitest';
import { MAX_CARD_BYTES } from '../../../../src/cards/render.js';
import { intentAction } from '../../../../src/cards/views/actions.js';
import {
  FALLBACK_ROWS,
  MAX_POINTS,
  TOP_ROWS,
  usageCostCard,
  usageMeteredCard,
  usageNotReadyCard,
  usageReportCard,
  type MeteredResource,
  type MeteredUsage,
  type UsagePeriodView,
} from '../../../../src/cards/views/usage.js';
import { usagePeriod } from '../../../../src/skills/usage/period.js';
import { tableRowsOf, textsOf } from '../../../helpers/agent.js';
import { validateCard } from '../../../helpers/validate-card.js';

const DAY = 86_400_000;
const contoso = { id: 'c-1', name: 'Contoso Ltd' };

/** Every element of a type, fallbacks included. */
function elementsOf(card: unknown, type: string): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.type === type) out.push(o);
    Object.values(o).forEach(walk);
  };
  walk(card);
  return out;
}

/** A chart's fallback Table rows (tableRowsOf skips fallbacks). */
function fallbackRows(card: unknown): string[][] {
  const chart = [...elementsOf(card, 'Chart.Line'), ...elementsOf(card, 'Chart.VerticalBar')][0];
  return tableRowsOf({ body: [chart?.fallback] });
}

function expectValid(card: object) {
  const check = validateCard(card);
  expect(check.errors).toEqual([]);
  expect(check.bytes).toBeLessThan(MAX_CARD_BYTES);
  expect(JSON.stringify(card)).not.toContain('${');
  return check;
}

/** `days` days of daily usage (or hourly) for `count` resources, names as long as Azure allows. */
function metered(
  period: UsagePeriodView,
  count: number,
  granularity: 'daily' | 'hourly' = 'daily',
  nameLength = 12,
): MeteredUsage {
  const start = Date.parse(`${period.start}T00:00:00Z`);
  const end = Date.parse(`${period.end}T00:00:00Z`) + DAY;
  const step = granularity === 'hourly' ? 3_600_000 : DAY;
  const resources: MeteredResource[] = Array.from({ length: count }, (_, i) => {
    const series = new Map<string, number>();
    let quantity = 0;
    for (let t = start; t < end; t += step) {
      const q = (count - i) * (granularity === 'hourly' ? 1 : 24) + ((t / step) % 7);
      series.set(new Date(t).toISOString().slice(0, granularity === 'hourly' ? 13 : 10), q);
      quantity += q;
    }
    return {
      name: `${String(i).padStart(2, '0')}-${'r'.repeat(nameLength)}`,
      category: 'Virtual Machines',
      subcategory: 'D2s v5',
      unit: '1 Hour',
      region: 'East US',
      subscription: `Azure plan ${i % 3}`,
      quantity,
      series,
    };
  });
  return { granularity, resources, records: resources.length * Math.round((end - start) / step) };
}

const ninetyDays: UsagePeriodView = {
  start: '2025-12-15',
  end: '2026-03-14',
  label: '2025-12-15 – 2026-03-14',
};

describe('usage cost card (month to date)', () => {
  it('when resources have costs, then the chart is cost by service with a Table fallback, and the table lists the resources by cost', () => {
    const card = usageCostCard({
      title: 'Usage of Contoso Ltd',
      period: {
        start: '2026-03-01',
        end: '2026-03-15',
        label: 'this month (2026-03-01 – 2026-03-15)',
      },
      currency: 'USD',
      costs: [
        { name: 'vm-web-01', service: 'Microsoft.Compute', group: 'rg-web', cost: 30.5 },
        { name: 'vm-app-02', service: 'Microsoft.Compute', group: 'rg-web', cost: 80 },
        { name: 'sqldb-orders', service: 'Microsoft.Sql', group: 'rg-web', cost: 300.126 },
        { name: 'egress', service: 'Microsoft.Network', group: 'rg-web', cost: 0 },
      ],
      subscriptions: [{ id: 's1', name: 'Azure plan', status: 'active', cost: 410.63 }],
      actions: [intentAction('Monthly report', 'usage.report', { customer: 'c-1' })],
    });
    const check = expectValid(card);
    expect(check.unknownElements).toHaveLength(1);
    expect(check.unknownElements[0]).toContain('Chart.VerticalBar');
    const [chart] = elementsOf(card, 'Chart.VerticalBar');
    expect(chart?.data).toEqual([
      { x: 'Sql', y: 300.13 },
      { x: 'Compute', y: 110.5 },
    ]);
    expect(fallbackRows(card)).toEqual([
      ['Service', 'Cost'],
      ['Sql', '300.13 USD'],
      ['Compute', '110.50 USD'],
    ]);
    expect(tableRowsOf(card)).toEqual([
      ['Resource', 'Service', 'Cost'],
      ['sqldb-orders', 'Sql · rg-web', '300.13 USD'],
      ['vm-app-02', 'Compute · rg-web', '80.00 USD'],
      ['vm-web-01', 'Compute · rg-web', '30.50 USD'],
      ['egress', 'Network · rg-web', '0.00 USD'],
    ]);
    const texts = textsOf(card);
    expect(texts).toContain('Total: 410.63 USD');
    expect(texts).toContain('Cost month to date, this month (2026-03-01 – 2026-03-15)');
    expect(check.actions.map((a) => a.title)).toEqual(['Monthly report']);
  });

  it('when 40 resources of 12 services in 3 subscriptions are drawn, then 8 bars (7 and Other), the top 10 resources and a subscription table fit in 28 KB', () => {
    const costs = Array.from({ length: 40 }, (_, i) => ({
      name: `resource-${i}-${'x'.repeat(60)}`,
      service: `Microsoft.Service${i % 12}`,
      group: `rg-${'g'.repeat(40)}`,
      subscription: `Azure plan ${i % 3}`,
      cost: 1000 - i,
    }));
    const card = usageCostCard({
      title: 'Usage of Contoso Ltd',
      period: { start: '2026-03-01', end: '2026-03-15', label: 'this month' },
      currency: 'EUR',
      costs,
      subscriptions: [0, 1, 2].map((i) => ({
        id: `s${i}`,
        name: `Azure plan ${i}`,
        status: 'active',
        cost: 100 * i,
      })),
    });
    expectValid(card);
    const [chart] = elementsOf(card, 'Chart.VerticalBar');
    const bars = chart?.data as Array<{ x: string; y: number }>;
    expect(bars).toHaveLength(8);
    expect(bars.at(-1)?.x).toBe('Other');
    const rows = tableRowsOf(card);
    // 10 resources + header, then 3 subscriptions + header.
    expect(rows).toHaveLength(TOP_ROWS + 1 + 4);
    expect(rows[0]).toEqual(['Resource', 'Service', 'Subscription', 'Cost']);
    expect(rows.at(-1)).toEqual(['Azure plan 0', 'Active', '0.00 EUR']);
  });

  it('when nothing has been billed yet, then the card says so and has no chart', () => {
    const card = usageCostCard({
      title: 'Usage of Azure plan',
      period: { start: '2026-03-01', end: '2026-03-01', label: 'this month' },
      costs: [],
    });
    const check = expectValid(card);
    expect(check.unknownElements).toEqual([]);
    expect(textsOf(card)).toContain('No usage has been billed so far this month.');
  });
});

describe('usage metered card (Azure utilization)', () => {
  it('when 90 days of daily usage of 24 resources in 3 subscriptions are drawn, then the line chart has 3 series of 90 points, the fallback 13 weeks, the table the top 10, under 28 KB', () => {
    const usage = metered(ninetyDays, 24, 'daily', 60);
    const card = usageMeteredCard({
      title: 'Azure utilization of Woodgrove Bank',
      period: ninetyDays,
      usage,
      withSubscription: true,
    });
    const check = expectValid(card);
    expect(check.unknownElements).toHaveLength(1);
    expect(check.unknownElements[0]).toContain('Chart.Line');
    const [chart] = elementsOf(card, 'Chart.Line');
    const lines = chart?.data as Array<{ legend: string; values: Array<{ x: string; y: number }> }>;
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.values).toHaveLength(MAX_POINTS);
    expect(lines[0]?.values[0]).toEqual({
      x: '12-15',
      y: usage.resources[0]?.series.get('2025-12-15'),
    });
    const fallback = fallbackRows(card);
    expect(fallback[0]?.[0]).toBe('Week starting');
    expect(fallback).toHaveLength(13 + 1);
    expect(fallback.length).toBeLessThanOrEqual(FALLBACK_ROWS + 1);
    expect(fallback[1]?.[0]).toBe('wk 12-15');
    const rows = tableRowsOf(card);
    expect(rows).toHaveLength(TOP_ROWS + 1);
    expect(rows[0]).toEqual(['Resource', 'Service', 'Subscription', 'Quantity']);
    expect(textsOf(card)).toContain('Totals by resource (top 10 of 24)');
    expect(textsOf(card)).toContain(`Records: ${usage.records.toLocaleString('en-US')}`);
  });

  it('when 90 days of hourly usage are drawn, then the chart sums them per day (90 points) and stays under 28 KB', () => {
    const usage = metered(ninetyDays, 8, 'hourly');
    const card = usageMeteredCard({ title: 'Azure', period: ninetyDays, usage });
    expectValid(card);
    const [chart] = elementsOf(card, 'Chart.Line');
    const lines = chart?.data as Array<{ values: Array<{ x: string; y: number }> }>;
    expect(lines[0]?.values).toHaveLength(90);
    expect(textsOf(card)[1]).toBe('Hourly utilization, 2025-12-15 – 2026-03-14');
  });

  it('when two days are asked for hourly, then the chart has 48 hourly points and the fallback sums them per day', () => {
    const period = { start: '2026-03-13', end: '2026-03-14', label: '2026-03-13 – 2026-03-14' };
    const usage = metered(period, 2, 'hourly');
    const card = usageMeteredCard({ title: 'Azure', period, usage });
    expectValid(card);
    const [chart] = elementsOf(card, 'Chart.Line');
    const lines = chart?.data as Array<{ values: Array<{ x: string }> }>;
    expect(lines[0]?.values).toHaveLength(48);
    expect(lines[0]?.values[1]?.x).toBe('03-13 01:00');
    expect(fallbackRows(card).map((r) => r[0])).toEqual(['Day', '03-13', '03-14']);
  });

  it('when a period has no usage, then the card says Azure recorded none and draws no chart', () => {
    const card = usageMeteredCard({
      title: 'Azure',
      period: { start: '2026-03-01', end: '2026-03-01', label: '2026-03-01' },
      usage: { granularity: 'daily', resources: [], records: 0 },
    });
    const check = expectValid(card);
    expect(check.unknownElements).toEqual([]);
    expect(textsOf(card)).toContain('Azure recorded no usage for 2026-03-01.');
  });
});

describe('usage report card', () => {
  it('when a month is reported, then the facts sum it up and the table totals quantity per service and unit', () => {
    const period = { start: '2026-02-01', end: '2026-02-28', label: 'February 2026' };
    const usage = metered(period, 3);
    usage.resources[2]!.category = 'Storage';
    usage.resources[2]!.unit = '1 GB/Month';
    const card = usageReportCard({
      customer: contoso,
      period,
      usage,
      usageSubscriptions: 1,
      subscriptions: [{ id: 's1', name: 'Azure plan', cost: 12.345 }],
      currency: 'USD',
    });
    const check = expectValid(card);
    expect(check.unknownElements[0]).toContain('Chart.Line');
    const texts = textsOf(card);
    expect(texts[0]).toBe('Usage report: Contoso Ltd');
    expect(texts).toContain('Period: 2026-02-01 – 2026-02-28');
    expect(texts).toContain('Cost month to date: 12.35 USD');
    expect(texts).toContain('Resources metered: 3');
    expect(texts).toContain('Services: 2');
    const vm = usage.resources[0]!.quantity + usage.resources[1]!.quantity;
    const storage = usage.resources[2]!.quantity;
    expect(tableRowsOf(card)).toEqual([
      ['Service', 'Resources', 'Quantity'],
      [
        'Virtual Machines',
        '2',
        `${vm.toLocaleString('en-US', { maximumFractionDigits: 2 })} × 1 Hour`,
      ],
      [
        'Storage',
        '1',
        `${storage.toLocaleString('en-US', { maximumFractionDigits: 2 })} × 1 GB/Month`,
      ],
    ]);
  });
});

describe('usage not-ready notice', () => {
  it('when Partner Center asks to retry after 60 seconds, then the notice says when and offers "Try again"', () => {
    const card = usageNotReadyCard({
      what: 'the usage of Contoso Ltd for this month',
      retryAfterSeconds: 60,
      retryAt: '2026-03-15T12:01:00.000Z',
      retry: intentAction('Try again', 'usage.azure', { customer: 'c-1' }),
    });
    const check = expectValid(card);
    const texts = textsOf(card);
    expect(texts[0]).toBe('Usage data is not ready yet');
    expect(texts[1]).toBe(
      'Partner Center is still preparing the usage of Contoso Ltd for this month. Try again in 1 minute (after 12:01 UTC).',
    );
    expect(texts).toContain('Try again after: 2026-03-15 12:01 UTC');
    expect(check.actions.map((a) => a.title)).toEqual(['Try again']);
  });
});

describe('usage periods', () => {
  const now = new Date('2026-03-15T12:00:00Z');

  it('when no period is given, then it is this month so far, and utilization ends now', () => {
    const p = usagePeriod(undefined, now);
    expect(p).toMatchObject({
      start: '2026-03-01',
      end: '2026-03-15',
      currentMonth: true,
      monthToDate: true,
      label: 'this month (2026-03-01 – 2026-03-15)',
    });
    expect(p.from.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(p.to.toISOString()).toBe(now.toISOString());
  });

  it('when a past month is given, then utilization covers its last day and it is not the current month', () => {
    const p = usagePeriod({ start: '2026-02-01', end: '2026-02-28' }, now);
    expect(p.label).toBe('February 2026');
    expect(p.currentMonth).toBe(false);
    expect(p.to.toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('when a report is asked for part of a month, then it covers the whole month, cut at today', () => {
    expect(
      usagePeriod({ start: '2026-01-10', end: '2026-01-12' }, now, { month: true }),
    ).toMatchObject({
      start: '2026-01-01',
      end: '2026-01-31',
    });
    expect(
      usagePeriod({ start: '2026-03-05', end: '2026-03-31' }, now, { month: true }),
    ).toMatchObject({
      start: '2026-03-01',
      end: '2026-03-15',
      monthToDate: true,
    });
  });
});
