import type { Features } from '../features.js';
import { rule, type Rule } from './rule.js';

const AZURE_ONLY = new Set(['azure', 'microsoft']);
/** A subscription other than "Azure" itself ("Azure plan", "Microsoft 365 E3", a GUID). */
const subscriptionNamed = (f: Features): boolean =>
  f.products.some((p) => f.a.tokens.slice(p.start, p.end).some((t) => !AZURE_ONLY.has(t.lower))) ||
  f.guids.length > 0 ||
  (f.has('subscription') && f.a.tokens.some((t) => t.kind === 'quoted'));
const utilization = (f: Features): boolean => f.a.tokens.some((t) => /^utili[sz]/.test(t.lower));
const NOT_USAGE = 'license notify unnotify help';

export const USAGE_RULES: readonly Rule[] = [
  rule(
    'usage.report',
    { score: 0.9, all: 'report usage' },
    { score: 0.86, all: 'report', none: 'audit order referral user license role benefit' },
  ),
  rule(
    'usage.azure',
    {
      score: 0.9,
      all: 'usage',
      none: NOT_USAGE,
      when: (f) => Boolean(f.a.granularity) || utilization(f),
    },
    { score: 0.9, all: 'usage azure', none: NOT_USAGE, when: (f) => !subscriptionNamed(f) },
    { score: 0.85, any: 'azure usage', when: (f) => Boolean(f.a.granularity) },
    // "how much Azure did Contoso use last month?"
    {
      score: 0.88,
      all: 'howMany azure',
      none: `${NOT_USAGE} offer subscription`,
      when: (f) => f.a.tokens.some((t) => t.lower === 'much'),
    },
  ),
  rule(
    'usage.subscription',
    { score: 0.89, all: 'usage', none: NOT_USAGE, when: subscriptionNamed },
    { score: 0.75, all: 'usage subscription', none: `${NOT_USAGE} my` },
  ),
  rule('usage.customer', { score: 0.87, all: 'usage', none: `${NOT_USAGE} report benefit role` }),
];
