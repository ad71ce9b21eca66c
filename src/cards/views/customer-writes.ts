import type { AdaptiveCard } from '../render.js';
import { intentAction, openUrlAction } from './actions.js';
import { facts } from './facts.js';
import { formCard, type FormField } from './form.js';
import { noticeCard } from './notice.js';

/** The inputs of the new-customer form, by id (as the form sends them back). */
export interface NewCustomerValues {
  companyName: string;
  domainPrefix: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  addressLine1: string;
  city: string;
  state: string;
  postalCode: string;
  country: string;
}

export interface NewCustomerFormView {
  values: Partial<NewCustomerValues>;
  errors?: Partial<Record<keyof NewCustomerValues, string>>;
  countries: ReadonlyArray<{ code: string; name: string }>;
  /** "tailwindtraders.onmicrosoft.com is free." after a check that passed. */
  domainNote?: string;
  errorSummary?: string;
}

/** customers.create: everything Partner Center needs for a new tenant, in one form. */
export function newCustomerFormCard(view: NewCustomerFormView): AdaptiveCard {
  const v = view.values;
  const e = view.errors ?? {};
  const field = (
    id: keyof NewCustomerValues,
    label: string,
    extra: Partial<FormField> = {},
  ): FormField => ({
    id,
    label,
    value: v[id] ?? '',
    ...extra,
    ...(e[id] ? { error: e[id] } : {}),
  });
  return formCard({
    title: 'Create a new customer',
    subtitle: 'A new Microsoft Entra tenant, with you as its reseller',
    ...(view.errorSummary ? { errorSummary: view.errorSummary } : {}),
    fields: [
      field('companyName', 'Company name', { required: true }),
      field('domainPrefix', 'Domain prefix', {
        required: true,
        maxLength: 27,
        placeholder: 'tailspintoys',
        hint:
          view.domainNote ??
          'Letters and digits, 2–27 characters: the tenant becomes <prefix>.onmicrosoft.com, which cannot be changed later.',
      }),
      field('firstName', 'Billing contact first name', { required: true }),
      field('lastName', 'Billing contact last name', { required: true }),
      field('email', 'Billing email', { required: true, kind: 'email' }),
      field('phone', 'Phone', { kind: 'tel' }),
      field('addressLine1', 'Address line 1', { required: true }),
      field('city', 'City', { required: true }),
      field('state', 'State or province', {
        hint: 'Required in the US, Canada, Australia and India.',
      }),
      field('postalCode', 'Postal code', { required: true, maxLength: 20 }),
      field('country', 'Country', {
        required: true,
        kind: 'choice',
        choices: view.countries.map((c) => ({ title: c.name, value: c.code })),
        hint: 'Sets the billing language and culture too. It cannot be changed later.',
      }),
    ],
    intent: 'customers.create',
    submitTitle: 'Review the new customer',
  });
}

export interface EditFormView {
  title: string;
  subtitle: string;
  fields: FormField[];
  intent: string;
  entities?: Record<string, unknown>;
  errorSummary?: string;
}

/** A prefilled form for a profile update (billing profile, partner profile). */
export function editFormCard(view: EditFormView): AdaptiveCard {
  return formCard({
    title: view.title,
    subtitle: view.subtitle,
    fields: view.fields,
    intent: view.intent,
    ...(view.entities ? { entities: view.entities } : {}),
    ...(view.errorSummary ? { errorSummary: view.errorSummary } : {}),
  });
}

export interface InvitationView {
  url: string;
  /** The partner's legal name, for the e-mail text; left out when Partner Center did not say. */
  partnerName?: string;
}

/**
 * customers.invite: the reseller relationship link (`develop/request-reseller-relationship.md`)
 * and an e-mail to send with it. Getting the link changes nothing; the customer's Global
 * Administrator accepts it in the Microsoft 365 admin center.
 */
export function invitationCard(view: InvitationView): AdaptiveCard {
  const us = view.partnerName ?? 'us';
  const email = [
    `Subject: Invitation to work with ${us} as your Microsoft Cloud Solution Provider`,
    `Hello, please open the link below while signed in as a Global Administrator of your Microsoft 365 organization, and accept the invitation to authorize ${us} as your reseller: ${view.url}`,
  ].join('\n\n');
  // DAP=false: the invitation grants no admin rights in the customer's tenant (GDAP is separate).
  const noDap = /[?&]DAP=false/i.test(view.url)
    ? ' It gives you no admin rights in their tenant: ask for GDAP roles separately.'
    : '';
  return noticeCard({
    title: 'Reseller relationship link',
    message: [
      `Send this link to the customer’s Global Administrator. When they accept it in the Microsoft 365 admin center, the customer appears in your customer list.${noDap}`,
      `E-mail to send:\n\n${email}`,
    ].join('\n\n'),
    tone: 'good',
    facts: facts([['Link', view.url]]),
    actions: [
      openUrlAction('Open the link', view.url),
      intentAction('List customers', 'customers.list'),
    ],
  });
}
