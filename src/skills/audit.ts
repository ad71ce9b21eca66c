import { executeAction, intentAction, openUrlAction, VERBS } from '../cards/views/actions.js';
import { auditListCard, formatWhen, SOURCE_LABEL } from '../cards/views/audit.js';
import type { Entities } from '../intents/index.js';
import { addDays, isoDay, periodText, resolveAuditPeriod } from './audit/audit-period.js';
import { readChanges } from './audit/audit-sources.js';
import type { CustomerSummary } from './customers/customer-directory.js';
import { withCustomer } from './customers/with-customer.js';
import { filePart, type ExportRegistry } from './exports.js';
import type { AreaSkills, Skill, SkillReply, SkillRequest } from './skill.js';

/** Rows per card: six verbose Table columns stay far under the 28 KB card limit. */
export const AUDIT_PAGE_SIZE = 20;
/** Rows read from each log for the card ("show more" pages through them). */
export const AUDIT_CARD_BOUND = 500;
/** Rows read from each log for "Download CSV". */
export const AUDIT_EXPORT_BOUND = 10_000;

const AUDIT_COLUMNS = [
  'When (UTC)',
  'Source',
  'Who',
  'What',
  'Customer',
  'Customer id',
  'Outcome',
  'Correlation id',
];

/**
 * audit.list: what changed in a period (default: the last 7 days), newest first, for every
 * customer or the one named. Merges the agent's own audit log with Partner Center's activity
 * log (90 days back); both are read up to a bound and paged here with an `offset:` token that
 * also pins the time of the first page, so later pages do not shift when new changes arrive.
 */
const listChanges: Skill = (request) =>
  request.entities.customer?.trim()
    ? withCustomer(request, 'show recent changes for Contoso Ltd', ({ customer, note }) =>
        changesPage(request, customer, note),
      )
    : changesPage(request, undefined, undefined);

async function changesPage(
  request: SkillRequest,
  customer: CustomerSummary | undefined,
  note: string | undefined,
): Promise<SkillReply> {
  const token = readToken(request.continuationToken);
  const asOf = token?.asOf ?? request.services.now();
  const { period, partnerCenter, clampNote } = resolveAuditPeriod(
    request.entities.period,
    request.services.now(),
  );
  const changes = await readChanges(request, {
    period,
    ...(partnerCenter ? { partnerCenter } : {}),
    ...(customer ? { customerId: customer.id } : {}),
    asOf,
    bound: AUDIT_CARD_BOUND,
  });
  const total = changes.rows.length;
  const offset = Math.min(token?.offset ?? 0, Math.max(0, total - 1));
  const shown = changes.rows.slice(offset, offset + AUDIT_PAGE_SIZE);
  const nextOffset = offset + shown.length;
  const hasMore = nextOffset < total;
  // Ids and the resolved period: "show more" and the CSV read the same list.
  const entities: Entities = { ...(customer ? { customer: customer.id } : {}), period };
  request.context.lastList = {
    intent: 'audit.list',
    entities,
    ...(hasMore ? { continuationToken: `offset:${nextOffset};asof:${asOf.toISOString()}` } : {}),
    page: Math.floor(offset / AUDIT_PAGE_SIZE) + 1,
  };
  const downloadUrl =
    total > AUDIT_PAGE_SIZE
      ? request.services.downloads.linkFor({
          intent: 'audit.list',
          entities,
          userId: request.user.aadObjectId ?? request.user.id,
          ...(request.role ? { role: request.role } : {}),
        })
      : undefined;
  const notes = [
    ...(note ? [note] : []),
    ...(clampNote ? [clampNote] : []),
    ...(changes.truncatedSince
      ? [
          `More than ${AUDIT_CARD_BOUND} changes: showing those since ${formatWhen(changes.truncatedSince)} UTC. Ask for a shorter period to see older ones.`,
        ]
      : []),
  ];
  const today = isoDay(request.services.now());
  const wider = { start: addDays(today, -29), end: today };
  const showsWider = period.start <= wider.start && period.end === today;
  return {
    cards: [
      auditListCard({
        ...(customer ? { customer: { id: customer.id, name: customer.name } } : {}),
        period,
        rows: shown,
        total,
        agentCount: changes.agentCount,
        partnerCenterCount: changes.partnerCenterCount,
        from: offset + 1,
        notes,
        ...(hasMore ? { moreAction: executeAction('Show more', VERBS.more, {}) } : {}),
        ...(downloadUrl ? { downloadAction: openUrlAction('Download CSV', downloadUrl) } : {}),
        actions: [
          ...(showsWider
            ? []
            : [
                intentAction('Last 30 days', 'audit.list', {
                  ...(customer ? { customer: customer.id } : {}),
                  period: wider,
                }),
              ]),
          ...(customer
            ? [intentAction('Customer details', 'customers.show', { customer: customer.id })]
            : []),
        ],
      }),
    ],
  };
}

/** `offset:20;asof:2026-03-15T12:00:00.000Z`; anything else starts from the top. */
function readToken(token: string | undefined): { offset: number; asOf: Date } | undefined {
  const match = token ? /^offset:(\d+);asof:(.+)$/.exec(token) : null;
  if (!match?.[1] || !match[2]) return undefined;
  const asOf = new Date(match[2]);
  return Number.isNaN(asOf.getTime()) ? undefined : { offset: Number(match[1]), asOf };
}

export const auditSkills: AreaSkills = { 'audit.list': listChanges };

/** "Download CSV" of audit.list: the same period and customer, both logs, newest first. */
export const auditExports: ExportRegistry = {
  'audit.list': async (request) => {
    const now = request.services.now();
    const { period, partnerCenter } = resolveAuditPeriod(request.entities.period, now);
    const customerId = request.entities.customer?.trim();
    const customer = customerId
      ? await request.services.customers.get(customerId, {
          correlationId: request.correlationId,
        })
      : undefined;
    const changes = await readChanges(request, {
      period,
      ...(partnerCenter ? { partnerCenter } : {}),
      ...(customer ? { customerId: customer.id } : {}),
      asOf: now,
      bound: AUDIT_EXPORT_BOUND,
    });
    return {
      filename: `changes-${customer ? `${filePart(customer.name)}-` : ''}${filePart(periodText(period))}`,
      columns: AUDIT_COLUMNS,
      rows: (async function* () {
        for (const r of changes.rows) {
          yield [
            r.when,
            SOURCE_LABEL[r.source],
            r.who,
            r.what,
            r.customer ?? '',
            r.customerId ?? '',
            r.outcome,
            r.correlationId ?? '',
          ];
        }
      })(),
    };
  },
};
