/** Activity log entries (`develop/get-a-record-of-partner-center-activity-by-user.md`). */
import { z } from 'zod';
import { AttributesSchema, looseEnum, pcObject } from './common.js';

export const OPERATION_STATUSES = ['progress', 'succeeded', 'failed', 'decline'] as const;

export const AuditRecordSchema = pcObject({
  partnerId: z.string().optional(),
  customerId: z.string().optional(),
  customerName: z.string().optional(),
  userPrincipalName: z.string().optional(),
  applicationId: z.string().optional(),
  resourceType: z.string().optional(),
  /** JSON text of the resource before / after (PascalCase; may contain anything). */
  resourceOldValue: z.string().optional(),
  resourceNewValue: z.string().optional(),
  operationType: z.string().optional(),
  operationDate: z.string().optional(),
  operationStatus: looseEnum(OPERATION_STATUSES).optional(),
  sessionId: z.string().optional(),
  customizedData: z.array(pcObject({ key: z.string(), value: z.string().optional() })).optional(),
  attributes: AttributesSchema.optional(),
});
export type AuditRecord = z.infer<typeof AuditRecordSchema>;

/** Audit filter fields: `CompanyName` (substring), `CustomerId` and `ResourceType` (equals). */
export interface AuditRecordFilter {
  field: 'companyName' | 'customerId' | 'resourceType';
  value: string;
}
