import { billingProfileCard, companyProfileCard } from '../cards/views/profiles.js';
import { withCustomer } from './customers/with-customer.js';
import type { AreaSkills, Skill } from './skill.js';

/** customers.billingProfile.show: the billing contact (`develop/get-a-customer-s-billing-profile.md`). */
export const showBillingProfile: Skill = (request) =>
  withCustomer(request, 'billing profile for Contoso Ltd', async ({ customer, note }) => {
    const profile = await request.services.partnerCenter.customers.getBillingProfile(customer.id, {
      correlationId: request.correlationId,
    });
    return { cards: [billingProfileCard(customer, profile, note)] };
  });

/** customers.companyProfile.show: the customer's company (`develop/get-a-customer-s-company-profile.md`). */
export const showCompanyProfile: Skill = (request) =>
  withCustomer(request, 'company profile of Northwind Traders', async ({ customer, note }) => {
    const profile = await request.services.partnerCenter.customers.getCompanyProfile(customer.id, {
      correlationId: request.correlationId,
    });
    return { cards: [companyProfileCard(customer, profile, note)] };
  });

/** customers.billingProfile.show, customers.companyProfile.show. Intents without a skill here answer "not available yet". */
export const customerProfileSkills: AreaSkills = {
  'customers.billingProfile.show': showBillingProfile,
  'customers.companyProfile.show': showCompanyProfile,
};
