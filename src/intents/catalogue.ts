/**
 * The public contract of the recognizer (shared/INTENTS.md): intent ids, entity names and their
 * normal forms, and which entities each intent may carry. The agent routes on these ids, so they
 * are typed constants rather than strings scattered through the code.
 */
export const INTENT_IDS = [
  'help',
  'greeting',
  'cancel',
  'confirm',
  'reject',
  'more',
  'whoami',
  'profile.show',
  'profile.update',
  'customers.list',
  'customers.search',
  'customers.show',
  'customers.create',
  'customers.invite',
  'customers.billingProfile.show',
  'customers.billingProfile.update',
  'customers.companyProfile.show',
  'users.list',
  'users.show',
  'users.create',
  'users.update',
  'users.resetPassword',
  'users.delete',
  'users.deleted',
  'users.restore',
  'users.roles',
  'roles.list',
  'roles.members',
  'roles.removeMember',
  'subscriptions.list',
  'subscriptions.show',
  'subscriptions.rename',
  'subscriptions.setQuantity',
  'subscriptions.suspend',
  'subscriptions.reactivate',
  'subscriptions.renewals',
  'licenses.list',
  'orders.list',
  'orders.show',
  'benefits.list',
  'benefits.activate',
  'usage.customer',
  'usage.subscription',
  'usage.azure',
  'usage.report',
  'offers.list',
  'offers.search',
  'offers.show',
  'offers.categories',
  'referrals.list',
  'referrals.show',
  'referrals.update',
  'connection.connect',
  'connection.status',
  'connection.test',
  'connection.selectOrganization',
  'connection.disconnect',
  'audit.list',
  'notifications.subscribe',
  'notifications.unsubscribe',
  'none',
] as const;

/** One intent id of the catalogue; `none` when nothing matched. */
export type IntentId = (typeof INTENT_IDS)[number];

export const ENTITY_NAMES = [
  'customer',
  'user',
  'role',
  'subscription',
  'nickname',
  'quantity',
  'quantityChange',
  'country',
  'period',
  'granularity',
  'query',
  'searchField',
  'benefit',
  'benefitType',
  'status',
  'orderId',
  'offerId',
  'referralId',
  'field',
  'value',
  'topic',
] as const;

export type EntityName = (typeof ENTITY_NAMES)[number];

export const ROLE_NAMES = [
  'Global Administrator',
  'User Administrator',
  'Helpdesk Administrator',
  'Billing Administrator',
  'License Administrator',
  'Global Reader',
  'Directory Readers',
  'Privileged Role Administrator',
  'Exchange Administrator',
  'SharePoint Administrator',
  'Teams Administrator',
  'Security Administrator',
] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

export const BENEFIT_TYPES = ['VisualStudio', 'Azure', 'Dynamics', 'Support', 'Training'] as const;
export type BenefitType = (typeof BENEFIT_TYPES)[number];

/** Fields named in updates (users, billing profile, partner profile). */
export const FIELD_NAMES = [
  'email',
  'phone',
  'displayName',
  'firstName',
  'lastName',
  'usageLocation',
  'companyName',
  'address',
] as const;
/** `profile.show` names a part of the partner profile instead of an updatable field. */
export const PROFILE_PARTS = ['legal', 'organization', 'mpn'] as const;
export type FieldName = (typeof FIELD_NAMES)[number] | (typeof PROFILE_PARTS)[number];

export const TOPICS = [
  'customers',
  'users',
  'subscriptions',
  'licenses',
  'orders',
  'benefits',
  'usage',
  'offers',
  'referrals',
  'profile',
  'connection',
] as const;
export type Topic = (typeof TOPICS)[number];

/** An inclusive date range, `YYYY-MM-DD`. */
export interface Period {
  start: string;
  end: string;
}

/** Entities in their normal form (INTENTS.md, "Entities and their normal form"). */
export interface Entities {
  customer?: string;
  user?: string;
  role?: RoleName;
  subscription?: string;
  nickname?: string;
  quantity?: number;
  quantityChange?: 'set' | 'add' | 'remove';
  country?: string;
  period?: Period;
  granularity?: 'daily' | 'hourly';
  query?: string;
  searchField?: 'companyName' | 'domain';
  benefit?: string;
  benefitType?: BenefitType;
  status?: string;
  orderId?: string;
  offerId?: string;
  referralId?: string;
  field?: FieldName;
  value?: string;
  topic?: Topic;
}

/** What `recognize` returns; `text` is the input exactly as given. */
export interface Recognition {
  text: string;
  intent: IntentId;
  score: number;
  entities: Entities;
}

/**
 * The entities each intent may carry (the "entities" column of INTENTS.md). Anything else the
 * extractors found is dropped, so an intent never carries an entity its skill does not expect.
 */
export const INTENT_ENTITIES: Readonly<Record<IntentId, readonly EntityName[]>> = {
  help: ['topic'],
  greeting: [],
  cancel: [],
  confirm: [],
  reject: [],
  more: [],
  whoami: [],
  'profile.show': ['field'],
  'profile.update': ['field', 'value'],
  'customers.list': [],
  'customers.search': ['query', 'searchField'],
  'customers.show': ['customer'],
  'customers.create': ['customer', 'query'],
  'customers.invite': [],
  'customers.billingProfile.show': ['customer'],
  'customers.billingProfile.update': ['customer', 'field', 'value'],
  'customers.companyProfile.show': ['customer'],
  'users.list': ['customer'],
  'users.show': ['user', 'customer'],
  'users.create': ['customer', 'user'],
  'users.update': ['user', 'field', 'value'],
  'users.resetPassword': ['user'],
  'users.delete': ['user', 'customer'],
  'users.deleted': ['customer'],
  'users.restore': ['user', 'customer'],
  'users.roles': ['user'],
  'roles.list': ['customer'],
  'roles.members': ['role', 'customer'],
  'roles.removeMember': ['user', 'role', 'customer'],
  'subscriptions.list': ['customer', 'status'],
  'subscriptions.show': ['subscription', 'customer'],
  'subscriptions.rename': ['subscription', 'nickname', 'customer'],
  'subscriptions.setQuantity': ['subscription', 'quantity', 'quantityChange', 'customer'],
  'subscriptions.suspend': ['subscription', 'customer'],
  'subscriptions.reactivate': ['subscription', 'customer'],
  'subscriptions.renewals': ['period'],
  'licenses.list': ['customer'],
  'orders.list': ['customer'],
  'orders.show': ['orderId', 'customer'],
  'benefits.list': ['status', 'benefitType'],
  'benefits.activate': ['benefit'],
  'usage.customer': ['customer', 'period'],
  'usage.subscription': ['subscription', 'customer', 'period'],
  'usage.azure': ['customer', 'subscription', 'period', 'granularity'],
  'usage.report': ['customer', 'period'],
  'offers.list': ['country'],
  'offers.search': ['query', 'country'],
  'offers.show': ['offerId', 'country'],
  'offers.categories': ['country'],
  'referrals.list': ['status'],
  'referrals.show': ['referralId'],
  'referrals.update': ['referralId', 'status'],
  'connection.connect': [],
  'connection.status': [],
  'connection.test': [],
  'connection.selectOrganization': ['query'],
  'connection.disconnect': [],
  'audit.list': ['customer', 'period'],
  'notifications.subscribe': ['topic'],
  'notifications.unsubscribe': ['topic'],
  none: [],
};
