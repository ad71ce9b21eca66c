import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findCustomerId,
  findSubscription,
  startTestSandbox,
  type PcErrorBody,
  type TestSandbox,
  type WireBillingProfile,
  type WireCollection,
  type WireSubscription,
} from '../../helpers/sandbox.js';

let sb: TestSandbox;
let contoso: string;

beforeAll(async () => {
  sb = await startTestSandbox();
  contoso = await findCustomerId(sb.api, 'Contoso Ltd');
});
afterAll(() => sb.close());

const subPath = (s: WireSubscription) => `/v1/customers/${contoso}/subscriptions/${s.id}`;

/** A PATCH body like the .NET SDK sends: the full resource in PascalCase with Attributes.Etag. */
function fullResource(s: WireSubscription, changes: Record<string, unknown>) {
  return {
    Id: s.id,
    FriendlyName: s.friendlyName,
    Quantity: s.quantity,
    Status: s.status,
    AutoRenewEnabled: s.autoRenewEnabled,
    OfferId: s.offerId,
    CommitmentEndDate: s.commitmentEndDate,
    Attributes: { Etag: s.attributes.etag, ObjectType: 'Subscription' },
    ...changes,
  };
}

describe('Contoso seed data', () => {
  it('when listing Contoso subscriptions, then E3 (25, active), E1 (10, active), Teams Essentials (5, suspended) and an Azure plan are there', async () => {
    const res = await sb.api.get<WireCollection<WireSubscription>>(
      `/v1/customers/${contoso}/subscriptions`,
    );
    const byName = new Map(res.body.items.map((s) => [s.offerName, s]));
    expect(byName.get('Microsoft 365 E3')).toMatchObject({ quantity: 25, status: 'active' });
    expect(byName.get('Office 365 E1')).toMatchObject({ quantity: 10, status: 'active' });
    expect(byName.get('Microsoft Teams Essentials')).toMatchObject({
      quantity: 5,
      status: 'suspended',
    });
    expect(byName.get('Azure plan')).toMatchObject({ billingType: 'usage', status: 'active' });
    expect(res.body.links.next).toBeUndefined();
  });

  it('when listing subscriptions by order, then only that order’s subscriptions come back', async () => {
    const e3 = await findSubscription(sb.api, contoso, 'Microsoft 365 E3');
    const res = await sb.api.get<WireCollection<WireSubscription>>(
      `/v1/customers/${contoso}/subscriptions?order_id=${e3.orderId}`,
    );
    expect(res.body.items.map((s) => s.id)).toContain(e3.id);
    expect(res.body.items.every((s) => s.orderId === e3.orderId)).toBe(true);
  });
});

