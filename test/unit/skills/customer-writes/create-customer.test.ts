import { describe, expect, it } from 'vitest';
import type { PartnerCenterClient } from '../../../../src/partner-center/index.js';
import { createCustomerWrite } from '../../../../src/skills/customer-writes/create-customer.js';
import type { CustomerDirectory } from '../../../../src/skills/customers/customer-directory.js';
import type { SkillServices } from '../../../../src/skills/services.js';
import type { SkillRequest } from '../../../../src/skills/skill.js';
import { isProposal } from '../../../../src/skills/writes/write-definition.js';

const VALUES = {
  companyName: 'Tailwind Traders',
  domainPrefix: 'tailwindtraders',
  firstName: 'Jordan',
  lastName: 'Mills',
  email: 'billing@example.com',
  phone: '',
  addressLine1: '1 Harbor Way',
  city: 'Seattle',
  state: 'WA',
  postalCode: '98101',
  country: 'US',
};

/** A request whose Partner Center must not be called: only the swapped domain check answers. */
function request(): { request: SkillRequest; searched: string[] } {
  const searched: string[] = [];
  const customers: CustomerDirectory = {
    get: () => Promise.reject(new Error('not expected')),
    closest: () => Promise.reject(new Error('not expected')),
    async searchPrefix(field, prefix) {
      searched.push(`${field} ${prefix}`);
      return { customers: [], more: false };
    },
  };
  const services: Partial<SkillServices> = {
    partnerCenter: {} as PartnerCenterClient,
    customers,
  };
  return {
    searched,
    request: {
      intent: 'customers.create',
      entities: {},
      text: '',
      user: { id: 'user-1' },
      conversationId: 'c-1',
      privateReply: true,
      context: {},
      correlationId: 'corr-1',
      form: VALUES,
      services: services as SkillServices,
    },
  };
}

describe('customers.create with a swapped domain check', () => {
  it('when the check says the domain is taken, then the form comes back with the error under the prefix and nothing else is asked', async () => {
    const asked: string[] = [];
    const write = createCustomerWrite(async (_client, domain) => {
      asked.push(domain);
      return false;
    });
    const { request: r, searched } = request();
    const reply = await write.fromForm!(r, VALUES);
    expect(isProposal(reply)).toBe(false);
    expect(JSON.stringify(reply)).toContain(
      'tailwindtraders.onmicrosoft.com is already taken. Choose another prefix.',
    );
    expect(asked).toEqual(['tailwindtraders.onmicrosoft.com']);
    expect(searched).toEqual([]);
  });

  it('when the check says it is free, then the proposal’s payload is the POST body and holds no password', async () => {
    const write = createCustomerWrite(async () => true);
    const { request: r, searched } = request();
    const proposed = await write.fromForm!(r, VALUES);
    expect(isProposal(proposed)).toBe(true);
    if (!isProposal(proposed)) return;
    expect(proposed.target).toBe('tailwindtraders.onmicrosoft.com');
    expect(proposed.payload.customer.companyProfile).toEqual({
      domain: 'tailwindtraders.onmicrosoft.com',
    });
    expect(JSON.stringify(proposed).toLowerCase()).not.toContain('password"');
    expect(searched).toEqual(['companyName Tailwind Traders']);
  });
});
