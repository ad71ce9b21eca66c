import { describe, expect, it } from 'vitest';
import type { SubscriptionRecord } from '../../../../src/sandbox/models.js';
import {
  adjustmentWindowEnd,
  subscriptionResource,
} from '../../../../src/sandbox/views/subscription-view.js';

const base: SubscriptionRecord = {
  id: 'a356ac8c-e310-44f4-bf85-c7f29044af99',
  customerId: 'c',
  entitlementId: 'e',
  offerId: 'CFQ7TTC0LFLZ:0002',
  offerName: 'Microsoft 365 E3',
  friendlyName: 'E3',
  quantity: 25,
  unitType: 'Licenses',
  creationDate: '2026-03-10T09:00:00.000Z',
  effectiveStartDate: '2026-03-10T00:00:00Z',
  commitmentEndDate: '2027-03-10T00:00:00Z',
  status: 'active',
  autoRenewEnabled: true,
  billingType: 'license',
  billingCycle: 'annual',
  termDuration: 'P1Y',
  isTrial: false,
  orderId: 'o',
  country: 'US',
  version: 2,
};

describe('new-commerce adjustment window', () => {
  it('when fewer than 168 hours have passed since purchase, then the window is open until purchase + 168 h', () => {
    expect(adjustmentWindowEnd(base, new Date('2026-03-16T00:00:00Z'))?.toISOString()).toBe(
      '2026-03-17T09:00:00.000Z',
    );
  });

  it('when more than 168 hours have passed, then it is closed', () => {
    expect(adjustmentWindowEnd(base, new Date('2026-03-18T00:00:00Z'))).toBeUndefined();
  });

  it('when a monthly term renewed less than 7 days ago, then the window is open again', () => {
    const monthly = {
      ...base,
      termDuration: 'P1M',
      creationDate: '2025-11-10T09:00:00Z',
      commitmentEndDate: '2026-04-10T00:00:00Z',
    };
    expect(adjustmentWindowEnd(monthly, new Date('2026-03-12T00:00:00Z'))).toBeDefined();
    expect(adjustmentWindowEnd(monthly, new Date('2026-03-25T00:00:00Z'))).toBeUndefined();
  });

  it('when the offer is legacy, then there is no window (reductions are always allowed)', () => {
    expect(
      adjustmentWindowEnd(
        { ...base, offerId: '91FD106F-4B2C-4938-95AC-F54F74E9A239' },
        new Date('2026-03-11T00:00:00Z'),
      ),
    ).toBeUndefined();
  });

  it('when the resource is rendered, then the etag is the base64 of id and version and refundOptions show the open window', () => {
    const view = subscriptionResource(base, new Date('2026-03-11T00:00:00Z'));
    expect(JSON.parse(Buffer.from(view.attributes.etag, 'base64').toString())).toEqual({
      id: base.id,
      version: 2,
    });
    expect(view.refundOptions).toEqual([{ type: 'Full', expiresAt: '2026-03-17T09:00:00.000Z' }]);
  });
});
