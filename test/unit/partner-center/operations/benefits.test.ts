import { describe, expect, it } from 'vitest';
import { collectAll, hasErrorCode } from '../../../../src/partner-center/index.js';
import { collection } from '../../../helpers/scripted-fetch.js';
import { createTestClient } from '../test-client.js';

const BENEFITS = 'https://benefits.test/v1/benefits';
const benefit = {
  id: 'b1',
  name: 'Visual Studio Enterprise',
  benefitType: 'VisualStudio',
  status: 'available',
};

describe('benefits', () => {
  it('when no benefits endpoint is configured, then list and activate fail with PC_BENEFITS_NOT_CONFIGURED and make no HTTP call', async () => {
    const { client, pc } = createTestClient();
    expect(client.benefits.available).toBe(false);
    const listError = await collectAll(client.benefits.list()).catch((e: unknown) => e);
    const activateError = await client.benefits.activate('b1').catch((e: unknown) => e);
    expect(hasErrorCode(listError, 'PC_BENEFITS_NOT_CONFIGURED')).toBe(true);
    expect(hasErrorCode(activateError, 'PC_BENEFITS_NOT_CONFIGURED')).toBe(true);
    expect(pc.calls).toHaveLength(0);
  });

  it('when an endpoint is configured, then benefits are listed from it with a Partner Center token', async () => {
    const { client, pc } = createTestClient([{ body: collection([benefit]) }], {
      benefitsEndpoint: BENEFITS,
    });
    const benefits = await collectAll(client.benefits.list());
    expect(benefits[0]).toMatchObject({ id: 'b1', benefitType: 'VisualStudio' });
    expect(pc.calls[0]).toMatchObject({
      url: BENEFITS,
      headers: { authorization: 'Bearer static-test-token-value' },
    });
  });

  it('when the endpoint answers a bare array or an OData value, then it is read as the list', async () => {
    const { client } = createTestClient([{ body: [benefit] }, { body: { value: [benefit] } }], {
      benefitsEndpoint: BENEFITS,
    });
    expect(await collectAll(client.benefits.list())).toHaveLength(1);
    expect(await collectAll(client.benefits.list())).toHaveLength(1);
  });

  it('when a benefit is activated, then POST {endpoint}/{id}/activate returns it with its new status', async () => {
    const { client, pc } = createTestClient(
      [{ body: { ...benefit, status: 'active', expiryDate: '2027-01-01T00:00:00Z' } }],
      {
        benefitsEndpoint: BENEFITS,
      },
    );
    const activated = await client.benefits.activate('b1');
    expect(activated.status).toBe('active');
    expect(pc.transcript).toEqual(['POST /v1/benefits/b1/activate -> 200']);
  });
});
