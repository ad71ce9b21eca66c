import { intentAction } from '../../cards/views/actions.js';
import { newCustomerFormCard, type NewCustomerValues } from '../../cards/views/customer-writes.js';
import { facts } from '../../cards/views/facts.js';
import { formatAddress } from '../../cards/views/profiles.js';
import type { CustomerCreateInput } from '../../partner-center/index.js';
import { partnerCountry } from '../catalog/partner-country.js';
import type { SkillReply, SkillRequest } from '../skill.js';
import type { Change, Proposal, WriteDefinition } from '../writes/write-definition.js';
import { COUNTRIES, DEFAULT_COUNTRY, countryOf } from './countries.js';
import { isDomainAvailable, type DomainAvailability } from './domain-availability.js';
import {
  checkNewCustomer,
  createInputOf,
  domainOf,
  prefixOf,
  suggestedPrefix,
  type FieldErrors,
  type NewCustomer,
} from './new-customer-input.js';
import { DOMAIN_PREFIX, problemOf } from './rules.js';

interface CreateCustomerPayload {
  /** The POST body: no secret (Partner Center makes the admin password and returns it once). */
  customer: CustomerCreateInput;
}

const EXAMPLE = 'onboard customer Tailspin Toys';
const NOT_YET = '—';

/**
 * customers.create (`develop/create-a-customer.md`): a form with everything the new tenant
 * needs; on submit every field is checked and the domain must be free, else the same form comes
 * back with the values kept and each problem under its field. The confirmation lists what will
 * be created; the result shows the tenant and, once, the admin password.
 */
export function createCustomerWrite(
  domainIsFree: DomainAvailability = isDomainAvailable,
): WriteDefinition<CreateCustomerPayload> {
  /** Whether the domain is free: an error for the domain field when it is not. */
  const domainProblem = async (request: SkillRequest, prefix: string) => {
    const domain = domainOf(prefix);
    const free = await domainIsFree(request.services.partnerCenter, domain, {
      correlationId: request.correlationId,
    });
    return free ? undefined : `${domain} is already taken. Choose another prefix.`;
  };

  return {
    intent: 'customers.create',
    example: EXAMPLE,
    showsSecret: true,
    async propose(request) {
      const name = request.entities.customer?.trim() ?? '';
      const prefix = prefixOf(request.entities.query) || suggestedPrefix(name);
      const values: Partial<NewCustomerValues> = {
        companyName: name,
        domainPrefix: prefix,
        country: await defaultCountry(request),
      };
      const errors: FieldErrors = {};
      // A prefix given or suggested is checked now, so the first form already says if it is taken.
      if (prefix && !problemOf(DOMAIN_PREFIX, prefix)) {
        const taken = await domainProblem(request, prefix);
        if (taken) errors.domainPrefix = taken;
      }
      const existing = name ? await sameNameNote(request, name) : undefined;
      return form(values, errors, {
        ...(existing ? { errorSummary: existing } : {}),
        ...(prefix && !errors.domainPrefix && !problemOf(DOMAIN_PREFIX, prefix)
          ? { domainNote: `${domainOf(prefix)} is free.` }
          : {}),
      });
    },
    async fromForm(request, values) {
      const checked = checkNewCustomer(values);
      if (!checked.ok)
        return form(values, checked.errors, { errorSummary: fixSummary(checked.errors) });
      const { customer } = checked;
      const taken = await domainProblem(request, customer.domainPrefix);
      if (taken) {
        const errors = { domainPrefix: taken };
        return form(values, errors, { errorSummary: fixSummary(errors) });
      }
      const existing = await sameNameNote(request, customer.companyName);
      return proposal(customer, existing);
    },
    async execute({ payload, request, options }) {
      const created = await request.services.partnerCenter.customers.create(
        payload.customer,
        options,
      );
      const domain = created.companyProfile?.domain ?? payload.customer.companyProfile.domain;
      const name =
        created.companyProfile?.companyName ??
        created.billingProfile?.companyName ??
        payload.customer.billingProfile.companyName;
      const tenantId = created.companyProfile?.tenantId ?? created.id;
      // "show its subscriptions", "add a user" next: the new customer is the one in context.
      request.context.customer = { id: created.id, name, domain };
      delete request.context.subscription;
      const credentials = created.userCredentials;
      const admin = credentials?.userName
        ? credentials.userName.includes('@')
          ? credentials.userName
          : `${credentials.userName}@${domain}`
        : undefined;
      return {
        title: `Customer created: ${name}`,
        message: 'The new tenant is ready, with you as its reseller.',
        changes: [
          { field: 'Company name', before: '', after: name },
          { field: 'Domain', before: '', after: domain },
        ],
        facts: facts([
          ['Tenant id', tenantId],
          ['Customer id', created.id === tenantId ? undefined : created.id],
          ['Admin account', admin],
        ]),
        ...(credentials?.password
          ? {
              secret: {
                label: `Temporary password of ${admin ?? 'the admin account'}`,
                value: credentials.password,
                note: 'Shown this once: copy it now and hand it to the customer’s admin securely. They choose their own at first sign-in.',
              },
            }
          : {}),
        actions: [
          intentAction('Show customer', 'customers.show', { customer: created.id }),
          intentAction('Add a user', 'users.create', { customer: created.id }),
        ],
        after: { customerId: created.id, tenantId, domain, companyName: name },
      };
    },
  };
}

