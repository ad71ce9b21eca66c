import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestSandbox,
  TEST_NOW,
  type PcErrorBody,
  type TestSandbox,
  type WireCollection,
} from '../../helpers/sandbox.js';
import { wireConventionMismatches } from './shape.js';

let sb: TestSandbox;

beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(() => sb.close());

interface WireBenefit {
  id: string;
  name: string;
  benefitType: string;
  status: string;
  expiryDate: string | null;
}

interface ReferralList {
  '@odata.count': number;
  '@odata.nextLink'?: string;
  value: Array<{
    id: string;
    status: string;
    substatus: string;
    createdDateTime: string;
    eTag: string;
  }>;
}

describe('benefits', () => {
  it('when benefits are listed, then every type appears with active, expired and available ones', async () => {
    const res = await sb.api.get<WireCollection<WireBenefit>>('/v1/benefits');
    expect(wireConventionMismatches(res.body)).toEqual([]);
    const types = new Set(res.body.items.map((b) => b.benefitType));
    expect([...types].sort()).toEqual(['Azure', 'Dynamics', 'Support', 'Training', 'VisualStudio']);
    expect(new Set(res.body.items.map((b) => b.status))).toEqual(
      new Set(['active', 'expired', 'available']),
    );
  });

  it('when benefits are filtered by status and type, then only those come back', async () => {
    const res = await sb.api.get<WireCollection<WireBenefit>>(
      '/v1/benefits?status=active&benefitType=azure',
    );
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.every((b) => b.status === 'active' && b.benefitType === 'Azure')).toBe(
      true,
    );
  });

  it('when an available benefit is activated, then it becomes active with an expiry; activating it again is a clear 400', async () => {
    const list = await sb.api.get<WireCollection<WireBenefit>>(
      '/v1/benefits?status=available&benefitType=VisualStudio',
    );
    const vs = list.body.items.find((b) => b.name === 'Visual Studio Enterprise');
    const res = await sb.api.post<WireBenefit>(`/v1/benefits/${vs?.id}/activate`, {});
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('active');
    expect(Date.parse(res.body.expiryDate ?? '')).toBeGreaterThan(
      TEST_NOW.getTime() + 300 * 86_400_000,
    );
    const again = await sb.api.post<PcErrorBody>(`/v1/benefits/${vs?.id}/activate`, {});
    expect(again.status).toBe(400);
    expect(again.body.code).toBe(800041);
    expect(again.body.description).toMatch(/already active/);
  });

  it('when an expired benefit is activated, then 400 says it cannot change from expired', async () => {
    const list = await sb.api.get<WireCollection<WireBenefit>>('/v1/benefits?status=expired');
    const res = await sb.api.post<PcErrorBody>(
      `/v1/benefits/${list.body.items[0]?.id}/activate`,
      {},
    );
    expect(res.status).toBe(400);
    expect(res.body.description).toBe('Asset status cannot be changed to active from expired');
  });
});

describe('referrals', () => {
  it('when all referrals are listed, then co-sell referrals are seeded in every state: New, Active and Closed', async () => {
    const res = await sb.api.get<ReferralList>('/v1.0/engagements/referrals?$top=100');
    expect(res.status).toBe(200);
    expect(res.body.value).toHaveLength(res.body['@odata.count']);
    expect(new Set(res.body.value.map((r) => r.status))).toEqual(
      new Set(['New', 'Active', 'Closed']),
    );
  });

  it('when new referrals are filtered with OData, then only New ones come back with the total count', async () => {
    const res = await sb.api.get<ReferralList>(
      `/v1.0/engagements/referrals?$filter=${encodeURIComponent("status eq 'New'")}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.value.length).toBe(res.body['@odata.count']);
    expect(res.body.value.every((r) => r.status === 'New')).toBe(true);
  });

  it('when $top is smaller than the result, then @odata.nextLink pages with a $skiptoken in $orderby order', async () => {
    const first = await sb.api.get<ReferralList>(
      '/v1.0/engagements/referrals?$top=5&$orderby=createdDateTime%20desc',
    );
    expect(first.body.value).toHaveLength(5);
    const nextLink = first.body['@odata.nextLink'] ?? '';
    expect(nextLink).toContain('$skiptoken=');
    const second = await sb.api.get<ReferralList>(nextLink);
    const dates = [...first.body.value, ...second.body.value].map((r) => r.createdDateTime);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('when a new referral is accepted with its ETag, then 204 and it is Active/Accepted; declining it later is refused', async () => {
    const list = await sb.api.get<ReferralList>(
      `/v1.0/engagements/referrals?$filter=${encodeURIComponent("status eq 'New'")}`,
    );
    const referral = list.body.value[0];
    const path = `/v1.0/engagements/referrals/${referral?.id}`;
    const accepted = await sb.api.patch(
      path,
      { status: 'Active', substatus: 'Accepted' },
      { headers: { 'If-Match': referral?.eTag ?? '' } },
    );
    expect(accepted.status).toBe(204);
    expect(accepted.headers.get('etag')).not.toBe(referral?.eTag);
    const read = await sb.api.get<{ status: string; substatus: string }>(path);
    expect(read.body).toMatchObject({ status: 'Active', substatus: 'Accepted' });
    const stale = await sb.api.patch<{ error: { code: string } }>(
      path,
      { status: 'Closed', substatus: 'Won' },
      {
        headers: { 'If-Match': referral?.eTag ?? '' },
      },
    );
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('preconditionFailed');
    const declined = await sb.api.patch<{ error: { code: string } }>(path, {
      status: 'Closed',
      substatus: 'Declined',
    });
    expect(declined.status).toBe(400);
    expect(declined.body.error.code).toBe('invalidRequest');
  });

  it('when the same referral update is sent twice with one client-request-id, then it applies once', async () => {
    const list = await sb.api.get<ReferralList>(
      `/v1.0/engagements/referrals?$filter=${encodeURIComponent("status eq 'Active'")}`,
    );
    const path = `/v1.0/engagements/referrals/${list.body.value[0]?.id}`;
    const headers = { 'client-request-id': 'b1d0c0de-0000-4000-8000-000000000001' };
    const writes = async () =>
      (await sb.admin.get<{ writes: Record<string, number> }>('/_sandbox/stats')).body.writes[
        'referral.update'
      ] ?? 0;
    const before = await writes();
    const first = await sb.api.patch(path, { status: 'Closed', substatus: 'Won' }, { headers });
    const second = await sb.api.patch(path, { status: 'Closed', substatus: 'Won' }, { headers });
    expect(first.status).toBe(204);
    expect(second.status).toBe(204);
    expect(second.headers.get('client-request-id')).toBe(headers['client-request-id']);
    expect(await writes()).toBe(before + 1);
  });

  it('when a referral is unknown or the filter is unsupported, then Graph-style errors come back', async () => {
    const missing = await sb.api.get<{ error: { code: string } }>(
      '/v1.0/engagements/referrals/00000000-0000-4000-8000-000000000000',
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('itemNotFound');
    const bad = await sb.api.get<{ error: { code: string } }>(
      `/v1.0/engagements/referrals?$filter=${encodeURIComponent('dealValue gt 5')}`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalidRequest');
  });
});
