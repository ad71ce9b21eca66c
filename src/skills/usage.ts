import { chooseCard } from '../cards/views/choose.js';
import { intentAction, type CardAction } from '../cards/views/actions.js';
import { formatDate } from '../cards/views/format.js';
import { noticeCard } from '../cards/views/notice.js';
import { subscriptionName } from '../cards/views/subscriptions.js';
import {
  noUsageSubscriptionsCard,
  usageActions,
  usageCostCard,
  usageMeteredCard,
  usageNotReadyCard,
  usageReportCard,
} from '../cards/views/usage.js';
import {
  hasErrorCode,
  type PartnerCenterError,
  type Subscription,
} from '../partner-center/index.js';
import type { CustomerSummary } from './customers/customer-directory.js';
import { withCustomer } from './customers/with-customer.js';
import type { AreaSkills, Skill, SkillReply, SkillRequest } from './skill.js';
import { usagePeriod, type UsagePeriod } from './usage/period.js';
import { resolveSubscription } from './usage/resolve-subscription.js';
import {
  allResourceCosts,
  isUsageBased,
  listAllSubscriptions,
  meteredUsage,
  resourceCosts,
  subscriptionCosts,
  usageSubscriptionsOf,
} from './usage/usage-data.js';

/** Partner Center's costs are month to date; any other period is read as Azure quantities. */
const PAST_PERIOD_NOTE = (label: string) =>
  `Partner Center gives costs for the current month only: these are the quantities Azure metered in ${label}.`;

/**
 * usage.customer: this month's cost of the customer's usage-based subscriptions (total, by
 * service, top resources, by subscription); for a past period, Azure's metered quantities.
 */
const customerUsage: Skill = (request) =>
  withCustomer(request, 'usage for Contoso Ltd last month', ({ customer, note }) =>
    orNotReady(request, customer, async (period) => {
      const subscriptions = usageSubscriptionsOf(await listAllSubscriptions(request, customer.id));
      if (subscriptions.length === 0) return reply(noUsageSubscriptionsCard(customer));
      const title = `Usage of ${customer.name}`;
      const actions = usageActions(customer, 'usage.customer');
      if (period.currentMonth) {
        const names = new Map(subscriptions.map((s) => [s.id, subscriptionName(s)]));
        const billed = await subscriptionCosts(request, customer.id, names);
        const resources = await allResourceCosts(request, customer.id, subscriptions);
        const currency = billed.currency ?? resources.currency;
        return reply(
          usageCostCard({
            title,
            period: monthToDate(request),
            ...(currency ? { currency } : {}),
            costs: resources.costs,
            subscriptions: billed.subscriptions,
            ...notes(note, monthToDateNote(period)),
            actions,
          }),
        );
      }
      const usage = await meteredUsage(request, customer.id, subscriptions, period, 'daily');
      return reply(
        usageMeteredCard({
          title,
          period,
          usage,
          withSubscription: subscriptions.length > 1,
          ...notes(note, PAST_PERIOD_NOTE(period.label)),
          actions,
        }),
      );
    }),
  );

/** usage.subscription: one subscription's usage (by name or id); it becomes the context. */
const subscriptionUsage: Skill = (request) =>
  withCustomer(request, "usage of Contoso Ltd's Azure plan", ({ customer, note }) =>
    orNotReady(request, customer, async (period) => {
      const all = await listAllSubscriptions(request, customer.id);
      const picked = pickSubscription(request, customer, all);
      if ('cards' in picked) return picked;
      const s = picked.subscription;
      const name = subscriptionName(s);
      request.context.subscription = { id: s.id, name, customerId: customer.id };
      if (!isUsageBased(s)) return reply(notUsageBasedCard(customer, s, all));
      const title = `Usage of ${name}`;
      const actions = usageActions(customer, 'usage.subscription', { id: s.id, name });
      const of = `Subscription of ${customer.name}.`;
      if (period.currentMonth) {
        const resources = await resourceCosts(request, customer.id, s);
        return reply(
          usageCostCard({
            title,
            period: monthToDate(request),
            ...(resources.currency ? { currency: resources.currency } : {}),
            costs: resources.costs,
            ...notes(note, of, monthToDateNote(period)),
            actions,
          }),
        );
      }
      const usage = await meteredUsage(request, customer.id, [s], period, 'daily');
      const started = formatDate(s.effectiveStartDate ?? s.creationDate);
      const notYet =
        usage.records === 0 && started > period.end ? `It started on ${started}.` : undefined;
      return reply(
        usageMeteredCard({
          title,
          period,
          usage,
          ...notes(note, of, notYet ?? PAST_PERIOD_NOTE(period.label)),
          actions,
        }),
      );
    }),
  );

