/**
 * The records the sandbox stores. They hold the mutable state of each resource; the wire shapes
 * (links, attributes, etags, casing) are produced from them by `views/`.
 */
export interface Address {
  country: string;
  region?: string;
  state?: string;
  city: string;
  addressLine1: string;
  addressLine2?: string;
  postalCode: string;
  firstName?: string;
  lastName?: string;
  phoneNumber?: string;
}

export interface BillingProfileRecord {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  culture: string;
  language: string;
  companyName: string;
  defaultAddress: Address;
  version: number;
}

export interface CustomerRecord {
  id: string;
  commerceId: string;
  companyName: string;
  domain: string;
  country: string;
  relationshipToPartner: string;
  allowDelegatedAccess: boolean;
  customDomains: string[];
  companyAddress: Address;
  email: string;
  billing: BillingProfileRecord;
  createdAt: string;
}

export type UserState = 'active' | 'inactive';

export interface UserRecord {
  id: string;
  customerId: string;
  userPrincipalName: string;
  firstName: string;
  lastName: string;
  displayName: string;
  usageLocation: string;
  state: UserState;
  softDeletionTime: string | null;
  immutableId?: string;
  phoneNumber?: string;
  forceChangePassword?: boolean;
  /** SKU ids of the licenses assigned to the user. */
  assignedLicenses?: string[];
  createdAt: string;
}

export type SubscriptionStatus = 'none' | 'active' | 'pending' | 'suspended' | 'deleted';

export interface SubscriptionRecord {
  id: string;
  customerId: string;
  entitlementId: string;
  offerId: string;
  offerName: string;
  friendlyName: string;
  quantity: number;
  unitType: string;
  parentSubscriptionId?: string;
  creationDate: string;
  effectiveStartDate: string;
  commitmentEndDate: string;
  status: SubscriptionStatus;
  autoRenewEnabled: boolean;
  billingType: 'license' | 'usage' | 'none';
  billingCycle: string;
  termDuration: string;
  isTrial: boolean;
  orderId: string;
  country: string;
  suspensionReasons?: string[];
  version: number;
}

export interface OrderLineItemRecord {
  lineItemNumber: number;
  offerId: string;
  subscriptionId: string;
  friendlyName: string;
  quantity: number;
}

export interface OrderRecord {
  id: string;
  customerId: string;
  billingCycle: string;
  currencyCode: string;
  currencySymbol: string;
  lineItems: OrderLineItemRecord[];
  creationDate: string;
  status: string;
  version: number;
}

/** The partner's activity log entry (`develop/get-a-record-of-partner-center-activity-by-user.md`). */
export interface AuditRecordData {
  partnerId: string;
  customerId?: string;
  customerName?: string;
  userPrincipalName: string;
  applicationId?: string;
  resourceType: string;
  resourceOldValue?: string;
  resourceNewValue?: string;
  operationType: string;
  operationDate: string;
  operationStatus: 'succeeded' | 'failed' | 'progress';
  customizedData: Array<{ key: string; value: string | null }>;
}

export type BenefitStatus = 'active' | 'expired' | 'available';

export interface BenefitRecord {
  id: string;
  name: string;
  benefitType: 'VisualStudio' | 'Azure' | 'Dynamics' | 'Support' | 'Training';
  status: BenefitStatus;
  description: string;
  programName: string;
  quantity: number;
  unit: string;
  activationDate: string | null;
  expiryDate: string | null;
  version: number;
}

export interface ReferralRecord {
  id: string;
  engagementId: string;
  organizationId: string;
  organizationName: string;
  name: string;
  createdDateTime: string;
  updatedDateTime: string;
  expirationDateTime: string;
  status: 'New' | 'Active' | 'Closed';
  substatus: string;
  qualification: string;
  type: 'Independent' | 'Shared';
  direction: 'Incoming' | 'Outgoing';
  customerProfile: {
    name: string;
    address: Address & { addressLine2: string; state: string };
    size: string;
  };
  details: {
    notes: string;
    dealValue: number;
    currency: string;
    closingDateTime: string;
    requirements: {
      industries: Array<{ id: string }>;
      products: Array<{ id: string }>;
      services: Array<{ id: string }>;
      solutions: Array<{ id: string; name: string }>;
    };
  };
  eTag: string;
}

/** The partner's own profiles (`/v1/profiles/*`). */
export interface PartnerProfileRecord {
  partnerId: string;
  mpnId: string;
  companyName: string;
  domain: string;
  email: string;
  language: string;
  culture: string;
  address: Address;
  primaryContact: { firstName: string; lastName: string; email: string; phoneNumber: string };
  organizationId: string;
  organizationVersion: number;
}
