import type { IntentId } from '../intents/index.js';
import { customerInviteSkill, customerWrites } from './customer-writes/index.js';
import { partnerWrites } from './partner-writes/index.js';
import { profileWrites } from './profile-writes/index.js';
import type { AreaSkills, Skill } from './skill.js';
import { subscriptionWrites } from './subscription-writes/index.js';
import { userWrites } from './user-writes/index.js';
import { writeSkill } from './writes/propose.js';
import type { WriteDefinition } from './writes/write-definition.js';

/** Every write intent with its definition (each proposes, and runs once confirmed). */
export const WRITE_DEFINITIONS: readonly WriteDefinition<never>[] = [
  ...customerWrites,
  ...userWrites,
  ...subscriptionWrites,
  ...partnerWrites,
  ...profileWrites,
];

/**
 * intent → skill for the write intents: each answers with a confirmation card, except
 * customers.invite, which only reads the reseller relationship link (nothing changes).
 */
export const writeSkills: AreaSkills = {
  ...Object.fromEntries(
    WRITE_DEFINITIONS.map((d) => [d.intent, writeSkill(d)] as [IntentId, Skill]),
  ),
  'customers.invite': customerInviteSkill,
};
