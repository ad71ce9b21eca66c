import { describe, expect, it } from 'vitest';
import {
  CustomerSchema,
  SubscriptionSchema,
  ReferralSchema,
  collectionSchema,
  parseModel,
  safeParseModel,
} from '../../../../src/partner-center/index.js';

describe('lenient models', () => {
  it('when a subscription has a status the client does not know, then it parses with that status', () => {
    const sub = parseModel(SubscriptionSchema, {
      id: 's1',
      status: 'pendingCancellation',
      billingCycle: 'biennial',
    });
    expect(sub.status).toBe('pendingCancellation');
    expect(sub.billingCycle).toBe('biennial');
  });

  it('when a resource has properties the model does not list, then they pass through unchanged', () => {
    const sub = parseModel(SubscriptionSchema, {
      id: 's1',
      promotionId: 'P-1',
      scheduledNextTermInstructions: { product: { skuId: '0001' } },
      links: { self: { uri: '/x', method: 'GET', headers: [] }, activationLinks: [{ uri: '/a' }] },
    });
    expect(sub.promotionId).toBe('P-1');
    expect(sub.scheduledNextTermInstructions).toEqual({ product: { skuId: '0001' } });
    expect(sub.links?.activationLinks).toEqual([{ uri: '/a' }]);
  });

  it('when a referral has a new direction and extra nested fields, then it parses', () => {
    const referral = parseModel(ReferralSchema, {
      id: 'r1',
      direction: 'Sideways',
      customerProfile: { name: 'Fabrikam', newField: 1 },
    });
    expect(referral.direction).toBe('Sideways');
    expect(referral.customerProfile?.newField).toBe(1);
  });

  it('when a customer lacks its id, then parsing fails (ids are the one thing required)', () => {
    expect(safeParseModel(CustomerSchema, { companyProfile: {} }).success).toBe(false);
  });

  it('when a collection has items that are not an array, then parsing fails', () => {
    expect(
      safeParseModel(collectionSchema(CustomerSchema), { totalCount: 1, items: {} }).success,
    ).toBe(false);
  });

  it('when a collection omits totalCount, links and attributes, then it still parses', () => {
    const page = parseModel(collectionSchema(CustomerSchema), { items: [{ id: 'c1' }] });
    expect(page.items).toHaveLength(1);
  });

  it('when objects deep inside a page carry nulls, then they read as absent and the page parses', () => {
    const page = parseModel(collectionSchema(CustomerSchema), {
      items: [{ id: 'c1', companyProfile: { domain: null, companyName: 'Contoso Ltd' } }],
      links: { next: null },
      continuationToken: null,
    });
    expect(page.items[0]?.companyProfile).toEqual({ companyName: 'Contoso Ltd' });
    expect(page.links).toEqual({});
    expect(page).not.toHaveProperty('continuationToken');
  });
});
