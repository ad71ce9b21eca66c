import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox, type PcErrorBody, type TestSandbox } from '../../helpers/sandbox.js';

interface WireOrganizationProfile {
  companyName: string;
  defaultAddress: { country: string; city: string };
  attributes: { etag: string };
}

let sb: TestSandbox;

beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(() => sb.close());

const PATH = '/v1/profiles/organization';
const ifMatch = (etag: string) => ({ headers: { 'If-Match': `"${etag}"` } });

describe('partner profiles', () => {
  it('when the organization profile moves to another city, then the new address is kept', async () => {
    const current = await sb.api.get<WireOrganizationProfile>(PATH);
    const res = await sb.api.put<WireOrganizationProfile>(
      PATH,
      { ...current.body, defaultAddress: { ...current.body.defaultAddress, city: 'Bellevue' } },
      ifMatch(current.body.attributes.etag),
    );
    expect(res.status).toBe(200);
    expect(res.body.defaultAddress).toEqual({ ...current.body.defaultAddress, city: 'Bellevue' });
  });

  it('when the organization profile is sent with another country, then 400 names the partner address and nothing changes', async () => {
    const current = await sb.api.get<WireOrganizationProfile>(PATH);
    const res = await sb.api.put<PcErrorBody>(
      PATH,
      { ...current.body, defaultAddress: { ...current.body.defaultAddress, country: 'DE' } },
      ifMatch(current.body.attributes.etag),
    );
    expect(res.status).toBe(400);
    expect(res.body.description).toMatch(/country of the partner address cannot be changed/);
    expect((await sb.api.get<WireOrganizationProfile>(PATH)).body).toEqual(current.body);
  });
});
