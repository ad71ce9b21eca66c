import { describe, expect, it } from 'vitest';
import { MAX_CARD_BYTES } from '../../../../src/cards/render.js';
import {
  executeAction,
  intentAction,
  openUrlAction,
  VERBS,
} from '../../../../src/cards/views/actions.js';
import { auditListCard, formatWhen, type AuditRowView } from '../../../../src/cards/views/audit.js';
import type { AuditRecord } from '../../../../src/partner-center/index.js';
import {
  fromAgentEntry,
  fromPartnerCenterRecord,
  newestFirst,
} from '../../../../src/skills/audit/changes.js';
import { resolveAuditPeriod } from '../../../../src/skills/audit/audit-period.js';
import { actionsOf, tableRowsOf, textsOf } from '../../../helpers/agent.js';
import { validateCard } from '../../../helpers/validate-card.js';

const row = (over: Partial<AuditRowView> = {}): AuditRowView => ({
  when: '2026-03-15T09:00:12.345Z',
  source: 'agent',
  who: 'Megan Bowen',
  what: 'Change seats: Office 365 E1 (Quantity 10 → 12)',
  customer: 'Contoso Ltd',
  outcome: 'Succeeded',
  ...over,
});

const week = { start: '2026-03-09', end: '2026-03-15' };

describe('the audit list card', () => {
  it('when changes of every customer are drawn, then each row reads when, who, what, customer, outcome and source', () => {
    const card = auditListCard({
      period: week,
      rows: [
        row(),
        row({
          when: '2026-03-13T08:06:19.000Z',
          source: 'partnerCenter',
          who: 'admin@treyresearch.onmicrosoft.com',
          what: 'Create order (Power BI Pro × 10)',
          customer: 'Fabrikam Inc',
        }),
        row({ customer: undefined, outcome: 'Denied' }),
      ],
      total: 3,
      agentCount: 2,
      partnerCenterCount: 1,
      from: 1,
    });
    expect(validateCard(card).errors).toEqual([]);
    expect(tableRowsOf(card)).toEqual([
      ['When (UTC)', 'Who', 'What', 'Customer', 'Outcome', 'Source'],
      [
        '2026-03-15 09:00',
        'Megan Bowen',
        'Change seats: Office 365 E1 (Quantity 10 → 12)',
        'Contoso Ltd',
        'Succeeded',
        'Agent',
      ],
      [
        '2026-03-13 08:06',
        'admin@treyresearch.onmicrosoft.com',
        'Create order (Power BI Pro × 10)',
        'Fabrikam Inc',
        'Succeeded',
        'Partner Center',
      ],
      // A change of the partner itself (no customer) shows a dash.
      [
        '2026-03-15 09:00',
        'Megan Bowen',
        'Change seats: Office 365 E1 (Quantity 10 → 12)',
        '—',
        'Denied',
        'Agent',
      ],
    ]);
    const texts = textsOf(card);
    expect(texts[0]).toBe('Recent changes');
    expect(texts[1]).toBe(
      '3 changes from 2026-03-09 to 2026-03-15: 2 through the agent, 1 in Partner Center',
    );
  });

  it("when the list is one customer's, then the title names it and its column is left out", () => {
    const card = auditListCard({
      customer: { id: 'c-1', name: 'Contoso Ltd' },
      period: { start: '2026-03-15', end: '2026-03-15' },
      rows: [row()],
      total: 1,
      agentCount: 1,
      partnerCenterCount: 0,
      from: 1,
      notes: ['No customer is called "Contso"; showing the closest match.'],
      actions: [intentAction('Customer details', 'customers.show', { customer: 'c-1' })],
    });
    expect(validateCard(card).errors).toEqual([]);
    expect(tableRowsOf(card)[0]).toEqual(['When (UTC)', 'Who', 'What', 'Outcome', 'Source']);
    const texts = textsOf(card);
    expect(texts.slice(0, 3)).toEqual([
      'Changes at Contoso Ltd',
      '1 change on 2026-03-15: 1 through the agent, 0 in Partner Center',
      'No customer is called "Contso"; showing the closest match.',
    ]);
    expect(actionsOf(card).map((a) => a.title)).toEqual(['Customer details']);
  });

  it('when nothing changed, then the card says so and has no table', () => {
    const card = auditListCard({
      customer: { id: 'c-1', name: 'Contoso Ltd' },
      period: week,
      rows: [],
      total: 0,
      agentCount: 0,
      partnerCenterCount: 0,
      from: 1,
    });
    expect(validateCard(card).errors).toEqual([]);
    expect(tableRowsOf(card)).toEqual([]);
    expect(textsOf(card)).toEqual([
      'Changes at Contoso Ltd',
      'No changes from 2026-03-09 to 2026-03-15',
      "Nothing changed at Contoso Ltd from 2026-03-09 to 2026-03-15, in the agent's log or in Partner Center.",
    ]);
  });

  it('when a full page of the longest rows is drawn with paging, then it stays valid, under 28 KB, with no template left', () => {
    const long = 'x'.repeat(200);
    const card = auditListCard({
      period: week,
      rows: Array.from({ length: 20 }, (_, i) =>
        row({
          who: `someone.with.a.very.long.name.${i}@a-partner-with-a-long-domain.onmicrosoft.com`,
          what: long.slice(0, 110),
          customer: 'A Customer With A Rather Long Company Name Incorporated',
          source: i % 2 ? 'agent' : 'partnerCenter',
        }),
      ),
      total: 500,
      agentCount: 250,
      partnerCenterCount: 250,
      from: 21,
      notes: [
        'Partner Center keeps its activity log for 90 days: its records start on 2025-12-16.',
        'More than 500 changes: showing those since 2026-03-01 10:00 UTC. Ask for a shorter period to see older ones.',
      ],
      moreAction: executeAction('Show more', VERBS.more, {}),
      downloadAction: openUrlAction('Download CSV', `https://agent.example/dl?t=${long}`),
      actions: [intentAction('Last 30 days', 'audit.list', { period: week })],
    });
    const result = validateCard(card);
    expect(result.errors).toEqual([]);
    expect(result.bytes).toBeLessThan(MAX_CARD_BYTES);
    expect(JSON.stringify(card)).not.toContain('${');
    expect(textsOf(card)[1]).toBe(
      '500 changes from 2026-03-09 to 2026-03-15: 250 through the agent, 250 in Partner Center · showing 21–40',
    );
    expect(actionsOf(card).map((a) => a.title)).toEqual([
      'Show more',
      'Download CSV',
      'Last 30 days',
    ]);
  });

  it('when a time is not ISO, then it is shown as given rather than crashing', () => {
    expect(formatWhen('2026-03-15T09:00:59Z')).toBe('2026-03-15 09:00');
    expect(formatWhen('March 15')).toBe('March 15');
    expect(formatWhen('')).toBe('');
  });
});

