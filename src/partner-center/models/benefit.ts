/**
 * Partner benefits. Partner Center documents NO benefits API (partner-center-api.md §5.10); this is
 * the shape the agent and the sandbox agree on, served only by a configured benefits endpoint.
 */
import { z } from 'zod';
import { AttributesSchema, looseEnum, pcObject } from './common.js';

export const BENEFIT_TYPES = ['VisualStudio', 'Azure', 'Dynamics', 'Support', 'Training'] as const;
export const BENEFIT_STATUSES = ['available', 'active', 'inactive', 'expired'] as const;

export const BenefitSchema = pcObject({
  id: z.string(),
  name: z.string().optional(),
  benefitType: looseEnum(BENEFIT_TYPES).optional(),
  status: looseEnum(BENEFIT_STATUSES).optional(),
  description: z.string().optional(),
  programName: z.string().optional(),
  quantity: z.number().optional(),
  unit: z.string().optional(),
  activationDate: z.string().optional(),
  expiryDate: z.string().optional(),
  attributes: AttributesSchema.optional(),
});
export type Benefit = z.infer<typeof BenefitSchema>;
