/** Offer categories (`develop/get-a-list-of-offer-categories-by-country-and-locale.md`). */
export interface CategoryDefinition {
  id: string;
  name: string;
  rank: number;
}

export const CATEGORIES = {
  Enterprise_Key: { id: 'Enterprise_Key', name: 'Enterprise', rank: 20 },
  SmallBusiness_Key: { id: 'SmallBusiness_Key', name: 'Small business', rank: 30 },
  Government_Key: { id: 'Government_Key', name: 'Government', rank: 40 },
  Nonprofit_Key: { id: 'Nonprofit_Key', name: 'Nonprofit', rank: 60 },
  Trial_Key: { id: 'Trial_Key', name: 'Trial', rank: 70 },
} as const satisfies Record<string, CategoryDefinition>;

export type CategoryId = keyof typeof CATEGORIES;
