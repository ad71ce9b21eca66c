import { INTENT_IDS, type IntentId } from '../intents/index.js';
import { auditExports, auditSkills } from './audit.js';
import { benefitsExports, benefitsSkills } from './benefits.js';
import { catalogExports, catalogSkills } from './catalog.js';
import { connectionSkills } from './connection.js';
import { conversationSkills } from './conversation.js';
import { customerProfileSkills } from './customer-profiles.js';
import { customerExports, listCustomers, searchCustomers, showCustomer } from './customers.js';
import type { ExportRegistry } from './exports.js';
import { licensesSkills } from './licenses.js';
import { notAvailableYet } from './not-yet.js';
import { ordersExports, ordersSkills } from './orders.js';
import { profileSkills } from './profile.js';
import { referralsExports, referralsSkills } from './referrals.js';
import { renewalsExports, renewalsSkills } from './renewals.js';
import type { AreaSkills, Skill, SkillRegistry } from './skill.js';
import { subscriptionDetailsSkills } from './subscription-details.js';
import { listSubscriptions, subscriptionExports } from './subscriptions.js';
import { usageSkills } from './usage.js';
import { usersExports, usersSkills } from './users.js';
import { WRITE_DEFINITIONS, writeSkills } from './write-skills.js';
import { createWriteAnswers, type WriteAnswers } from './writes/answer.js';

/** The conversation intents every version answers. */
const CONVERSATION_INTENTS = [
  'help',
  'greeting',
  'cancel',
  'confirm',
  'reject',
  'more',
  'whoami',
  'none',
] as const satisfies readonly IntentId[];

/** Every area's skills, one module per area (DESIGN.md "src/skills/"). */
const AREAS: readonly AreaSkills[] = [
  {
    'customers.list': listCustomers,
    'customers.search': searchCustomers,
    'customers.show': showCustomer,
    'subscriptions.list': listSubscriptions,
  },
  customerProfileSkills,
  subscriptionDetailsSkills,
  renewalsSkills,
  usersSkills,
  licensesSkills,
  ordersSkills,
  usageSkills,
  catalogSkills,
  benefitsSkills,
  referralsSkills,
  profileSkills,
  connectionSkills,
  auditSkills,
  writeSkills,
];

/** Confirm / Cancel of pending writes, by button or typed ("yes", "no", "cancel"). */
export const writeAnswers: WriteAnswers = createWriteAnswers(WRITE_DEFINITIONS);

const AREA_SKILLS: AreaSkills = Object.assign({}, ...AREAS) as AreaSkills;

/** The intents with a skill of their own; every other recognized intent says it is not available yet. */
export const AVAILABLE_INTENTS: ReadonlySet<IntentId> = new Set<IntentId>([
  ...CONVERSATION_INTENTS,
  ...(Object.keys(AREA_SKILLS) as IntentId[]),
]);

/** intent id → skill, for every intent of the catalogue (shared/INTENTS.md). */
export function createSkillRegistry(): SkillRegistry {
  const c = conversationSkills(AVAILABLE_INTENTS);
  const conversation: Record<(typeof CONVERSATION_INTENTS)[number], Skill> = {
    help: c.help,
    greeting: c.greeting,
    cancel: async (r) => (await writeAnswers.rejectTyped(r)) ?? c.cancel(r),
    confirm: async (r) => (await writeAnswers.confirmTyped(r)) ?? c.nothingPending(r),
    reject: async (r) => (await writeAnswers.rejectTyped(r)) ?? c.nothingPending(r),
    more: c.more,
    whoami: c.whoami,
    none: c.fallback,
  };
  const answering: AreaSkills = { ...AREA_SKILLS, ...conversation };
  const registry = {} as Record<IntentId, Skill>;
  for (const id of INTENT_IDS) registry[id] = answering[id] ?? notAvailableYet;
  return Object.freeze(registry);
}

/** intent id → CSV exporter, for the lists that offer "Download CSV". */
export function createExportRegistry(): ExportRegistry {
  return Object.freeze({
    ...customerExports,
    ...subscriptionExports,
    ...renewalsExports,
    ...usersExports,
    ...ordersExports,
    ...catalogExports,
    ...benefitsExports,
    ...referralsExports,
    ...auditExports,
  });
}
