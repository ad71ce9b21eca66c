import type { WriteDefinition } from '../writes/write-definition.js';
import { createCustomer } from './create-customer.js';
import { updateBillingProfile } from './update-billing-profile.js';

/** Customer writes: create a customer (a form), change its billing profile (PUT with If-Match). */
export const customerWrites: readonly WriteDefinition<never>[] = [
  createCustomer as WriteDefinition<never>,
  updateBillingProfile as WriteDefinition<never>,
];

/**
 * customers.invite is a plain skill, not a write definition: getting the link changes nothing,
 * so it has no confirmation card (see invite.ts).
 */
export { customerInviteSkill } from './invite.js';
