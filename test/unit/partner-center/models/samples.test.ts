import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  AuditRecordSchema,
  AzureResourceMonthlyUsageRecordSchema,
  AzureUtilizationRecordSchema,
  CustomerBillingProfileSchema,
  CustomerCompanyProfileSchema,
  CustomerSchema,
  CustomerUserSchema,
  DirectoryRoleSchema,
  LegalBusinessProfileSchema,
  MpnProfileSchema,
  OfferCategorySchema,
  OfferSchema,
  OrderSchema,
  OrganizationProfileSchema,
  ReferralPageSchema,
  ReferralSchema,
  RelationshipRequestSchema,
  ResourceUsageRecordSchema,
  SubscribedSkuSchema,
  SubscriptionMonthlyUsageRecordSchema,
  SubscriptionSchema,
  UserMemberSchema,
  collectionSchema,
  modelValidator,
  parseModel,
  safeParseModel,
} from '../../../../src/partner-center/index.js';
import * as publicSurface from '../../../../src/partner-center/index.js';

const SAMPLES_DIR = fileURLToPath(new URL('../../../fixtures/pc-samples/', import.meta.url));

/** Every response sample → the model the client parses it with. */
const RESPONSE_MODELS: Record<string, z.ZodType> = {
  'auditrecords.json': collectionSchema(AuditRecordSchema),
  'azure-utilization.json': collectionSchema(AzureUtilizationRecordSchema),
  'billing-profile-get.json': CustomerBillingProfileSchema,
  'billing-profile-update.json': CustomerBillingProfileSchema,
  'company-profile-get.json': CustomerCompanyProfileSchema,
  'customer-create.json': CustomerSchema,
  'customer-get.json': CustomerSchema,
  'customers-filter.json': collectionSchema(CustomerSchema),
  'customers-list.json': collectionSchema(CustomerSchema),
  'directoryrole-usermember-add.json': UserMemberSchema,
  'directoryroles.json': collectionSchema(DirectoryRoleSchema),
  'legalbusiness-profile.json': LegalBusinessProfileSchema,
  'mpn-profile-by-mpnid.json': MpnProfileSchema,
  'mpn-profile.json': MpnProfileSchema,
  'offer-get-recorded.json': OfferSchema,
  'offer-get.json': OfferSchema,
  'offercategories-recorded.json': collectionSchema(OfferCategorySchema),
  'offercategories.json': collectionSchema(OfferCategorySchema),
  'offers-list.json': collectionSchema(OfferSchema),
  'order-create.json': OrderSchema,
  'order-get.json': OrderSchema,
  'orders-list.json': collectionSchema(OrderSchema),
  'organization-profile.json': OrganizationProfileSchema,
  'referral-get.json': ReferralSchema,
  'referrals-list.json': ReferralPageSchema,
  'relationship-request.json': RelationshipRequestSchema,
  'subscribedskus.json': collectionSchema(SubscribedSkuSchema),
  'subscription-get-addon.json': SubscriptionSchema,
  'subscription-get.json': SubscriptionSchema,
  'subscription-resourceusagerecords.json': collectionSchema(ResourceUsageRecordSchema),
  'subscriptions-by-order.json': collectionSchema(SubscriptionSchema),
  'subscriptions-list.json': collectionSchema(SubscriptionSchema),
  'subscriptions-usagerecords.json': collectionSchema(SubscriptionMonthlyUsageRecordSchema),
  'usage-resources.json': collectionSchema(AzureResourceMonthlyUsageRecordSchema),
  'user-create.json': CustomerUserSchema,
  'user-get.json': CustomerUserSchema,
  'user-restore.json': CustomerUserSchema,
  'user-update.json': CustomerUserSchema,
  'users-deleted-list.json': collectionSchema(CustomerUserSchema),
  'users-list.json': collectionSchema(CustomerUserSchema),
};

function readSample(file: string): unknown {
  return JSON.parse(readFileSync(`${SAMPLES_DIR}${file}`, 'utf8'));
}

