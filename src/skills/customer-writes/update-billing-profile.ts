import { intentAction } from '../../cards/views/actions.js';
import { editFormCard } from '../../cards/views/customer-writes.js';
import { facts } from '../../cards/views/facts.js';
import { noticeCard } from '../../cards/views/notice.js';
import type { CustomerBillingProfile } from '../../partner-center/index.js';
import { withCustomer } from '../customers/with-customer.js';
import type { SkillReply, SkillRequest } from '../skill.js';
import type { Proposal, WriteDefinition } from '../writes/write-definition.js';
import { BILLING_BY_ENTITY, BILLING_FIELDS } from './billing-fields.js';
import {
  EMPTY,
  applyEdits,
  changesOf,
  editFromEntities,
  editFromForm,
  formFieldsOf,
  movedBetween,
  pendingEdits,
  type EditRequest,
  type Edits,
} from './field-edits.js';

interface BillingProfilePayload {
  customerId: string;
  /** The profile as read for the card: PUT back whole, with its etag in If-Match. */
  profile: CustomerBillingProfile;
  edits: Edits;
}

interface Customer {
  id: string;
  name: string;
}

const INTENT = 'customers.billingProfile.update';
const EXAMPLE = 'change Contoso Ltd’s billing email to ap@contoso.com';

/**
 * customers.billingProfile.update (`develop/update-a-customer-s-billing-profile.md`): one field
 * named with its value goes straight to before → after; otherwise a form prefilled with the
 * profile. The PUT carries the full profile read for the card with its etag, so a change made
 * in between is refused (400 / 2055) and re-proposed from what Partner Center has then.
 */
export const updateBillingProfile: WriteDefinition<BillingProfilePayload> = {
  intent: INTENT,
  example: EXAMPLE,
  propose: (request) =>
    withCustomer<Proposal<BillingProfilePayload>>(request, EXAMPLE, async ({ customer }) => {
      const profile = await readProfile(request, customer.id);
      const asked = editFromEntities(
        BILLING_FIELDS,
        BILLING_BY_ENTITY,
        profile,
        request.entities,
        'billing profile',
      );
      return answer(customer, profile, asked);
    }),
  fromForm: (request, values) =>
    withCustomer<Proposal<BillingProfilePayload>>(request, EXAMPLE, async ({ customer }) => {
      const profile = await readProfile(request, customer.id);
      return answer(customer, profile, editFromForm(BILLING_FIELDS, profile, values));
    }),
  async execute({ payload, request, options }) {
    const updated = await request.services.partnerCenter.customers.updateBillingProfile(
      payload.customerId,
      applyEdits(BILLING_FIELDS, payload.profile, payload.edits),
      options,
    );
    return {
      title: 'Billing profile updated',
      changes: BILLING_FIELDS.filter((f) => payload.edits[f.id] !== undefined).map((f) => ({
        field: f.label,
        before: f.read(payload.profile) || EMPTY,
        after: f.read(updated) || EMPTY,
      })),
      actions: [
        intentAction('Billing profile', 'customers.billingProfile.show', {
          customer: payload.customerId,
        }),
      ],
      after: payload.edits,
    };
  },
  // After 2055: the same edits on the profile as it is now, naming what else changed meanwhile.
  async refresh({ payload, action, request }) {
    const customer = { id: payload.customerId, name: action.customerName ?? payload.customerId };
    const profile = await readProfile(request, customer.id);
    const edits = pendingEdits(BILLING_FIELDS, profile, payload.edits);
    if (Object.keys(edits).length === 0)
      return notice(
        customer,
        'Already changed in Partner Center',
        `Someone changed the billing profile of ${customer.name} since the card was drawn, and it already has the values you asked for. Nothing more to do.`,
      );
    const untouched = BILLING_FIELDS.filter((f) => payload.edits[f.id] === undefined);
    const moved = movedBetween(untouched, payload.profile, profile);
    return proposalOf(
      customer,
      profile,
      edits,
      moved.length > 0
        ? [
            `Also changed in Partner Center since the first card (kept as it is now): ${moved.join('; ')}.`,
          ]
        : [],
    );
  },
};

/** Read fresh: the card must show, and the PUT must carry, what Partner Center has now. */
function readProfile(request: SkillRequest, customerId: string) {
  return request.services.partnerCenter.customers.getBillingProfile(customerId, {
    correlationId: request.correlationId,
    fresh: true,
  });
}

function answer(
  customer: Customer,
  profile: CustomerBillingProfile,
  asked: EditRequest,
): Proposal<BillingProfilePayload> | SkillReply {
  switch (asked.kind) {
    case 'form':
      return {
        cards: [
          editFormCard({
            title: `Billing profile of ${customer.name}`,
            subtitle: 'Change what you need. The country cannot be changed here.',
            fields: formFieldsOf(BILLING_FIELDS, profile, asked.values, asked.errors),
            intent: INTENT,
            entities: { customer: customer.id },
            ...(asked.summary ? { errorSummary: asked.summary } : {}),
          }),
        ],
      };
    case 'same':
      return notice(
        customer,
        'Nothing to change',
        `The ${asked.label.toLowerCase()} of ${customer.name} is already ${asked.value}.`,
      );
    case 'edits':
      return proposalOf(customer, profile, asked.edits, []);
  }
}

function proposalOf(
  customer: Customer,
  profile: CustomerBillingProfile,
  edits: Edits,
  notes: string[],
): Proposal<BillingProfilePayload> {
  const etag = profile.attributes?.etag;
  return {
    title: 'Change the billing profile',
    customer,
    target: profile.id ?? customer.id,
    targetName: 'Billing profile',
    changes: changesOf(BILLING_FIELDS, profile, edits),
    facts: facts([
      ['Country', profile.defaultAddress?.country],
      ['Language', profile.culture ?? profile.language],
    ]),
    notes: [
      ...notes,
      ...(edits.email !== undefined
        ? ['Microsoft sends invoices and billing notices to the new e-mail address from now on.']
        : []),
    ],
    payload: { customerId: customer.id, profile, edits },
    ...(etag ? { etag } : {}),
  };
}

function notice(customer: Customer, title: string, message: string): SkillReply {
  return {
    cards: [
      noticeCard({
        title,
        message,
        tone: 'info',
        actions: [
          intentAction('Billing profile', 'customers.billingProfile.show', {
            customer: customer.id,
          }),
        ],
      }),
    ],
  };
}
