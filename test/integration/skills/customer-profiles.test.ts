import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actionsOf,
  startTestAgent,
  textsOf,
  type TestAgent,
  onlyCard,
  button,
} from '../../helpers/agent.js';
import {
  createApi,
  type PcApi,
  customerNamed as findCustomerNamed,
} from '../../helpers/sandbox.js';
import { validateCard } from '../../helpers/validate-card.js';

// customers.billingProfile.show and customers.companyProfile.show through the real agent,
// checked against the sandbox's own profiles.
let agent: TestAgent;
let pc: PcApi;

const customerNamed = (name: string) => findCustomerNamed(pc, name);

interface WireBilling {
  firstName: string;
  lastName: string;
  email: string;
  companyName: string;
  defaultAddress: { addressLine1: string; city: string; phoneNumber: string };
}
interface WireCompany {
  tenantId: string;
  domain: string;
  companyName: string;
  email?: string;
  address?: { addressLine1: string; city: string };
}

beforeAll(async () => {
  agent = await startTestAgent();
  pc = createApi(agent.host.sandbox!.url);
});
afterAll(() => agent?.close());

describe('customer billing and company profiles against the sandbox', () => {
  it('when the user asks "who is the billing contact at Fabrikam", then the card shows the contact, email, phone, company and address the sandbox holds', async () => {
    const fabrikam = await customerNamed('Fabrikam Inc');
    const card = onlyCard(await agent.conversation().say('who is the billing contact at Fabrikam'));
    const billing = (await pc.get<WireBilling>(`/v1/customers/${fabrikam.id}/profiles/billing`))
      .body;
    const texts = textsOf(card);
    expect(texts[0]).toBe('Billing profile of Fabrikam Inc');
    expect(texts).toEqual(
      expect.arrayContaining([
        `Contact: ${billing.firstName} ${billing.lastName}`,
        `Email: ${billing.email}`,
        `Phone: ${billing.defaultAddress.phoneNumber}`,
        `Company: ${billing.companyName}`,
      ]),
    );
    const address = texts.find((t) => t.startsWith('Address: '));
    expect(address).toContain(billing.defaultAddress.addressLine1);
    expect(address).toContain(billing.defaultAddress.city);
    expect(actionsOf(card).map((a) => [a.title, a.data])).toEqual([
      [
        'Company profile',
        { intent: 'customers.companyProfile.show', entities: { customer: fabrikam.id } },
      ],
      ['Subscriptions', { intent: 'subscriptions.list', entities: { customer: fabrikam.id } }],
    ]);
  });

  it('when the user asks "company profile of Northwind", then the card shows name, domain, tenant id and address, and its button opens the billing profile', async () => {
    const northwind = await customerNamed('Northwind Traders');
    const chat = agent.conversation();
    const card = onlyCard(await chat.say('company profile of Northwind'));
    const company = (await pc.get<WireCompany>(`/v1/customers/${northwind.id}/profiles/company`))
      .body;
    const texts = textsOf(card);
    expect(texts[0]).toBe('Company profile of Northwind Traders');
    expect(texts).toEqual(
      expect.arrayContaining([
        `Company: ${company.companyName}`,
        `Domain: ${company.domain}`,
        `Tenant id: ${company.tenantId}`,
      ]),
    );
    expect(texts.find((t) => t.startsWith('Address: '))).toContain(company.address?.addressLine1);

    const pressed = await chat.press(button(card, 'Billing profile'));
    expect(pressed.status).toBe(200);
    expect(validateCard(pressed.body.value!).errors).toEqual([]);
    expect(textsOf(pressed.body.value)[0]).toBe('Billing profile of Northwind Traders');
  });

  it('when the user asks about a customer and then "and its billing profile?", then the profile is the one of the customer in context', async () => {
    const chat = agent.conversation();
    onlyCard(await chat.say('show customer Contoso Ltd'));
    const card = onlyCard(await chat.say('and its billing profile?'));
    expect(textsOf(card)[0]).toBe('Billing profile of Contoso Ltd');
    const company = onlyCard(await chat.say('what about its company profile'));
    expect(textsOf(company)[0]).toBe('Company profile of Contoso Ltd');
  });

  it('when no customer is named or in context, then the card asks which customer', async () => {
    const card = onlyCard(await agent.conversation().say('show the billing profile'));
    expect(textsOf(card)[0]).toBe('Which customer?');
  });
});
