import type { CategoryId } from './categories.js';
import type { SkuKey } from './skus.js';

/** An offer of the catalogue, sold in every market unless `countries`/`excludedCountries` say otherwise. */
export interface OfferDefinition {
  key: string;
  id: string;
  name: string;
  description: string;
  category: CategoryId;
  minimumQuantity: number;
  maximumQuantity: number;
  rank: number;
  billing: 'license' | 'usage';
  supportedBillingCycles: readonly string[];
  termDuration: string;
  isTrial: boolean;
  isAddOn: boolean;
  hasAddOns: boolean;
  sku: SkuKey | null;
  productId: string;
  productName: string;
  /** Markets where it is sold; all markets when absent. */
  countries?: readonly string[];
  /** Markets where it is not sold. */
  excludedCountries?: readonly string[];
}

export const ENTERPRISE_MAX = 10_000_000;
export const BUSINESS_MAX = 300;

type Def = Omit<OfferDefinition, 'isTrial' | 'isAddOn' | 'hasAddOns' | 'productName'> &
  Partial<Pick<OfferDefinition, 'isTrial' | 'isAddOn' | 'hasAddOns' | 'productName'>>;

export const offer = (def: Def): OfferDefinition => ({
  isTrial: false,
  isAddOn: false,
  hasAddOns: false,
  productName: def.name,
  ...def,
});

export const LICENSE_CYCLES = ['monthly', 'annual'] as const;