describe('pc-samples through the client models', () => {
  it('when a response sample exists in pc-samples, then it has a model in this table', () => {
    // The README's "Kind" column says which files are request bodies.
    const readme = readFileSync(`${SAMPLES_DIR}README.md`, 'utf8');
    const requestBodies = new Set(
      [...readme.matchAll(/^\| `([^`]+\.json)` \|[^|]*\| request body \|/gm)].map((m) => m[1]),
    );
    expect(requestBodies.size).toBeGreaterThan(0);
    const responses = readdirSync(SAMPLES_DIR).filter(
      (f) => f.endsWith('.json') && !requestBodies.has(f) && !f.startsWith('error-'),
    );
    expect(responses.sort()).toEqual(Object.keys(RESPONSE_MODELS).sort());
  });

  it.each(Object.entries(RESPONSE_MODELS))(
    'when %s is parsed, then it passes and keeps every property it had',
    (file, schema) => {
      const raw = readSample(file);
      const result = safeParseModel(schema, raw);
      expect(result.success, result.success ? '' : JSON.stringify(result.error.issues)).toBe(true);
      // Lenient models never drop data: every top-level key of the sample survives parsing.
      const parsed = result.data as Record<string, unknown>;
      const withoutNulls = Object.entries(raw as Record<string, unknown>).filter(
        ([, v]) => v !== null,
      );
      for (const [key] of withoutNulls) expect(parsed).toHaveProperty([key]);
    },
  );

  it('when the doc sample has dates like "2015-11-25T06: 41: 12Z", then they stay as given', () => {
    const parsed = parseModel(
      collectionSchema(SubscriptionSchema),
      readSample('subscriptions-list.json'),
    );
    expect(parsed.items[0]?.creationDate).toBe('2015-11-25T06: 41: 12Z');
  });

  it('when a sample carries nulls (lastDirectorySyncTime, softDeletionTime), then they read as absent', () => {
    const user = parseModel(CustomerUserSchema, readSample('user-create.json'));
    expect(user.lastDirectorySyncTime).toBeUndefined();
    expect(user.softDeletionTime).toBeUndefined();
    expect(user.state).toBe('active');
  });

  it('when the customer create response is parsed, then userCredentials is available once to the caller', () => {
    const customer = parseModel(CustomerSchema, readSample('customer-create.json'));
    expect(customer.userCredentials?.userName).toBe('admin');
    expect(customer.billingProfile?.attributes?.etag).toBe('5920358838484612121');
  });
});

/** Every path in `value` with a copy of `value` where that spot holds a value of another type. */
function* wrongTypeVariants(
  value: unknown,
  path: (string | number)[] = [],
): Generator<[(string | number)[], unknown]> {
  const wrong = (v: unknown): unknown[] =>
    typeof v === 'string'
      ? [42]
      : typeof v === 'number' || typeof v === 'boolean'
        ? ['x']
        : Array.isArray(v)
          ? ['x', {}]
          : ['x', []];
  if (path.length > 0) {
    for (const replacement of wrong(value)) yield [path, replacement];
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [p, replacement] of wrongTypeVariants(child, [...path, key]))
        yield [p, replacement];
    }
  }
}

function withValueAt(root: unknown, keys: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(root) as Record<string, unknown>;
  let at: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys.at(-1)!] = replacement;
  return copy;
}

describe('the compiled check agrees with the zod models', () => {
  it('when every model of the public surface is compiled, then none needs zod-only features', () => {
    const models = Object.entries(publicSurface).filter(
      ([name, value]) => name.endsWith('Schema') && value instanceof Object && 'safeParse' in value,
    );
    expect(models.length).toBeGreaterThan(20);
    for (const [, model] of models) expect(() => modelValidator(model as z.ZodType)).not.toThrow();
  });

  it.each(Object.entries(RESPONSE_MODELS))(
    'when %s or any copy with one value of the wrong type is checked, then Ajv and zod give the same verdict',
    (file, schema) => {
      const sample = parseModel(schema, readSample(file)); // nulls dropped, as on the wire
      expect(modelValidator(schema)(structuredClone(sample))).toBe(true);
      expect(safeParseModel(schema, structuredClone(sample)).data).toEqual(schema.parse(sample));
      let rejected = 0;
      for (const [path, replacement] of wrongTypeVariants(sample)) {
        const variant = withValueAt(sample, path, replacement);
        const zod = schema.safeParse(variant).success;
        expect(
          modelValidator(schema)(variant),
          `${path.join('/')} = ${JSON.stringify(replacement)}`,
        ).toBe(zod);
        if (!zod) rejected++;
      }
      expect(rejected, 'some wrong types must be refused').toBeGreaterThan(0);
    },
  );
});
