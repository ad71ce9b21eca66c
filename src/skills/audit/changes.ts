import type { AuditRecord } from '../../partner-center/index.js';
import type { AuditEntry } from '../../state/index.js';
import { HELP_AREAS } from '../help-catalog.js';
import { humanize } from '../../cards/views/format.js';

/**
 * One row of audit.list: an entry of the agent's own audit log or a record of Partner Center's
 * activity log, in the same shape so both sort and page together.
 */
export interface ChangeRow {
  /** ISO 8601 (UTC). */
  when: string;
  source: 'agent' | 'partnerCenter';
  who: string;
  /** The operation or intent, with a short summary of what it touched (never raw JSON). */
  what: string;
  customer?: string;
  customerId?: string;
  outcome: string;
  correlationId?: string;
}

/** Longest "what" text: a table cell, not a dump. */
const MAX_WHAT = 110;
/** Changed fields shown per row. */
const MAX_CHANGES = 3;

const INTENT_TITLES = new Map<string, string>(
  HELP_AREAS.flatMap((a) => a.capabilities.map((c) => [c.intent, c.title] as const)),
);

/** Partner Center operation statuses (`OPERATION_STATUSES`), in words. */
const PC_STATUS: Record<string, string> = {
  progress: 'In progress',
  succeeded: 'Succeeded',
  failed: 'Failed',
  decline: 'Declined',
};

export function fromAgentEntry(entry: AuditEntry): ChangeRow {
  const title = INTENT_TITLES.get(entry.intent) ?? humanize(entry.intent.split('.').pop());
  const changes = changedFields(asObject(entry.before), asObject(entry.after));
  return {
    when: entry.timestamp,
    source: 'agent',
    who: entry.userName ?? entry.userId,
    what: shorten(
      [
        title,
        entry.targetName || entry.target ? `: ${entry.targetName ?? entry.target}` : '',
        changes ? ` (${changes})` : '',
      ].join(''),
    ),
    ...(entry.customerName || entry.customerId
      ? { customer: entry.customerName ?? entry.customerId ?? '' }
      : {}),
    ...(entry.customerId ? { customerId: entry.customerId } : {}),
    outcome: humanize(entry.outcome),
    ...(entry.correlationId ? { correlationId: entry.correlationId } : {}),
  };
}

export function fromPartnerCenterRecord(record: AuditRecord): ChangeRow {
  const before = parseResource(record.resourceOldValue);
  const after = parseResource(record.resourceNewValue);
  const data = new Map((record.customizedData ?? []).map((d) => [d.key, d.value ?? '']));
  const subject = subjectOf(after ?? before, data);
  const details =
    changedFields(before, after) || lineItemsOf(after) || customizedSummary(data, subject);
  const operation = humanize(record.operationType ?? record.resourceType) || 'Change';
  return {
    when: record.operationDate ?? '',
    source: 'partnerCenter',
    who: record.userPrincipalName ?? record.applicationId ?? '',
    what: shorten(
      [operation, subject ? `: ${subject}` : '', details ? ` (${details})` : ''].join(''),
    ),
    ...(record.customerName || record.customerId
      ? { customer: record.customerName ?? record.customerId ?? '' }
      : {}),
    ...(record.customerId ? { customerId: record.customerId } : {}),
    outcome: record.operationStatus
      ? (PC_STATUS[record.operationStatus] ?? humanize(record.operationStatus))
      : '',
  };
}

type Json = Record<string, unknown>;

function asObject(value: unknown): Json | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

/** Partner Center's old / new value is JSON text (PascalCase keys); anything else is ignored. */
function parseResource(text: string | undefined): Json | undefined {
  if (!text) return undefined;
  try {
    return asObject(JSON.parse(text));
  } catch {
    return undefined;
  }
}

const NAME_KEYS = [
  'friendlyName',
  'offerName',
  'displayName',
  'userPrincipalName',
  'companyName',
  'name',
];
const DATA_NAME_KEYS = [
  'UserPrincipalName',
  'SubscriptionName-0',
  'RoleName',
  'BenefitName',
  'CustomerName',
  'Domain',
];

/** What the record is about, by name: the subscription, user, role, benefit ... */
function subjectOf(resource: Json | undefined, data: Map<string, string>): string {
  for (const key of NAME_KEYS) {
    const value = field(resource, key);
    if (typeof value === 'string' && value) return value;
  }
  for (const key of DATA_NAME_KEYS) {
    const value = data.get(key);
    if (value) return value;
  }
  return '';
}

/** A key regardless of case (Partner Center's values are PascalCase, the agent's camelCase). */
function field(resource: Json | undefined, key: string): unknown {
  if (!resource) return undefined;
  const lower = key.toLowerCase();
  const found = Object.keys(resource).find((k) => k.toLowerCase() === lower);
  return found === undefined ? undefined : resource[found];
}

const IGNORED_FIELD = /etag|modified|^links$|^attributes$/i;

/** `Quantity 10 → 12, Status active → suspended`: the top-level scalar fields that differ. */
export function changedFields(before: Json | undefined, after: Json | undefined): string {
  if (!before || !after) return '';
  const changes: string[] = [];
  for (const key of Object.keys(after)) {
    if (IGNORED_FIELD.test(key)) continue;
    const was = field(before, key);
    const now = after[key];
    if (!isScalar(was) || !isScalar(now) || was === now) continue;
    changes.push(`${humanize(key)} ${scalarText(was)} → ${scalarText(now)}`);
  }
  const shown = changes.slice(0, MAX_CHANGES).join(', ');
  return changes.length > MAX_CHANGES ? `${shown}, +${changes.length - MAX_CHANGES} more` : shown;
}

/** An order's line items: `Power BI Pro × 10`. */
function lineItemsOf(resource: Json | undefined): string {
  const items = field(resource, 'lineItems');
  if (!Array.isArray(items)) return '';
  const texts = items.flatMap((item) => {
    const o = asObject(item);
    const name = field(o, 'friendlyName') ?? field(o, 'offerId');
    const quantity = field(o, 'quantity');
    if (typeof name !== 'string') return [];
    return [typeof quantity === 'number' ? `${name} × ${quantity}` : name];
  });
  const shown = texts.slice(0, 2).join(', ');
  return texts.length > 2 ? `${shown}, +${texts.length - 2} more` : shown;
}

/** Partner Center's key/value extras without the ids: `Status: suspended`. */
function customizedSummary(data: Map<string, string>, subject: string): string {
  const parts: string[] = [];
  for (const [key, value] of data) {
    if (!value || value === subject || /id(-\d+)?$/i.test(key) || DATA_NAME_KEYS.includes(key))
      continue;
    parts.push(`${humanize(key)}: ${value}`);
  }
  return parts.slice(0, MAX_CHANGES).join(', ');
}

function isScalar(value: unknown): value is string | number | boolean | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function scalarText(value: string | number | boolean | null): string {
  if (value === null || value === '') return '(none)';
  const text = String(value);
  return text.length > 30 ? `${text.slice(0, 29)}…` : text;
}

function shorten(text: string): string {
  return text.length > MAX_WHAT ? `${text.slice(0, MAX_WHAT - 1)}…` : text;
}

/** Newest first; rows of the same instant keep their source order (agent first). */
export function newestFirst(rows: ChangeRow[]): ChangeRow[] {
  return rows
    .map((row, i) => ({ row, i, t: Date.parse(row.when) || 0 }))
    .sort((a, b) => b.t - a.t || a.i - b.i)
    .map((x) => x.row);
}
