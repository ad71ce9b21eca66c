import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestSandbox,
  type PcErrorBody,
  type TestSandbox,
  type WireCustomer,
  type WireUser,
  type WireCollection,
} from '../../helpers/sandbox.js';

let sb: TestSandbox;

beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(() => sb.close());

/** The doc request body of develop/create-a-customer.md, PascalCase as the .NET SDK sends it. */
const request = (domain: string) => ({
  CompanyProfile: { Domain: domain },
  BillingProfile: {
    Culture: 'EN-US',
    Email: 'test@outlook.com',
    Language: 'en',
    CompanyName: 'Relecloud',
    DefaultAddress: {
      FirstName: 'Test',
      LastName: 'Test',
      AddressLine1: 'One Microsoft Way',
      City: 'Redmond',
      State: 'WA',
      PostalCode: '98052',
      Country: 'US',
    },
  },
});

describe('customer creation', () => {
  it('when a free domain is checked with HEAD, then 404 with an empty body; a taken one gives 200', async () => {
    const free = await sb.api.head('/v1/domains/relecloud.onmicrosoft.com');
    expect(free.status).toBe(404);
    expect(free.text).toBe('');
    const taken = await sb.api.head('/v1/domains/contoso.onmicrosoft.com');
    expect(taken.status).toBe(200);
    expect((await sb.api.head('/v1/domains/CONTOSO')).status).toBe(200);
  });

  it('when a customer is created, then 201 with the customer and the admin credentials, and the domain is taken', async () => {
    const res = await sb.api.post<WireCustomer>(
      '/v1/customers',
      request('relecloud.onmicrosoft.com'),
    );
    expect(res.status).toBe(201);
    expect(res.body.companyProfile.domain).toBe('relecloud.onmicrosoft.com');
    expect(res.body.billingProfile?.companyName).toBe('Relecloud');
    expect(res.body.userCredentials?.userName).toBe('admin');
    expect(res.body.userCredentials?.password.length).toBeGreaterThanOrEqual(8);
    expect((await sb.api.head('/v1/domains/relecloud.onmicrosoft.com')).status).toBe(200);

    const read = await sb.api.get<WireCustomer>(`/v1/customers/${res.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.userCredentials).toBeUndefined();
    const users = await sb.api.get<WireCollection<WireUser>>(`/v1/customers/${res.body.id}/users`);
    expect(users.body.items.map((u) => u.userPrincipalName)).toEqual([
      'admin@relecloud.onmicrosoft.com',
    ]);
  });

  it('when the domain is already in use, then the creation is refused with a 400 that says so', async () => {
    const res = await sb.api.post<PcErrorBody>(
      '/v1/customers',
      request('fabrikam.onmicrosoft.com'),
    );
    expect(res.status).toBe(400);
    expect(res.body.description).toMatch(/already in use/);
  });

  it('when required billing properties are missing, then the 400 lists them', async () => {
    const res = await sb.api.post<PcErrorBody>('/v1/customers', {
      CompanyProfile: { Domain: 'newco.onmicrosoft.com' },
    });
    expect(res.status).toBe(400);
    expect(res.body.description).toMatch(/BillingProfile.Email/);
  });

  it('when unknown properties are sent, then they are ignored', async () => {
    const res = await sb.api.post<WireCustomer>('/v1/customers', {
      ...request('lamna.onmicrosoft.com'),
      SomethingNew: { Nested: true },
    });
    expect(res.status).toBe(201);
  });
});
