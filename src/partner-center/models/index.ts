/** Every model schema and type, for the public surface and the sandbox's type imports. */
export * from './common.js';
export * from './parse-model.js';
export * from './customer.js';
export * from './customer-user.js';
export * from './directory-role.js';
export * from './subscription.js';
export * from './subscribed-sku.js';
export * from './order.js';
export * from './offer.js';
export * from './usage.js';
export * from './audit-record.js';
export * from './benefit.js';
export * from './referral.js';
export * from './partner-profile.js';