/** usage.azure: Azure utilization records, daily or hourly, of one or every Azure subscription. */
const azureUsage: Skill = (request) =>
  withCustomer(
    request,
    'daily Azure utilization for Fabrikam Inc this month',
    ({ customer, note }) =>
      orNotReady(request, customer, async (period) => {
        const granularity = request.entities.granularity ?? 'daily';
        const all = await listAllSubscriptions(request, customer.id);
        let subscriptions = usageSubscriptionsOf(all);
        if (request.entities.subscription) {
          const picked = pickSubscription(request, customer, all);
          if ('cards' in picked) return picked;
          const s = picked.subscription;
          request.context.subscription = {
            id: s.id,
            name: subscriptionName(s),
            customerId: customer.id,
          };
          if (!isUsageBased(s)) return reply(notUsageBasedCard(customer, s, all));
          subscriptions = [s];
        }
        if (subscriptions.length === 0) return reply(noUsageSubscriptionsCard(customer));
        const only = subscriptions.length === 1 ? subscriptions[0] : undefined;
        const usage = await meteredUsage(request, customer.id, subscriptions, period, granularity);
        return reply(
          usageMeteredCard({
            title: `Azure utilization of ${customer.name}`,
            period,
            usage,
            withSubscription: subscriptions.length > 1,
            ...notes(note, only ? `Subscription: ${subscriptionName(only)}.` : undefined),
            actions: usageActions(
              customer,
              'usage.azure',
              only ? { id: only.id, name: subscriptionName(only) } : undefined,
            ),
          }),
        );
      }),
  );

/** usage.report: a month at a glance (this month by default; a period means its month). */
const usageReport: Skill = (request) =>
  withCustomer(request, 'monthly usage report for Contoso Ltd', ({ customer, note }) =>
    orNotReady(
      request,
      customer,
      async (period) => {
        const subscriptions = usageSubscriptionsOf(
          await listAllSubscriptions(request, customer.id),
        );
        if (subscriptions.length === 0) return reply(noUsageSubscriptionsCard(customer));
        const usage = await meteredUsage(request, customer.id, subscriptions, period, 'daily');
        const names = new Map(subscriptions.map((s) => [s.id, subscriptionName(s)]));
        const billed = period.currentMonth
          ? await subscriptionCosts(request, customer.id, names)
          : undefined;
        // subscriptions/usagerecords may carry a locale only: the resource records name the currency.
        const currency =
          billed &&
          (billed.currency ??
            (await allResourceCosts(request, customer.id, subscriptions)).currency);
        return reply(
          usageReportCard({
            customer,
            period,
            usage,
            usageSubscriptions: subscriptions.length,
            ...(billed ? { subscriptions: billed.subscriptions } : {}),
            ...(currency ? { currency } : {}),
            ...notes(note, billed ? undefined : 'Costs are given for the current month only.'),
            actions: usageActions(customer, 'usage.report'),
          }),
        );
      },
      { month: true },
    ),
  );

export const usageSkills: AreaSkills = {
  'usage.customer': customerUsage,
  'usage.subscription': subscriptionUsage,
  'usage.azure': azureUsage,
  'usage.report': usageReport,
};

// ---------------------------------------------------------------------------------------------

const reply = (...cards: SkillReply['cards']): SkillReply => ({ cards });

