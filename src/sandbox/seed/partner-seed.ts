import type { BenefitRecord, PartnerProfileRecord } from '../models.js';
import { addDays } from './dates.js';
import type { Rng } from './rng.js';

/** The partner the sandbox signs in as (a Microsoft fictitious company). */
export function buildPartnerProfile(rng: Rng): PartnerProfileRecord {
  return {
    partnerId: rng.guid(),
    mpnId: '4391507',
    companyName: 'Trey Research Inc',
    domain: 'treyresearch.onmicrosoft.com',
    email: 'partners@treyresearch.net',
    language: 'en',
    culture: 'en-US',
    address: {
      country: 'US',
      city: 'Buffalo',
      state: 'NY',
      addressLine1: '123 Main Street',
      addressLine2: '',
      postalCode: '14202',
      firstName: 'Gena',
      lastName: 'Soto',
      phoneNumber: '4255550100',
    },
    primaryContact: {
      firstName: 'Gena',
      lastName: 'Soto',
      email: 'gena@treyresearch.net',
      phoneNumber: '4255550100',
    },
    organizationId: rng.guid(),
    organizationVersion: 1,
  };
}

/** Other partners the MPN lookup knows (`GET /v1/profiles/mpn?mpnId=`). */
export const KNOWN_MPN_IDS: readonly string[] = ['4391507', '6081234', '1234567'];

type BenefitSpec = Omit<BenefitRecord, 'id' | 'activationDate' | 'expiryDate' | 'version'> & {
  activatedDaysAgo?: number;
  expiresInDays?: number;
};

const PROGRAM = 'Microsoft AI Cloud Partner Program';

const BENEFITS: readonly BenefitSpec[] = [
  {
    name: 'Visual Studio Enterprise',
    benefitType: 'VisualStudio',
    status: 'available',
    description:
      'Visual Studio Enterprise subscriptions for your developers, including Azure dev/test credits.',
    programName: PROGRAM,
    quantity: 5,
    unit: 'Licenses',
  },
  {
    name: 'Visual Studio Professional',
    benefitType: 'VisualStudio',
    status: 'active',
    description: 'Visual Studio Professional subscriptions for your developers.',
    programName: PROGRAM,
    quantity: 10,
    unit: 'Licenses',
    activatedDaysAgo: 160,
    expiresInDays: 205,
  },
  {
    name: 'Azure sponsorship credits',
    benefitType: 'Azure',
    status: 'active',
    description: 'Monthly Azure credit for internal use, demos and proofs of concept.',
    programName: PROGRAM,
    quantity: 3500,
    unit: 'USD per year',
    activatedDaysAgo: 90,
    expiresInDays: 275,
  },
  {
    name: 'Azure dev/test credits',
    benefitType: 'Azure',
    status: 'expired',
    description: 'Azure credits for development and testing.',
    programName: PROGRAM,
    quantity: 150,
    unit: 'USD per month',
    activatedDaysAgo: 420,
    expiresInDays: -55,
  },
  {
    name: 'Azure credits for solution partners',
    benefitType: 'Azure',
    status: 'available',
    description: 'Additional Azure credits for partners with a Solutions Partner designation.',
    programName: PROGRAM,
    quantity: 4000,
    unit: 'USD per year',
  },
  {
    name: 'Dynamics 365 Sales Enterprise (internal use rights)',
    benefitType: 'Dynamics',
    status: 'active',
    description: 'Internal-use licenses of Dynamics 365 Sales Enterprise.',
    programName: PROGRAM,
    quantity: 10,
    unit: 'Licenses',
    activatedDaysAgo: 200,
    expiresInDays: 165,
  },
  {
    name: 'Dynamics 365 Business Central Premium (internal use rights)',
    benefitType: 'Dynamics',
    status: 'available',
    description: 'Internal-use licenses of Dynamics 365 Business Central Premium.',
    programName: PROGRAM,
    quantity: 5,
    unit: 'Licenses',
  },
  {
    name: 'Partner advisory hours',
    benefitType: 'Support',
    status: 'active',
    description: 'Hours of remote consultation with Microsoft technical consultants.',
    programName: PROGRAM,
    quantity: 20,
    unit: 'Hours',
    activatedDaysAgo: 45,
    expiresInDays: 320,
  },
  {
    name: 'Signature cloud support',
    benefitType: 'Support',
    status: 'available',
    description: 'Priority cloud support incidents.',
    programName: PROGRAM,
    quantity: 5,
    unit: 'Incidents',
  },
  {
    name: 'Technical presales and deployment services',
    benefitType: 'Training',
    status: 'available',
    description: 'Technical presales and deployment assistance for customer projects.',
    programName: PROGRAM,
    quantity: 50,
    unit: 'Hours',
  },
  {
    name: 'Microsoft certification exam vouchers',
    benefitType: 'Training',
    status: 'expired',
    description: 'Vouchers for Microsoft certification exams.',
    programName: PROGRAM,
    quantity: 10,
    unit: 'Vouchers',
    activatedDaysAgo: 500,
    expiresInDays: -135,
  },
];

/** Partner benefits: active, expired and available ones of every type (partner-center-api.md §5.10). */
export function buildBenefits(rng: Rng, today: Date): BenefitRecord[] {
  return BENEFITS.map(({ activatedDaysAgo, expiresInDays, ...spec }) => ({
    ...spec,
    id: rng.guid(),
    activationDate:
      activatedDaysAgo === undefined ? null : addDays(today, -activatedDaysAgo).toISOString(),
    expiryDate: expiresInDays === undefined ? null : addDays(today, expiresInDays).toISOString(),
    version: 1,
  }));
}
