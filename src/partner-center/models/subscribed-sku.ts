/** Licenses a customer owns (`develop/get-a-list-of-available-licenses.md`). App+User only. */
import { z } from 'zod';
import { AttributesSchema, pcObject } from './common.js';

export const ServicePlanSchema = pcObject({
  id: z.string().optional(),
  displayName: z.string().optional(),
  serviceName: z.string().optional(),
  capabilityStatus: z.string().optional(),
  targetType: z.string().optional(),
});
export type ServicePlan = z.infer<typeof ServicePlanSchema>;

export const SubscribedSkuSchema = pcObject({
  availableUnits: z.number().optional(),
  activeUnits: z.number().optional(),
  consumedUnits: z.number().optional(),
  suspendedUnits: z.number().optional(),
  totalUnits: z.number().optional(),
  warningUnits: z.number().optional(),
  productSku: pcObject({
    id: z.string().optional(),
    name: z.string().optional(),
    skuPartNumber: z.string().optional(),
    targetType: z.string().optional(),
    licenseGroupId: z.string().optional(),
  }).optional(),
  servicePlans: z.array(ServicePlanSchema).optional(),
  capabilityStatus: z.string().optional(),
  attributes: AttributesSchema.optional(),
});
export type SubscribedSku = z.infer<typeof SubscribedSkuSchema>;
