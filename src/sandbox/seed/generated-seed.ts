import { GLOBAL_ADMIN_ROLE_ID } from '../catalog/directory-roles.js';
import { marketOf } from '../catalog/countries.js';
import type { CustomerBundle } from './customer-bundle.js';
import { buildCustomer, buildUser } from './customer-builder.js';
import { addDays } from './dates.js';
import { COMPANY_SUFFIX, COMPANY_WORDS, FIRST_NAMES, LAST_NAMES, slug } from './people.js';
import { rngFor, type Rng } from './rng.js';
import { buildPurchases, type SubscriptionSpec } from './subscription-builder.js';

const COUNTRY_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['US', 35],
  ['GB', 15],
  ['DE', 12],
  ['CA', 10],
  ['FR', 8],
  ['AU', 8],
  ['JP', 6],
  ['AT', 6],
];

const STREETS = [
  'Main Street',
  'High Street',
  'Park Avenue',
  'Station Road',
  'Market Square',
  'Harbour Road',
  'Church Lane',
  'Mill Road',
];
const SMALL_BUSINESS = [
  'M365_BB',
  'M365_BS',
  'M365_BP',
  'TEAMS_ESSENTIALS',
  'EXCHANGE_P1',
  'POWER_BI_PRO',
  'DYN365_BC',
  'O365_BUSINESS_PREMIUM',
];
const ENTERPRISE = [
  'M365_E3',
  'O365_E3',
  'O365_E1',
  'EMS_E3',
  'M365_E5',
  'VISIO_P2',
  'PROJECT_P3',
  'DYN365_SALES',
  'AZURE_PLAN',
];

function weightedCountry(rng: Rng): string {
  let roll = rng.int(1, 100);
  for (const [country, weight] of COUNTRY_WEIGHTS) {
    roll -= weight;
    if (roll <= 0) return country;
  }
  return 'US';
}

function companyName(rng: Rng, country: string): { name: string; base: string } {
  const suffix = rng.pick(COMPANY_SUFFIX[country] ?? ['Inc']);
  const style = rng.int(1, 100);
  const base =
    style <= 60
      ? `${rng.pick(COMPANY_WORDS.first)} ${rng.pick(COMPANY_WORDS.second)}`
      : style <= 85
        ? `${rng.pick(LAST_NAMES)} ${rng.pick(COMPANY_WORDS.second)}`
        : `${rng.pick(LAST_NAMES)} & ${rng.pick(LAST_NAMES)}`;
  return { name: `${base} ${suffix}`, base };
}

function subscriptionSpecs(rng: Rng): SubscriptionSpec[] {
  const enterprise = rng.chance(0.3);
  const pool = enterprise ? ENTERPRISE : SMALL_BUSINESS;
  const count = rng.int(1, 4);
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(rng.pick(pool));
  return [...chosen].map((offer) => {
    const roll = rng.next();
    return {
      offer,
      quantity: offer === 'AZURE_PLAN' ? 1 : enterprise ? rng.int(10, 800) : rng.int(1, 75),
      status: roll < 0.93 ? 'active' : roll < 0.98 ? 'suspended' : 'deleted',
      // Purchases spread over ~3 years, so commitment end dates spread over the coming year.
      createdDaysAgo: rng.int(1, 1000),
      billingCycle: rng.chance(0.6) ? 'monthly' : 'annual',
    };
  });
}

/**
 * Generated customer number `index`: deterministic for (seed, index) and independent of how many
 * are generated, except that a domain already taken gets a numeric suffix.
 */
export function buildGeneratedCustomer(
  seed: number,
  index: number,
  today: Date,
  takenDomains: Set<string>,
): CustomerBundle {
  const rng = rngFor(seed, 'generated', index);
  const country = weightedCountry(rng);
  const market = marketOf(country);
  const { name, base } = companyName(rng, country);
  let domain = `${slug(base)}.onmicrosoft.com`;
  for (let n = 2; takenDomains.has(domain); n++) domain = `${slug(base)}${n}.onmicrosoft.com`;
  takenDomains.add(domain);
  const place = rng.pick(market.cities);
  const contact = [rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES)] as const;
  const createdAt = addDays(today, -rng.int(30, 1500));
  const customer = buildCustomer(rng, {
    companyName: name,
    domain,
    country,
    addressLine1: `${rng.int(1, 999)} ${rng.pick(STREETS)}`,
    city: place.city,
    state: place.state,
    postalCode: place.postalCode,
    phone: `${market.phonePrefix}${rng.int(1000, 9999)}`,
    contact,
    createdAt,
  });
  const users = [
    buildUser(rng, customer, { firstName: contact[0], lastName: contact[1], createdAt }),
  ];
  for (let i = rng.int(0, 2); i > 0; i--) {
    const firstName = rng.pick(FIRST_NAMES);
    const lastName = rng.pick(LAST_NAMES);
    const alias = `${slug(firstName)}.${slug(lastName)}${users.length + 1}`;
    users.push(buildUser(rng, customer, { firstName, lastName, alias, createdAt }));
  }
  const { subscriptions, orders } = buildPurchases(rng, customer, subscriptionSpecs(rng), today);
  const admin = users[0] as (typeof users)[number];
  return {
    customer,
    users,
    roles: [[GLOBAL_ADMIN_ROLE_ID, admin.id]],
    subscriptions,
    orders,
    audits: [],
  };
}
