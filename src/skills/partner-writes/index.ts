import type { WriteDefinition } from '../writes/write-definition.js';
import { activateBenefit } from './activate-benefit.js';
import { updateReferral } from './update-referral.js';

/** Partner-level writes: benefit activation and co-sell referral updates. */
export const partnerWrites: readonly WriteDefinition<never>[] = [
  activateBenefit as WriteDefinition<never>,
  updateReferral as WriteDefinition<never>,
];