describe('subscription PATCH', () => {
  it('when the etag is stale, then 400 / 2055 and nothing changes', async () => {
    const s = await findSubscription(sb.api, contoso, 'Office 365 E1');
    const first = await sb.api.patch<WireSubscription>(
      subPath(s),
      fullResource(s, { FriendlyName: 'Head office' }),
    );
    expect(first.status).toBe(200);
    const stale = await sb.api.patch<PcErrorBody>(
      subPath(s),
      fullResource(s, { FriendlyName: 'Branch office' }),
    );
    expect(stale.status).toBe(400);
    expect(stale.body.code).toBe(2055);
    const now = await sb.api.get<WireSubscription>(subPath(s));
    expect(now.body.friendlyName).toBe('Head office');
  });

  it('when the etag comes in If-Match with quotes instead of the body, then it is accepted', async () => {
    const s = await findSubscription(sb.api, contoso, 'Office 365 E1');
    const res = await sb.api.patch<WireSubscription>(
      subPath(s),
      { friendlyName: 'E1 via If-Match' },
      {
        headers: { 'If-Match': `"${s.attributes.etag}"` },
      },
    );
    expect(res.status).toBe(200);
    expect(res.body.friendlyName).toBe('E1 via If-Match');
    expect(res.body.attributes.etag).not.toBe(s.attributes.etag);
  });

  it('when no etag is sent at all, then the answer is a 400 that says to send one', async () => {
    const s = await findSubscription(sb.api, contoso, 'Office 365 E1');
    const res = await sb.api.patch<PcErrorBody>(subPath(s), { quantity: 11 });
    expect(res.status).toBe(400);
    expect(res.body.description).toMatch(/ETag/);
  });

  it('when the quantity is outside the offer minimum and maximum, then 400 / 2002', async () => {
    const s = await findSubscription(sb.api, contoso, 'Office 365 E1');
    const res = await sb.api.patch<PcErrorBody>(subPath(s), fullResource(s, { Quantity: 0 }));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(2002);
    expect(res.body.description).toMatch(/allows 1 to 10000000/);
  });

  it('when the quantity is above the offer maximum, then 400 / 2002 and the seats stay as they were', async () => {
    const fabrikam = await findCustomerId(sb.api, 'Fabrikam Inc');
    const s = await findSubscription(sb.api, fabrikam, 'Microsoft 365 Business Premium');
    const path = `/v1/customers/${fabrikam}/subscriptions/${s.id}`;
    const res = await sb.api.patch<PcErrorBody>(path, fullResource(s, { Quantity: 301 }));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(2002);
    expect(res.body.description).toMatch(/allows 1 to 300/);
    expect((await sb.api.get<WireSubscription>(path)).body.quantity).toBe(s.quantity);
  });

  it('when an order asks for a quantity outside the offer minimum and maximum, then 400 / 2002 and no order is made', async () => {
    const orders = async () =>
      (await sb.api.get<WireCollection<unknown>>(`/v1/customers/${contoso}/orders`)).body.items
        .length;
    const before = await orders();
    for (const quantity of [0, 301]) {
      const res = await sb.api.post<PcErrorBody>(`/v1/customers/${contoso}/orders`, {
        BillingCycle: 'monthly',
        LineItems: [{ LineItemNumber: 0, OfferId: 'CFQ7TTC0LH18:0001', Quantity: quantity }],
      });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe(2002);
    }
    expect(await orders()).toBe(before);
  });

  it('when a legacy subscription quantity is lowered, then it is allowed', async () => {
    const s = await findSubscription(sb.api, contoso, 'Office 365 E1');
    const res = await sb.api.patch<WireSubscription>(subPath(s), fullResource(s, { Quantity: 8 }));
    expect(res.status).toBe(200);
    expect(res.body.quantity).toBe(8);
  });

  it('when a new-commerce subscription is reduced after its 7-day window, then 400 / 800090 explains the window', async () => {
    const s = await findSubscription(sb.api, contoso, 'Microsoft 365 E3');
    const res = await sb.api.patch<PcErrorBody>(subPath(s), fullResource(s, { Quantity: 20 }));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(800090);
    expect(res.body.description).toMatch(/7 days \(168 hours\)/);
  });

  it('when a new-commerce subscription is increased after its window, then it is allowed', async () => {
    const s = await findSubscription(sb.api, contoso, 'Microsoft 365 E3');
    const res = await sb.api.patch<WireSubscription>(subPath(s), fullResource(s, { Quantity: 30 }));
    expect(res.status).toBe(200);
    expect(res.body.quantity).toBe(30);
  });

  it('when a new-commerce subscription bought two days ago is reduced, then it is allowed', async () => {
    const s = await findSubscription(sb.api, contoso, 'Power BI Pro');
    const res = await sb.api.patch<WireSubscription>(subPath(s), fullResource(s, { Quantity: 7 }));
    expect(res.status).toBe(200);
    expect(res.body.quantity).toBe(7);
  });

  it('when an active subscription is suspended and then reactivated, then its status follows', async () => {
    const s = await findSubscription(sb.api, contoso, 'Azure plan');
    const suspended = await sb.api.patch<WireSubscription>(
      subPath(s),
      fullResource(s, { Status: 'suspended' }),
    );
    expect(suspended.status).toBe(200);
    expect(suspended.body.status).toBe('suspended');
    expect(suspended.body.suspensionReasons).toEqual(['PartnerInitiated']);
    const reactivated = await sb.api.patch<WireSubscription>(
      subPath(s),
      fullResource(suspended.body, { Status: 'active' }),
    );
    expect(reactivated.status).toBe(200);
    expect(reactivated.body.status).toBe('active');
    expect(reactivated.body.suspensionReasons).toBeUndefined();
  });

  it('when the quantity changes in the same request that suspends, then 400 / 2001', async () => {
    const s = await findSubscription(sb.api, contoso, 'Office 365 E1');
    const res = await sb.api.patch<PcErrorBody>(
      subPath(s),
      fullResource(s, { Status: 'suspended', Quantity: s.quantity + 1 }),
    );
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(2001);
  });

  it('when a suspended subscription is changed other than by reactivating, then 400 / 800091', async () => {
    const s = await findSubscription(sb.api, contoso, 'Microsoft Teams Essentials');
    const res = await sb.api.patch<PcErrorBody>(
      subPath(s),
      fullResource(s, { FriendlyName: 'Teams' }),
    );
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(800091);
  });

  it('when a deleted subscription is patched, then 400 / 2011', async () => {
    const s = await findSubscription(sb.api, contoso, 'Exchange Online (Plan 1)');
    expect(s.status).toBe('deleted');
    const res = await sb.api.patch<PcErrorBody>(subPath(s), fullResource(s, { Status: 'active' }));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(2011);
  });

  it('when the "accepted" fault is set for the route, then the PATCH answers 202 with a Location to poll, and the change is made', async () => {
    await sb.admin.post('/_sandbox/faults', {
      route: 'PATCH /v1/customers/:id/subscriptions/:sid',
      kind: 'accepted',
      times: 1,
    });
    const s = await findSubscription(sb.api, contoso, 'Microsoft 365 E3');
    const res = await sb.api.patch(subPath(s), fullResource(s, { AutoRenewEnabled: false }));
    expect(res.status).toBe(202);
    expect(res.headers.get('location')).toBe(`/v1/customers/${contoso}/subscriptions/${s.id}`);
    const polled = await sb.api.get<WireSubscription>(res.headers.get('location') ?? '');
    expect(polled.body.autoRenewEnabled).toBe(false);
  });
});

