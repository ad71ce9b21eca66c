import { INTENT_IDS, type IntentId } from '../intents/index.js';
import { conversationSkills } from './conversation.js';
import { customerExports, listCustomers, searchCustomers, showCustomer } from './customers.js';
import type { ExportRegistry } from './exports.js';
import { notAvailableYet } from './not-yet.js';
import type { Skill, SkillRegistry } from './skill.js';
import { listSubscriptions, subscriptionExports } from './subscriptions.js';

/** The intents with a skill of their own; every other recognized intent says it is not available yet. */
const SKILLS_THAT_ANSWER = [
  'help',
  'greeting',
  'cancel',
  'confirm',
  'reject',
  'more',
  'whoami',
  'none',
  'customers.list',
  'customers.search',
  'customers.show',
  'subscriptions.list',
] as const satisfies readonly IntentId[];

export const AVAILABLE_INTENTS: ReadonlySet<IntentId> = new Set(SKILLS_THAT_ANSWER);

/** intent id → skill, for every intent of the catalogue (shared/INTENTS.md). */
export function createSkillRegistry(): SkillRegistry {
  const c = conversationSkills(AVAILABLE_INTENTS);
  const answering: Record<(typeof SKILLS_THAT_ANSWER)[number], Skill> = {
    help: c.help,
    greeting: c.greeting,
    cancel: c.cancel,
    confirm: c.nothingPending,
    reject: c.nothingPending,
    more: c.more,
    whoami: c.whoami,
    none: c.fallback,
    'customers.list': listCustomers,
    'customers.search': searchCustomers,
    'customers.show': showCustomer,
    'subscriptions.list': listSubscriptions,
  };
  const registry = {} as Record<IntentId, Skill>;
  for (const id of INTENT_IDS) {
    registry[id] = (answering as Partial<Record<IntentId, Skill>>)[id] ?? notAvailableYet;
  }
  return Object.freeze(registry);
}

/** intent id → CSV exporter, for the lists that offer "Download CSV". */
export function createExportRegistry(): ExportRegistry {
  return Object.freeze({ ...customerExports, ...subscriptionExports });
}
