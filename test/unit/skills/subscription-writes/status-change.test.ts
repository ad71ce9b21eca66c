import { describe, expect, it } from 'vitest';
import type { Subscription } from '../../../../src/partner-center/index.js';
import type { SkillRequest } from '../../../../src/skills/skill.js';
import {
  changeStatus,
  type StatusChangePayload,
} from '../../../../src/skills/subscription-writes/status-change.js';
import { cleanNickname } from '../../../../src/skills/subscription-writes/rename.js';
import type { ExecuteInput } from '../../../../src/skills/writes/write-definition.js';

const read: Subscription = {
  id: 'sub-1',
  offerId: 'CFQ7TTC0L3PB:0001',
  offerName: 'Power BI Pro',
  friendlyName: 'Power BI Pro',
  quantity: 10,
  status: 'active',
  attributes: { etag: 'etag-1', objectType: 'Subscription' },
} as Subscription;

describe('changeStatus', () => {
  it('when a subscription is suspended, then the PATCH is the subscription as read with only the status changed (seats unchanged: error 2001) and the write options', async () => {
    const calls: Array<{ customerId: string; body: Subscription; options: unknown }> = [];
    const request = {
      services: {
        partnerCenter: {
          subscriptions: {
            update: async (customerId: string, body: Subscription, options: unknown) => {
              calls.push({ customerId, body, options });
              return { ...body };
            },
          },
        },
      },
    } as unknown as SkillRequest;
    const options = { requestId: 'req-1', correlationId: 'corr-1' };
    const input = {
      payload: { customerId: 'cust-1', subscription: read, status: 'suspended' },
      request,
      options,
      action: {},
    } as unknown as ExecuteInput<StatusChangePayload>;
    const result = await changeStatus(input);
    expect(calls).toEqual([
      { customerId: 'cust-1', body: { ...read, status: 'suspended' }, options },
    ]);
    expect(result.changes).toEqual([{ field: 'Status', before: 'Active', after: 'Suspended' }]);
    expect(result.after).toEqual({ status: 'suspended', quantity: 10 });
  });
});

describe('cleanNickname', () => {
  it('when the nickname is quoted or padded, then the quotes and spaces go', () => {
    expect(cleanNickname('  "Frontline" ')).toBe('Frontline');
    expect(cleanNickname('“Front line”')).toBe('Front line');
    expect(cleanNickname("''")).toBe('');
    expect(cleanNickname(undefined)).toBe('');
  });
});
