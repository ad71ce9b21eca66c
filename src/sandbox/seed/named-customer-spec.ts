/** The shape of a named customer's hand-written data (see named-customers.ts). */
export interface NamedSubscription {
  offer: string;
  quantity: number;
  status: 'active' | 'suspended' | 'deleted';
  createdDaysAgo: number;
  billingCycle?: 'monthly' | 'annual';
  autoRenew?: boolean;
  friendlyName?: string;
  parent?: string;
}

export interface NamedCustomer {
  key: string;
  companyName: string;
  domain: string;
  country: string;
  address: { addressLine1: string; city: string; state: string; postalCode: string; phone: string };
  createdDaysAgo: number;
  /** "First Last" or "First Last|Role"; the first one is the Global Administrator. */
  users: readonly string[];
  /** Soft-deleted users: "First Last|days since deletion". */
  deletedUsers?: readonly string[];
  /** Extra generated active users, so user paging is exercised. */
  extraUsers?: number;
  subscriptions: readonly NamedSubscription[];
}

export const sub = (
  offer: string,
  quantity: number,
  createdDaysAgo: number,
  extra: Partial<NamedSubscription> = {},
): NamedSubscription => ({ offer, quantity, createdDaysAgo, status: 'active', ...extra });
