import type { PartnerProfileRecord, ReferralRecord } from '../models.js';
import { addDays, DAY_MS } from './dates.js';
import type { Rng } from './rng.js';

type Spec = [
  customer: string,
  city: string,
  state: string,
  country: string,
  status: ReferralRecord['status'],
  substatus: string,
  createdDaysAgo: number,
  dealValue: number,
  product: string,
  type: ReferralRecord['type'],
];

// Co-sell referrals in every state of their lifecycle (partner-rest referral-resources.md).
const SPECS: readonly Spec[] = [
  [
    'Fabrikam Inc',
    'Atlanta',
    'GA',
    'US',
    'New',
    'Pending',
    2,
    45000,
    'Microsoft365',
    'Independent',
  ],
  ['Relecloud', 'Seattle', 'WA', 'US', 'New', 'Pending', 5, 120000, 'Azure', 'Shared'],
  [
    'Lamna Healthcare Company',
    'Boston',
    'MA',
    'US',
    'New',
    'Received',
    9,
    80000,
    'Dynamics365',
    'Independent',
  ],
  ['Coho Winery', 'Napa', 'CA', 'US', 'New', 'Pending', 12, 15000, 'Microsoft365', 'Independent'],
  [
    'Northwind Traders',
    'London',
    'Greater London',
    'GB',
    'Active',
    'Accepted',
    20,
    60000,
    'Azure',
    'Shared',
  ],
  [
    "Munson's Pickles and Preserves Farm",
    'Dallas',
    'TX',
    'US',
    'Active',
    'Engaged',
    34,
    22000,
    'Microsoft365',
    'Independent',
  ],
  [
    "Margie's Travel",
    'Denver',
    'CO',
    'US',
    'Active',
    'Accepted',
    41,
    95000,
    'Dynamics365',
    'Shared',
  ],
  [
    'Adventure Works Cycles',
    'München',
    'BY',
    'DE',
    'Active',
    'Engaged',
    55,
    150000,
    'Azure',
    'Independent',
  ],
  [
    'Wide World Importers',
    'San Francisco',
    'CA',
    'US',
    'Closed',
    'Won',
    70,
    210000,
    'Azure',
    'Shared',
  ],
  [
    'Graphic Design Institute',
    'Chicago',
    'IL',
    'US',
    'Closed',
    'Lost',
    85,
    30000,
    'Microsoft365',
    'Independent',
  ],
  [
    'School of Fine Art',
    'Toronto',
    'ON',
    'CA',
    'Closed',
    'Declined',
    95,
    12000,
    'Microsoft365',
    'Independent',
  ],
  [
    'Bellows College',
    'Austin',
    'TX',
    'US',
    'Closed',
    'Expired',
    130,
    40000,
    'Dynamics365',
    'Independent',
  ],
];

const NOTES: Readonly<Record<string, string>> = {
  Microsoft365:
    'We are interested in deploying Microsoft 365 and are looking for support in training our employees. Can you help?',
  Azure: 'We plan to migrate our on-premises data center to Azure within the next two quarters.',
  Dynamics365: 'Our sales team needs a CRM; we are evaluating Dynamics 365 Sales.',
};

export function buildReferrals(
  rng: Rng,
  partner: PartnerProfileRecord,
  today: Date,
): ReferralRecord[] {
  return SPECS.map(
    ([name, city, state, country, status, substatus, days, value, product, type]) => {
      const created = new Date(addDays(today, -days).getTime() + rng.int(1, 20) * 3_600_000);
      const updated = status === 'New' ? created : new Date(created.getTime() + 3 * DAY_MS);
      return {
        id: rng.guid(),
        engagementId: rng.guid(),
        organizationId: partner.partnerId,
        organizationName: partner.companyName,
        name: `${name} - ${product}`,
        createdDateTime: created.toISOString(),
        updatedDateTime: updated.toISOString(),
        expirationDateTime: addDays(created, 30).toISOString(),
        status,
        substatus,
        qualification: type === 'Shared' ? 'SalesQualified' : 'Direct',
        type,
        direction: type === 'Shared' ? 'Outgoing' : 'Incoming',
        customerProfile: {
          name,
          address: {
            addressLine1: `${rng.int(10, 999)} Main Street`,
            addressLine2: '',
            city,
            state,
            postalCode: String(rng.int(10000, 99999)),
            country,
          },
          size: rng.pick(['1to100employees', '101to500employees', '501to1000employees']),
        },
        details: {
          notes: NOTES[product] ?? '',
          dealValue: value,
          currency:
            country === 'GB' ? 'GBP' : country === 'DE' ? 'EUR' : country === 'CA' ? 'CAD' : 'USD',
          closingDateTime: addDays(created, 60).toISOString(),
          requirements: {
            industries: [{ id: rng.pick(['Education', 'Retail', 'Manufacturing', 'Healthcare']) }],
            products: [{ id: product }],
            services: [{ id: 'LearningAndCertification' }],
            solutions: [{ id: `SOL-${product}`, name: product }],
          },
        },
        eTag: `"${rng.guid()}"`,
      };
    },
  );
}
