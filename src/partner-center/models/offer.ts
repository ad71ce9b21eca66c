/** Legacy offer catalog (`develop/offer-resources.md`). */
import { z } from 'zod';
import { AttributesSchema, LinkSchema, looseEnum, pcObject } from './common.js';

export const OfferCategorySchema = pcObject({
  id: z.string(),
  name: z.string().optional(),
  rank: z.number().optional(),
  locale: z.string().optional(),
  country: z.string().optional(),
  attributes: AttributesSchema.optional(),
});
export type OfferCategory = z.infer<typeof OfferCategorySchema>;

export const OFFER_BILLING = ['none', 'license', 'usage'] as const;

export const OfferSchema = pcObject({
  id: z.string(),
  name: z.string().optional(),
  description: z.string().optional(),
  minimumQuantity: z.number().optional(),
  maximumQuantity: z.number().optional(),
  rank: z.number().optional(),
  uri: z.string().optional(),
  locale: z.string().optional(),
  country: z.string().optional(),
  category: OfferCategorySchema.optional(),
  prerequisiteOffers: z.array(z.string()).optional(),
  isAddOn: z.boolean().optional(),
  hasAddOns: z.boolean().optional(),
  isAvailableForPurchase: z.boolean().optional(),
  billing: looseEnum(OFFER_BILLING).optional(),
  supportedBillingCycles: z.array(z.string()).optional(),
  isAutoRenewable: z.boolean().optional(),
  isInternal: z.boolean().optional(),
  isMicrosoftProduct: z.boolean().optional(),
  isTrial: z.boolean().optional(),
  conversionTargetOffers: z.array(z.string()).optional(),
  reselleeQualifications: z.array(z.string()).optional(),
  resellerQualifications: z.array(z.string()).optional(),
  salesGroupId: z.string().optional(),
  acquisitionType: z.string().optional(),
  supportedCatalogTypes: z.array(z.string()).optional(),
  limitUnitOfMeasure: z.string().optional(),
  limit: z.number().optional(),
  termUnitOfMeasure: z.string().optional(),
  term: z.number().optional(),
  actions: z.array(z.string()).optional(),
  product: pcObject({
    id: z.string().optional(),
    name: z.string().optional(),
    unit: z.string().optional(),
  }).optional(),
  unitType: z.string().optional(),
  links: pcObject({ learnMore: LinkSchema.optional(), self: LinkSchema.optional() }).optional(),
  attributes: AttributesSchema.optional(),
});
export type Offer = z.infer<typeof OfferSchema>;