describe('billing profile PUT', () => {
  it('when the billing profile is updated with its etag in If-Match, then the change is saved and a new etag returned', async () => {
    const path = `/v1/customers/${contoso}/profiles/billing`;
    const current = await sb.api.get<WireBillingProfile>(path);
    const res = await sb.api.put<WireBillingProfile>(
      path,
      { ...current.body, email: 'ap@contoso.com' },
      {
        headers: { 'If-Match': `"${current.body.attributes.etag}"` },
      },
    );
    expect(res.status).toBe(200);
    expect(res.body.email).toBe('ap@contoso.com');
    expect(res.body.attributes.etag).not.toBe(current.body.attributes.etag);
  });

  it('when the billing profile etag is stale, then 400 / 2055', async () => {
    const path = `/v1/customers/${contoso}/profiles/billing`;
    const current = await sb.api.get<WireBillingProfile>(path);
    await sb.api.put(path, { ...current.body, companyName: 'Contoso Ltd.' });
    const res = await sb.api.put<PcErrorBody>(path, {
      ...current.body,
      companyName: 'Contoso Limited',
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(2055);
  });

  it('when the billing country is changed, then the update is refused', async () => {
    const path = `/v1/customers/${contoso}/profiles/billing`;
    const current = await sb.api.get<WireBillingProfile>(path);
    const res = await sb.api.put<PcErrorBody>(path, {
      ...current.body,
      defaultAddress: { ...current.body.defaultAddress, country: 'DE' },
    });
    expect(res.status).toBe(400);
    expect(res.body.description).toMatch(/country/);
  });
});

describe('add-on subscriptions', () => {
  it('when an add-on is reactivated while its parent is suspended, then 409 / 27009', async () => {
    const parent = await findSubscription(sb.api, contoso, 'Office 365 E1');
    const addOn = await findSubscription(
      sb.api,
      contoso,
      'Exchange Online Archiving for Exchange Online',
    );
    const suspendedAddOn = await sb.api.patch<WireSubscription>(
      subPath(addOn),
      fullResource(addOn, { Status: 'suspended' }),
    );
    expect(suspendedAddOn.status).toBe(200);
    const suspendedParent = await sb.api.patch<WireSubscription>(
      subPath(parent),
      fullResource(parent, { Status: 'suspended' }),
    );
    expect(suspendedParent.status).toBe(200);
    const res = await sb.api.patch<PcErrorBody>(
      subPath(addOn),
      fullResource(suspendedAddOn.body, { Status: 'active' }),
    );
    expect(res.status).toBe(409);
    expect(res.body.code).toBe(27009);
  });
});
