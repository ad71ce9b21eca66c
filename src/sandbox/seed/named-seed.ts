import { GLOBAL_ADMIN_ROLE_ID, roleByName } from '../catalog/directory-roles.js';
import type { AuditInput } from '../audit-log.js';
import type { UserRecord } from '../models.js';
import { orderResource, subscriptionResource } from '../views/subscription-view.js';
import type { CustomerBundle } from './customer-bundle.js';
import { buildCustomer, buildUser } from './customer-builder.js';
import { addDays } from './dates.js';
import type { NamedCustomer } from './named-customers.js';
import { FIRST_NAMES, LAST_NAMES, slug } from './people.js';
import { rngFor } from './rng.js';
import { buildPurchases, daysBefore } from './subscription-builder.js';

/** Builds one named customer (see named-customers.ts) from its own seeded stream. */
export function buildNamedCustomer(seed: number, spec: NamedCustomer, today: Date): CustomerBundle {
  const rng = rngFor(seed, 'named', spec.key);
  const createdAt = addDays(today, -spec.createdDaysAgo);
  const people = spec.users.map((entry) => {
    const [name = '', role] = entry.split('|');
    const [first = '', last = ''] = name.split(' ');
    return { first, last, role };
  });
  const admin = people[0] ?? { first: 'Admin', last: 'User', role: undefined };
  const customer = buildCustomer(rng, {
    companyName: spec.companyName,
    domain: spec.domain,
    country: spec.country,
    addressLine1: spec.address.addressLine1,
    city: spec.address.city,
    state: spec.address.state,
    postalCode: spec.address.postalCode,
    phone: spec.address.phone,
    contact: [admin.first, admin.last],
    createdAt,
  });
  const users: UserRecord[] = [];
  const roles: Array<readonly [string, string]> = [];
  people.forEach((p, i) => {
    const user = buildUser(rng, customer, { firstName: p.first, lastName: p.last, createdAt });
    users.push(user);
    // Exactly one Global Administrator per named customer: the first user.
    if (i === 0) roles.push([GLOBAL_ADMIN_ROLE_ID, user.id]);
    else if (p.role) roles.push([roleByName(p.role).id, user.id]);
  });
  const aliases = new Set(users.map((u) => u.userPrincipalName));
  for (let i = 0; i < (spec.extraUsers ?? 0); i++) {
    const firstName = rng.pick(FIRST_NAMES);
    const lastName = rng.pick(LAST_NAMES);
    let alias = `${slug(firstName)}.${slug(lastName)}`;
    for (let n = 2; aliases.has(`${alias}@${customer.domain}`); n++) {
      alias = `${slug(firstName)}.${slug(lastName)}${n}`;
    }
    aliases.add(`${alias}@${customer.domain}`);
    users.push(buildUser(rng, customer, { firstName, lastName, alias, createdAt }));
  }
  const audits: AuditInput[] = [];
  for (const entry of spec.deletedUsers ?? []) {
    const [name = '', days = '0'] = entry.split('|');
    const [first = '', last = ''] = name.split(' ');
    const deletedAt = new Date(addDays(today, -Number(days)).getTime() + 10 * 3_600_000);
    const user = buildUser(rng, customer, {
      firstName: first,
      lastName: last,
      createdAt,
      deletedAt,
    });
    users.push(user);
    audits.push({
      customer,
      resourceType: 'customerUser',
      operationType: 'delete_customer_user',
      customizedData: { CustomerUserId: user.id, UserPrincipalName: user.userPrincipalName },
      at: deletedAt,
    });
  }
  const { subscriptions, orders } = buildPurchases(rng, customer, spec.subscriptions, today);
  audits.push({
    customer,
    resourceType: 'customer',
    operationType: 'add_customer',
    customizedData: { CustomerId: customer.id, Domain: customer.domain },
    at: createdAt,
  });
  for (const order of orders) {
    audits.push({
      customer,
      resourceType: 'order',
      operationType: 'create_order',
      newValue: orderResource(order),
      customizedData: { OrderId: order.id, BillingCycle: order.billingCycle },
      at: new Date(order.creationDate),
    });
  }
  for (const s of subscriptions.filter((x) => x.status === 'suspended')) {
    const at = addDays(today, -Math.min(30, Math.floor(daysBefore(today, s.creationDate) / 2)));
    audits.push({
      customer,
      resourceType: 'subscription',
      operationType: 'update_subscription',
      newValue: subscriptionResource(s, at),
      customizedData: { SubscriptionId: s.id, Status: 'suspended' },
      at,
    });
  }
  return { customer, users, roles, subscriptions, orders, audits };
}