function notes(...parts: Array<string | undefined>): { note?: string } {
  const text = parts.filter(Boolean).join(' ');
  return text ? { note: text } : {};
}

/** The period Partner Center's month-to-date costs cover: the 1st of this month to today. */
function monthToDate(request: SkillRequest): UsagePeriod {
  return usagePeriod(undefined, request.services.now());
}

function monthToDateNote(period: UsagePeriod): string | undefined {
  return period.monthToDate
    ? undefined
    : `Partner Center gives costs for the month so far, so this covers the whole month to date, not only ${period.label}.`;
}

/**
 * Runs `run` for the period asked for. When Partner Center answers 204 + Retry-After (the data
 * is being prepared; the client throws PC_DATA_NOT_READY with `retryAfterInMs`), the answer is a
 * notice that says when to try again, with a button that asks again: not an error.
 */
async function orNotReady(
  request: SkillRequest,
  customer: CustomerSummary,
  run: (period: UsagePeriod) => Promise<SkillReply>,
  options: { month?: boolean } = {},
): Promise<SkillReply> {
  const now = request.services.now();
  const period = usagePeriod(request.entities.period, now, options);
  try {
    return await run(period);
  } catch (err) {
    if (!hasErrorCode(err, 'PC_DATA_NOT_READY')) throw err;
    const seconds = Math.max(
      1,
      Math.ceil(((err as PartnerCenterError).retryAfterInMs ?? 60_000) / 1000),
    );
    const entities = { ...request.entities, customer: customer.id };
    return reply(
      usageNotReadyCard({
        what: `the usage of ${customer.name} for ${period.label}`,
        retryAfterSeconds: seconds,
        retryAt: new Date(now.getTime() + seconds * 1000).toISOString(),
        retry: intentAction('Try again', request.intent, entities),
      }),
    );
  }
}

/** The subscription the request names (or the context's), or a card that asks which one. */
function pickSubscription(
  request: SkillRequest,
  customer: CustomerSummary,
  all: Subscription[],
): { subscription: Subscription } | SkillReply {
  const contextId =
    request.context.subscription?.customerId === customer.id
      ? request.context.subscription.id
      : undefined;
  const named = request.entities.subscription;
  const found = resolveSubscription(all, named, contextId);
  const entities = { ...request.entities, customer: customer.id };
  const button = (s: Subscription): CardAction =>
    intentAction(subscriptionName(s), request.intent, { ...entities, subscription: s.id });
  switch (found.kind) {
    case 'found':
      return { subscription: found.subscription };
    case 'choose':
      return reply(
        chooseCard({
          title: 'Which subscription?',
          message: named
            ? `Several subscriptions of ${customer.name} match "${named}".`
            : `${customer.name} has several usage-based subscriptions.`,
          choices: found.choices.slice(0, 10).map(button),
        }),
      );
    case 'none':
      if (!named && found.candidates.length === 0) return reply(noUsageSubscriptionsCard(customer));
      return reply(
        noticeCard({
          title: 'No such subscription',
          message: `${customer.name} has no subscription called "${named ?? ''}".${found.candidates.length ? ' Its usage-based subscriptions:' : ''}`,
          tone: 'warning',
          actions: [
            ...found.candidates.slice(0, 5).map(button),
            intentAction('Subscriptions', 'subscriptions.list', { customer: customer.id }),
          ],
        }),
      );
  }
}

function notUsageBasedCard(customer: CustomerSummary, s: Subscription, all: Subscription[]) {
  const usage = usageSubscriptionsOf(all);
  return noticeCard({
    title: `${subscriptionName(s)} has no usage`,
    message: `It is billed per licence, not on usage, so Partner Center keeps no usage records for it.${usage.length ? ` ${customer.name}'s usage-based subscriptions are below.` : ''}`,
    actions: [
      ...usage.slice(0, 5).map((u) =>
        intentAction(subscriptionName(u), 'usage.subscription', {
          customer: customer.id,
          subscription: u.id,
        }),
      ),
      intentAction('Subscriptions', 'subscriptions.list', { customer: customer.id }),
    ],
  });
}
