import type { AuditRecordData } from './models.js';
import type { SandboxStore } from './store/store.js';

/**
 * The activity log every write goes through. Records follow auditrecords.json: the resource's
 * new (and old) value is serialized with PascalCase keys, as the real service does.
 */
export interface AuditInput {
  customer?: { id: string; companyName: string };
  resourceType: string;
  operationType: string;
  oldValue?: unknown;
  newValue?: unknown;
  customizedData?: Record<string, string | null>;
  at: Date;
  userPrincipalName?: string;
}

/** Who the sandbox says made a change: the partner's admin agent. */
export const SANDBOX_OPERATOR = 'admin@treyresearch.onmicrosoft.com';

export function toAuditRecord(partnerId: string, input: AuditInput): AuditRecordData {
  return {
    partnerId,
    ...(input.customer
      ? { customerId: input.customer.id, customerName: input.customer.companyName }
      : {}),
    userPrincipalName: input.userPrincipalName ?? SANDBOX_OPERATOR,
    applicationId: 'Partner Center Sandbox',
    resourceType: input.resourceType,
    ...(input.oldValue === undefined ? {} : { resourceOldValue: pascalJson(input.oldValue) }),
    ...(input.newValue === undefined ? {} : { resourceNewValue: pascalJson(input.newValue) }),
    operationType: input.operationType,
    operationDate: input.at.toISOString(),
    operationStatus: 'succeeded',
    customizedData: Object.entries(input.customizedData ?? {}).map(([key, value]) => ({
      key,
      value,
    })),
  };
}

/** JSON text with PascalCase keys (`{"Id":…,"Attributes":{"ObjectType":…}}`). */
export function pascalJson(value: unknown): string {
  return JSON.stringify(pascalKeys(value));
}

function pascalKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pascalKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k.charAt(0).toUpperCase() + k.slice(1)] = pascalKeys(v);
    }
    return out;
  }
  return value;
}

export interface AuditLog {
  /** Appends an audit record and counts one write of `kind` (e.g. `subscription.update`). */
  write(kind: string, input: AuditInput): void;
}

export function createAuditLog(
  store: SandboxStore,
  partnerId: () => string,
  countWrite: (kind: string) => void,
): AuditLog {
  return {
    write(kind, input) {
      store.audit.append(toAuditRecord(partnerId(), input));
      countWrite(kind);
    },
  };
}