const record = (over: Partial<AuditRecord> = {}): AuditRecord =>
  ({
    customerId: 'c-1',
    customerName: 'Contoso Ltd',
    userPrincipalName: 'admin@treyresearch.onmicrosoft.com',
    resourceType: 'subscription',
    operationType: 'update_subscription',
    operationDate: '2026-03-15T12:00:00.000Z',
    operationStatus: 'succeeded',
    customizedData: [],
    ...over,
  }) as AuditRecord;

describe('audit rows from both logs', () => {
  it('when Partner Center records an update with old and new values, then only the changed fields are named, never the JSON', () => {
    const resource = (quantity: number, status: string) =>
      JSON.stringify({
        Id: 's-1',
        FriendlyName: 'Office 365 E1',
        Quantity: quantity,
        Status: status,
        Attributes: { Etag: `e-${quantity}`, ObjectType: 'Subscription' },
        Links: { Self: { Uri: '/v1/customers/c-1/subscriptions/s-1' } },
      });
    const r = fromPartnerCenterRecord(
      record({
        resourceOldValue: resource(10, 'active'),
        resourceNewValue: resource(12, 'suspended'),
      }),
    );
    expect(r).toEqual({
      when: '2026-03-15T12:00:00.000Z',
      source: 'partnerCenter',
      who: 'admin@treyresearch.onmicrosoft.com',
      what: 'Update subscription: Office 365 E1 (Quantity 10 → 12, Status active → suspended)',
      customer: 'Contoso Ltd',
      customerId: 'c-1',
      outcome: 'Succeeded',
    });
  });

  it('when Partner Center records an order, a deleted user or an unknown operation, then the row says what in a few words', () => {
    const order = fromPartnerCenterRecord(
      record({
        resourceType: 'order',
        operationType: 'create_order',
        resourceNewValue: JSON.stringify({
          LineItems: [
            { FriendlyName: 'Power BI Pro', Quantity: 10 },
            { FriendlyName: 'Teams Essentials', Quantity: 2 },
            { FriendlyName: 'Visio Plan 2', Quantity: 1 },
          ],
        }),
      }),
    );
    expect(order.what).toBe('Create order (Power BI Pro × 10, Teams Essentials × 2, +1 more)');
    const deleted = fromPartnerCenterRecord(
      record({
        resourceType: 'customerUser',
        operationType: 'delete_customer_user',
        customizedData: [
          { key: 'CustomerUserId', value: 'u-1' },
          { key: 'UserPrincipalName', value: 'jane@contoso.onmicrosoft.com' },
        ],
      }),
    );
    expect(deleted.what).toBe('Delete customer user: jane@contoso.onmicrosoft.com');
    const suspended = fromPartnerCenterRecord(
      record({
        resourceNewValue: JSON.stringify({ FriendlyName: 'Teams Essentials' }),
        customizedData: [
          { key: 'SubscriptionId', value: 's-1' },
          { key: 'Status', value: 'suspended' },
        ],
      }),
    );
    expect(suspended.what).toBe('Update subscription: Teams Essentials (Status: suspended)');
    const odd = fromPartnerCenterRecord(
      record({
        customerId: undefined,
        customerName: undefined,
        operationType: 'someNewOperation',
        operationStatus: 'decline',
        resourceNewValue: '{not json',
        resourceOldValue: JSON.stringify({ Huge: 'y'.repeat(5000) }),
      }),
    );
    expect(odd).toMatchObject({ what: 'Some new operation', outcome: 'Declined' });
    expect(odd.customer).toBeUndefined();
    const long = fromPartnerCenterRecord(
      record({ resourceNewValue: JSON.stringify({ FriendlyName: 'z'.repeat(500) }) }),
    );
    expect(long.what.length).toBeLessThanOrEqual(110);
  });

  it("when the agent's log has an entry, then the intent is named as the help card names it, with its target and outcome", () => {
    const r = fromAgentEntry({
      id: 'a-1',
      timestamp: '2026-03-15T09:00:00.000Z',
      userId: 'aad-megan',
      userName: 'Megan Bowen',
      intent: 'subscriptions.suspend',
      outcome: 'cancelled',
      customerId: 'c-1',
      customerName: 'Contoso Ltd',
      target: 'Teams Essentials',
      correlationId: 'corr-1',
    });
    expect(r).toEqual({
      when: '2026-03-15T09:00:00.000Z',
      source: 'agent',
      who: 'Megan Bowen',
      what: 'Suspend: Teams Essentials',
      customer: 'Contoso Ltd',
      customerId: 'c-1',
      outcome: 'Cancelled',
      correlationId: 'corr-1',
    });
    const unknown = fromAgentEntry({
      id: 'a-2',
      timestamp: '2026-03-15T09:00:00.000Z',
      userId: 'aad-megan',
      intent: 'future.doSomething',
      outcome: 'denied',
    });
    expect(unknown).toMatchObject({ who: 'aad-megan', what: 'Do something', outcome: 'Denied' });
  });

  it('when rows of both logs are merged, then the newest comes first', () => {
    const at = (when: string, source: 'agent' | 'partnerCenter') => ({ ...row({ when, source }) });
    expect(
      newestFirst([
        at('2026-03-14T10:00:00Z', 'agent'),
        at('2026-03-15T08:00:00Z', 'partnerCenter'),
        at('2026-03-15T09:00:00Z', 'agent'),
      ]).map((r) => r.when),
    ).toEqual(['2026-03-15T09:00:00Z', '2026-03-15T08:00:00Z', '2026-03-14T10:00:00Z']);
  });
});

describe('the audit period', () => {
  const now = new Date('2026-03-15T12:00:00Z');

  it('when no period is given, then it is the last 7 days ending today, all of it in Partner Center', () => {
    expect(resolveAuditPeriod(undefined, now)).toEqual({ period: week, partnerCenter: week });
  });

  it("when the period starts before Partner Center's 90 days, then Partner Center is asked from its oldest day and a note says so", () => {
    expect(resolveAuditPeriod({ start: '2025-11-01', end: '2026-04-30' }, now)).toEqual({
      period: { start: '2025-11-01', end: '2026-03-15' },
      partnerCenter: { start: '2025-12-16', end: '2026-03-15' },
      clampNote:
        'Partner Center keeps its activity log for 90 days: its records start on 2025-12-16.',
    });
    expect(resolveAuditPeriod({ start: '2025-10-01', end: '2025-10-31' }, now)).toEqual({
      period: { start: '2025-10-01', end: '2025-10-31' },
      clampNote:
        "Partner Center keeps its activity log for 90 days (since 2025-12-16), so this period shows only the agent's own log.",
    });
  });
});
