/**
 * What the agent can do, grouped by area, with one example each: the source of the welcome and
 * help cards. Intent ids follow shared/INTENTS.md; the help card shows only what the user's role
 * allows (security/permissions.ts decides).
 */
export interface Capability {
  intent: string;
  title: string;
  example: string;
}

export interface HelpArea {
  id: string;
  title: string;
  capabilities: Capability[];
}

export const HELP_AREAS: readonly HelpArea[] = [
  {
    id: 'customers',
    title: 'Customers',
    capabilities: [
      { intent: 'customers.list', title: 'List customers', example: 'list my customers' },
      {
        intent: 'customers.search',
        title: 'Find customers',
        example: 'find customers starting with fab',
      },
      { intent: 'customers.show', title: 'Customer details', example: 'show customer Contoso Ltd' },
      {
        intent: 'customers.billingProfile.show',
        title: 'Billing profile',
        example: 'billing profile for Contoso Ltd',
      },
      {
        intent: 'customers.companyProfile.show',
        title: 'Company profile',
        example: 'company profile of Northwind Traders',
      },
      { intent: 'customers.create', title: 'Onboard a customer', example: 'create a new customer' },
      {
        intent: 'customers.invite',
        title: 'Reseller invitation link',
        example: 'get me a reseller relationship link',
      },
      {
        intent: 'customers.billingProfile.update',
        title: 'Update billing contact',
        example: "change Contoso Ltd's billing email to ap@contoso.com",
      },
    ],
  },
  {
    id: 'subscriptions',
    title: 'Subscriptions',
    capabilities: [
      {
        intent: 'subscriptions.list',
        title: 'List subscriptions',
        example: 'show subscriptions for Contoso Ltd',
      },
      {
        intent: 'subscriptions.show',
        title: 'Subscription details',
        example: 'details of the Microsoft 365 E3 subscription for Contoso Ltd',
      },
      {
        intent: 'subscriptions.renewals',
        title: 'Upcoming renewals',
        example: 'which subscriptions renew in the next 30 days',
      },
      {
        intent: 'subscriptions.setQuantity',
        title: 'Change seats',
        example: 'add 5 licenses of Microsoft 365 E3 for Contoso Ltd',
      },
      {
        intent: 'subscriptions.rename',
        title: 'Rename',
        example: "rename Contoso Ltd's Office 365 E1 subscription to Frontline",
      },
      {
        intent: 'subscriptions.suspend',
        title: 'Suspend',
        example: "suspend Contoso Ltd's Power BI Pro subscription",
      },
      {
        intent: 'subscriptions.reactivate',
        title: 'Reactivate',
        example: 'reactivate Teams Essentials for Contoso Ltd',
      },
    ],
  },
  {
    id: 'licenses',
    title: 'Licenses',
    capabilities: [
      {
        intent: 'licenses.list',
        title: 'Available licenses',
        example: 'available licenses for Contoso Ltd',
      },
    ],
  },
  {
    id: 'users',
    title: 'Users and roles',
    capabilities: [
      { intent: 'users.list', title: 'List users', example: 'list users at Contoso Ltd' },
      {
        intent: 'users.show',
        title: 'User details',
        example: 'show user megan.bowen@contoso.onmicrosoft.com',
      },
      {
        intent: 'users.deleted',
        title: 'Deleted users',
        example: 'show deleted users at Contoso Ltd',
      },
      {
        intent: 'users.roles',
        title: "A user's roles",
        example: 'what roles does megan.bowen@contoso.onmicrosoft.com have',
      },
      {
        intent: 'roles.list',
        title: 'Directory roles',
        example: 'list directory roles for Contoso Ltd',
      },
      {
        intent: 'roles.members',
        title: 'Role members',
        example: 'who is global admin at Contoso Ltd?',
      },
      { intent: 'users.create', title: 'Create a user', example: 'add a new user to Fabrikam Inc' },
      {
        intent: 'users.update',
        title: 'Update a user',
        example: 'change the display name of jane@contoso.onmicrosoft.com to Jane Doe',
      },
      {
        intent: 'users.resetPassword',
        title: 'Reset a password',
        example: 'reset the password for jane@contoso.onmicrosoft.com',
      },
      {
        intent: 'users.delete',
        title: 'Delete a user',
        example: 'delete user jane@contoso.onmicrosoft.com',
      },
      {
        intent: 'users.restore',
        title: 'Restore a user',
        example: 'restore jane@contoso.onmicrosoft.com',
      },
      {
        intent: 'roles.removeMember',
        title: 'Remove from a role',
        example: 'remove jane@contoso.onmicrosoft.com from Global Administrator',
      },
    ],
  },
  {
    id: 'orders',
    title: 'Orders',
    capabilities: [
      { intent: 'orders.list', title: 'List orders', example: 'show orders for Contoso Ltd' },
      { intent: 'orders.show', title: 'Order details', example: 'show order <order id>' },
    ],
  },
  {
    id: 'usage',
    title: 'Usage',
    capabilities: [
      {
        intent: 'usage.customer',
        title: 'Customer usage',
        example: 'usage for Contoso Ltd last month',
      },
      {
        intent: 'usage.subscription',
        title: 'Subscription usage',
        example: "usage of Contoso Ltd's Azure plan in October",
      },
      {
        intent: 'usage.azure',
        title: 'Azure utilization',
        example: 'daily Azure utilization for Contoso Ltd this month',
      },
      {
        intent: 'usage.report',
        title: 'Monthly report',
        example: 'monthly usage report for Contoso Ltd',
      },
    ],
  },
  {
    id: 'offers',
    title: 'Offers',
    capabilities: [
      { intent: 'offers.list', title: 'Offers by country', example: 'list offers in Germany' },
      { intent: 'offers.search', title: 'Find offers', example: 'find offers for Teams in the UK' },
      { intent: 'offers.show', title: 'Offer details', example: 'show offer <offer id>' },
      {
        intent: 'offers.categories',
        title: 'Offer categories',
        example: 'what offer categories are there in France',
      },
    ],
  },
  {
    id: 'benefits',
    title: 'Partner benefits',
    capabilities: [
      { intent: 'benefits.list', title: 'Our benefits', example: 'show our benefits' },
      {
        intent: 'benefits.activate',
        title: 'Activate a benefit',
        example: 'activate benefit Visual Studio Enterprise',
      },
    ],
  },
  {
    id: 'referrals',
    title: 'Co-sell referrals',
    capabilities: [
      { intent: 'referrals.list', title: 'Referrals', example: 'show new co-sell referrals' },
      {
        intent: 'referrals.show',
        title: 'Referral details',
        example: 'open referral <referral id>',
      },
      {
        intent: 'referrals.update',
        title: 'Accept or close',
        example: 'accept referral <referral id>',
      },
    ],
  },
  {
    id: 'profile',
    title: 'Partner profile',
    capabilities: [
      { intent: 'profile.show', title: 'Our profile', example: 'show our partner profile' },
      {
        intent: 'profile.update',
        title: 'Update our profile',
        example: 'update our company phone number to 4255550100',
      },
      { intent: 'audit.list', title: 'Recent changes', example: 'what changed today' },
    ],
  },
  {
    id: 'connection',
    title: 'Connection',
    capabilities: [
      { intent: 'connection.status', title: 'Connection status', example: 'am I connected?' },
      { intent: 'whoami', title: 'My role', example: 'what is my role' },
    ],
  },
];
