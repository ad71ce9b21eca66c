import { describe, expect, it } from 'vitest';
import {
  StaticTokenProvider,
  collectAll,
  isPartnerCenterError,
} from '../../../../src/partner-center/index.js';
import { jsonBody, readSample } from '../samples.js';
import { createTestClient } from '../test-client.js';

const referral = (id: string) => ({ id, status: 'New', direction: 'Incoming' });

describe('referrals (Partner API)', () => {
  it('when referrals span pages, then @odata.nextLink is followed on the configured Partner API root', async () => {
    const { client, pc } = createTestClient([
      { body: readSample('referrals-list.json') },
      { body: { value: [referral('r2')] } },
    ]);
    const all = await collectAll(
      client.referrals.list({
        filter: "status eq 'New'",
        top: 25,
        orderBy: 'createdDateTime desc',
      }),
    );
    expect(all.map((r) => r.id)).toEqual(['c5fbb3b6-be74-4795-9fb5-4324c73fed37', 'r2']);
    const first = new URL(pc.calls[0]!.url);
    expect(first.origin + first.pathname).toBe(
      'https://partner-api.test/v1.0/engagements/referrals',
    );
    expect(Object.fromEntries(first.searchParams)).toEqual({
      $filter: "status eq 'New'",
      $top: '25',
      $orderby: 'createdDateTime desc',
    });
    // The sample's nextLink is http://api.partner.microsoft.com/...; only its path and query are used.
    expect(pc.calls[1]!.url).toBe(
      'https://partner-api.test/v1.0/referrals?$skiptoken=k181pEdP0ykypkieJfcxX',
    );
  });

  it('when a referral call is sent, then it carries client-request-id and the Partner API token, not MS-RequestId', async () => {
    const { client, pc } = createTestClient([{ body: readSample('referral-get.json') }], {
      partnerApiTokenProvider: new StaticTokenProvider('partner-api-token'),
    });
    const r = await client.referrals.get('c5fbb3b6', { requestId: 'rid-7' });
    expect(r.eTag).toBe('"2500ec5a-0000-0000-0000-5bf4967d0000"');
    expect(pc.calls[0]!.headers).toMatchObject({
      'client-request-id': 'rid-7',
      authorization: 'Bearer partner-api-token',
    });
    expect(pc.calls[0]!.headers['ms-requestid']).toBeUndefined();
    expect(pc.calls[0]!.headers['x-locale']).toBeUndefined();
  });

  it('when byPage asks for 10 and no top is given, then $top=10 is sent', async () => {
    const { client, pc } = createTestClient([{ body: { value: [] } }]);
    await collectAll(client.referrals.list().byPage({ maxPageSize: 10 }));
    expect(new URL(pc.calls[0]!.url).searchParams.get('$top')).toBe('10');
  });

  it('when the Partner API answers a Graph-style error, then it becomes a PartnerCenterError with the string code', async () => {
    const { client } = createTestClient([
      { status: 403, body: readSample('error-partner-api.json') },
    ]);
    const error = await client.referrals.get('r1').catch((e: unknown) => e);
    if (!isPartnerCenterError(error)) throw error;
    expect(error).toMatchObject({
      status: 403,
      code: 'unAuthorized',
      description: 'Caller is not authorized to access the resource.',
      operation: 'referrals.get',
    });
  });

  it('when a referral is updated and the API answers 204, then the patch carries If-Match and the fresh referral is returned', async () => {
    const { client, pc } = createTestClient([
      { status: 204 },
      { body: { ...readSample('referral-get.json'), status: 'Active' } },
    ]);
    const updated = await client.referrals.update(
      'r1',
      { status: 'Active', substatus: 'Accepted' },
      { etag: '"2500ec5a"' },
    );
    expect(updated.status).toBe('Active');
    expect(pc.transcript).toEqual([
      'PATCH /v1.0/engagements/referrals/r1 -> 204',
      'GET /v1.0/engagements/referrals/r1 -> 200',
    ]);
    expect(pc.calls[0]!.headers['if-match']).toBe('"2500ec5a"');
    expect(jsonBody(pc.calls[0])).toEqual({ status: 'Active', substatus: 'Accepted' });
  });
});