export const createCustomer = createCustomerWrite();

function form(
  values: Partial<NewCustomerValues>,
  errors: FieldErrors,
  extra: { errorSummary?: string; domainNote?: string } = {},
): SkillReply {
  return {
    cards: [
      newCustomerFormCard({
        values,
        errors,
        countries: COUNTRIES,
        ...extra,
      }),
    ],
  };
}

function fixSummary(errors: FieldErrors): string {
  const n = Object.keys(errors).length;
  return n === 1 ? '1 field needs a fix.' : `${n} fields need a fix.`;
}

function proposal(c: NewCustomer, existing: string | undefined): Proposal<CreateCustomerPayload> {
  const input = createInputOf(c);
  const country = countryOf(c.country)!;
  const domain = input.companyProfile.domain;
  const row = (field: string, after: string): Change => ({ field, before: NOT_YET, after });
  return {
    title: `Create customer ${c.companyName}`,
    target: domain,
    targetName: domain,
    changes: [
      row('Company name', c.companyName),
      row('Domain', domain),
      row('Billing contact', `${c.firstName} ${c.lastName}`),
      row('Billing email', c.email),
      ...(c.phone ? [row('Phone', c.phone)] : []),
      row('Address', formatAddress(input.billingProfile.defaultAddress)),
      row('Country', `${country.name} (${country.code})`),
      row('Language', `${country.language} (${country.culture})`),
    ],
    facts: facts([
      ['Admin account', `admin@${domain}`],
      ['Relationship', 'Reseller (you)'],
    ]),
    notes: [
      'Confirming creates a new Microsoft Entra tenant. Its domain and country cannot be changed later.',
      'The admin account’s temporary password is shown once, on the result card, to you only.',
      ...(existing ? [existing] : []),
    ],
    payload: { customer: input },
  };
}

/** A warning when the partner already has a customer with this exact company name. */
async function sameNameNote(request: SkillRequest, name: string): Promise<string | undefined> {
  const { customers } = await request.services.customers.searchPrefix('companyName', name, 10, {
    correlationId: request.correlationId,
  });
  const same = customers.find((c) => c.name.toLowerCase() === name.trim().toLowerCase());
  return same
    ? `You already have a customer called ${same.name}${same.domain ? ` (${same.domain})` : ''}. Go on only if this is another company.`
    : undefined;
}

/** The partner's own country (most new customers are local); the US when it cannot be read. */
async function defaultCountry(request: SkillRequest): Promise<string> {
  try {
    const country = await partnerCountry(request.services.partnerCenter, {
      correlationId: request.correlationId,
    });
    return countryOf(country)?.code ?? DEFAULT_COUNTRY;
  } catch {
    return DEFAULT_COUNTRY;
  }
}
