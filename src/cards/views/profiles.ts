import type {
  Address,
  CustomerBillingProfile,
  CustomerCompanyProfile,
  LegalBusinessProfile,
  MpnProfile,
  OrganizationProfile,
} from '../../partner-center/index.js';
import { renderCard, type AdaptiveCard } from '../render.js';
import { intentAction, type CardAction } from './actions.js';
import { detailsCard } from './details.js';
import { facts, type Fact } from './facts.js';
import { humanize } from './format.js';

/** The three profiles of the partner itself (`profile.show` entity `field`). */
export type PartnerProfileField = 'legal' | 'organization' | 'mpn';

export const PARTNER_PROFILE_TITLES: Readonly<Record<PartnerProfileField, string>> = {
  legal: 'Legal business profile',
  organization: 'Organization profile',
  mpn: 'MPN profile',
};

/** One line: street, city, state + postal code, country; empty parts left out. */
export function formatAddress(address: Address | undefined): string {
  if (!address) return '';
  const region = [address.state ?? address.region, address.postalCode].filter(Boolean).join(' ');
  return [
    address.addressLine1,
    address.addressLine2,
    address.addressLine3,
    address.city,
    region,
    address.country,
  ]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(', ');
}

function personName(first: string | undefined, last: string | undefined): string {
  return [first, last].filter(Boolean).join(' ');
}

function languageOf(language: string | undefined, culture: string | undefined): string {
  return culture && language ? `${language} (${culture})` : (language ?? culture ?? '');
}

export function legalBusinessFacts(p: LegalBusinessProfile): Fact[] {
  const vetting = p.vettingStatus
    ? [
        humanize(p.vettingStatus),
        p.vettingSubStatus && p.vettingSubStatus !== 'none' ? humanize(p.vettingSubStatus) : '',
      ]
        .filter(Boolean)
        .join(', ')
    : undefined;
  return facts([
    ['Legal name', p.companyName],
    ['Address', formatAddress(p.address)],
    ['Primary contact', personName(p.primaryContact?.firstName, p.primaryContact?.lastName)],
    ['Contact email', p.primaryContact?.email],
    ['Contact phone', p.primaryContact?.phoneNumber],
    ['Approver email', p.companyApproverEmail],
    ['Vetting status', vetting],
  ]);
}

export function organizationFacts(p: OrganizationProfile): Fact[] {
  return facts([
    ['Company', p.companyName],
    ['Domain', p.domain],
    ['Tenant id', p.tenantId],
    ['Email', p.email],
    ['Address', formatAddress(p.defaultAddress)],
    ['Language', languageOf(p.language, p.culture)],
    ['Organization id', p.id],
  ]);
}

export function mpnFacts(p: MpnProfile): Fact[] {
  return facts([
    ['MPN ID (Partner ID)', p.mpnId],
    ['Organization', p.organizationName],
  ]);
}

export interface PartnerProfileView {
  legal?: LegalBusinessProfile;
  organization?: OrganizationProfile;
  mpn?: MpnProfile;
  /** The one profile asked for ("what's our MPN ID?"); all three otherwise. */
  field?: PartnerProfileField;
  /** Profiles Partner Center would not give, with why (e.g. "Organization profile: 403 ..."). */
  unavailable?: string[];
}

/** The partner's own profiles, one section each (cards/profile-sections.json). */
export function partnerProfileCard(view: PartnerProfileView): AdaptiveCard {
  const sections = [
    view.legal && { heading: PARTNER_PROFILE_TITLES.legal, facts: legalBusinessFacts(view.legal) },
    view.organization && {
      heading: PARTNER_PROFILE_TITLES.organization,
      facts: organizationFacts(view.organization),
    },
    view.mpn && { heading: PARTNER_PROFILE_TITLES.mpn, facts: mpnFacts(view.mpn) },
  ].filter((s): s is { heading: string; facts: Fact[] } => Boolean(s && s.facts.length > 0));
  const company =
    view.organization?.companyName ?? view.legal?.companyName ?? view.mpn?.organizationName;
  const title =
    view.field === 'mpn' && view.mpn
      ? `Our MPN ID is ${view.mpn.mpnId}`
      : (company ?? 'Our partner profile');
  const subtitle = view.field
    ? 'Partner profile'
    : 'Partner profile: legal business, organization and MPN';
  const note = view.unavailable?.length
    ? `Not available: ${view.unavailable.join('; ')}.`
    : undefined;
  const others = (Object.keys(PARTNER_PROFILE_TITLES) as PartnerProfileField[]).filter(
    (f) => view.field && f !== view.field,
  );
  const actions: CardAction[] = view.field
    ? [
        ...others.map((f) => intentAction(PARTNER_PROFILE_TITLES[f], 'profile.show', { field: f })),
        intentAction('Whole profile', 'profile.show'),
      ]
    : [intentAction('Connection status', 'connection.status')];
  return renderCard('profile-sections', {
    title,
    subtitle,
    hasNote: Boolean(note),
    note: note ?? '',
    sections,
    actions,
  });
}

/** A customer as the customer profile cards name it. */
export interface ProfileCustomer {
  id: string;
  name: string;
}

function customerProfileActions(
  customer: ProfileCustomer,
  other: 'billing' | 'company',
): CardAction[] {
  const entities = { customer: customer.id };
  return [
    other === 'billing'
      ? intentAction('Billing profile', 'customers.billingProfile.show', entities)
      : intentAction('Company profile', 'customers.companyProfile.show', entities),
    intentAction('Subscriptions', 'subscriptions.list', entities),
  ];
}

export function billingProfileFacts(p: CustomerBillingProfile): Fact[] {
  const address = p.defaultAddress;
  return facts([
    [
      'Contact',
      personName(p.firstName, p.lastName) || personName(address?.firstName, address?.lastName),
    ],
    ['Email', p.email],
    ['Phone', address?.phoneNumber],
    ['Company', p.companyName],
    ['Address', formatAddress(address)],
    ['Language', languageOf(p.language, p.culture)],
  ]);
}

/** customers.billingProfile.show: who Microsoft bills at the customer, and where. */
export function billingProfileCard(
  customer: ProfileCustomer,
  profile: CustomerBillingProfile,
  note?: string,
): AdaptiveCard {
  return detailsCard({
    title: `Billing profile of ${customer.name}`,
    subtitle: 'Billing contact',
    ...(note ? { note } : {}),
    facts: nonEmpty(billingProfileFacts(profile), 'Billing contact'),
    actions: customerProfileActions(customer, 'company'),
  });
}

export function companyProfileFacts(p: CustomerCompanyProfile): Fact[] {
  return facts([
    ['Company', p.companyName],
    ['Domain', p.domain],
    ['Tenant id', p.tenantId],
    ['Email', p.email],
    ['Address', formatAddress(p.address)],
  ]);
}

/** customers.companyProfile.show: the customer's company as its tenant knows it. */
export function companyProfileCard(
  customer: ProfileCustomer,
  profile: CustomerCompanyProfile,
  note?: string,
): AdaptiveCard {
  return detailsCard({
    title: `Company profile of ${customer.name}`,
    subtitle: profile.domain ?? 'Company profile',
    ...(note ? { note } : {}),
    facts: nonEmpty(companyProfileFacts(profile), 'Company profile'),
    actions: customerProfileActions(customer, 'billing'),
  });
}

/** A FactSet needs at least one fact; an empty profile says so instead. */
function nonEmpty(rows: Fact[], what: string): Fact[] {
  return rows.length > 0 ? rows : [{ label: what, value: 'Partner Center returned no details' }];
}
