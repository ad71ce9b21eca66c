import type { WriteDefinition } from '../writes/write-definition.js';
import { updateProfile } from './update-profile.js';

/** The partner's own profile: profile.update (legal business profile, a full PUT). */
export const profileWrites: readonly WriteDefinition<never>[] = [
  updateProfile as WriteDefinition<never>,
];
