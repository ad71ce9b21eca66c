import { intentAction } from '../../cards/views/actions.js';
import { editFormCard } from '../../cards/views/customer-writes.js';
import { facts } from '../../cards/views/facts.js';
import { humanize } from '../../cards/views/format.js';
import { noticeCard } from '../../cards/views/notice.js';
import type { LegalBusinessProfile } from '../../partner-center/index.js';
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
} from '../customer-writes/field-edits.js';
import type { SkillReply, SkillRequest } from '../skill.js';
import type { Proposal, WriteDefinition } from '../writes/write-definition.js';
import { LEGAL_BY_ENTITY, LEGAL_FIELDS } from './legal-fields.js';

interface ProfilePayload {
  /** The profile as read for the card: PUT back whole (with its etag, when it has one). */
  profile: LegalBusinessProfile;
  edits: Edits;
}

const INTENT = 'profile.update';
const EXAMPLE = 'update our company phone number to 4255550100';
/** The vetted part of the profile (its `vettingStatus`): a change there may be verified again. */
const VETTED = new Set(['companyName', 'addressLine1', 'city', 'state', 'postalCode']);

/**
 * profile.update: the partner's own legal business profile (`develop/update-legal-business-profile.md`,
 * a PUT of the full profile). A field named with its value goes straight to before → after;
 * otherwise a form prefilled with the profile.
 */
export const updateProfile: WriteDefinition<ProfilePayload> = {
  intent: INTENT,
  example: EXAMPLE,
  async propose(request) {
    const profile = await readProfile(request);
    return answer(
      profile,
      editFromEntities(
        LEGAL_FIELDS,
        LEGAL_BY_ENTITY,
        profile,
        request.entities,
        'legal business profile',
      ),
    );
  },
  async fromForm(request, values) {
    const profile = await readProfile(request);
    return answer(profile, editFromForm(LEGAL_FIELDS, profile, values));
  },
  async execute({ payload, request, options }) {
    const updated = await request.services.partnerCenter.profiles.updateLegalBusiness(
      applyEdits(LEGAL_FIELDS, payload.profile, payload.edits),
      options,
    );
    return {
      title: 'Partner profile updated',
      changes: LEGAL_FIELDS.filter((f) => payload.edits[f.id] !== undefined).map((f) => ({
        field: f.label,
        before: f.read(payload.profile) || EMPTY,
        after: f.read(updated) || EMPTY,
      })),
      actions: [intentAction('Legal business profile', 'profile.show', { field: 'legal' })],
      after: payload.edits,
    };
  },
  // A stale etag (2055): the same edits on the profile as it is now.
  async refresh({ payload, request }) {
    const profile = await readProfile(request);
    const edits = pendingEdits(LEGAL_FIELDS, profile, payload.edits);
    if (Object.keys(edits).length === 0)
      return notice(
        'Already changed in Partner Center',
        'The legal business profile was changed since the card was drawn and already has the values you asked for. Nothing more to do.',
      );
    const untouched = LEGAL_FIELDS.filter((f) => payload.edits[f.id] === undefined);
    const moved = movedBetween(untouched, payload.profile, profile);
    return proposalOf(
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
function readProfile(request: SkillRequest) {
  return request.services.partnerCenter.profiles.getLegalBusiness({
    correlationId: request.correlationId,
    fresh: true,
  });
}

function answer(
  profile: LegalBusinessProfile,
  asked: EditRequest,
): Proposal<ProfilePayload> | SkillReply {
  switch (asked.kind) {
    case 'form':
      return {
        cards: [
          editFormCard({
            title: 'Our legal business profile',
            subtitle: `${profile.companyName ?? 'Partner profile'}: change what you need. The country cannot be changed here.`,
            fields: formFieldsOf(LEGAL_FIELDS, profile, asked.values, asked.errors),
            intent: INTENT,
            ...(asked.summary ? { errorSummary: asked.summary } : {}),
          }),
        ],
      };
    case 'same':
      return notice(
        'Nothing to change',
        `The ${asked.label.toLowerCase()} of our legal business profile is already ${asked.value}.`,
      );
    case 'edits':
      return proposalOf(profile, asked.edits, []);
  }
}

function proposalOf(
  profile: LegalBusinessProfile,
  edits: Edits,
  notes: string[],
): Proposal<ProfilePayload> {
  const etag = profile.attributes?.etag;
  const vetted = Object.keys(edits).some((id) => VETTED.has(id));
  return {
    title: 'Change our legal business profile',
    target: 'legalbusiness',
    targetName: profile.companyName ?? 'Legal business profile',
    changes: changesOf(LEGAL_FIELDS, profile, edits),
    facts: facts([
      ['Country', profile.address?.country],
      ['Vetting status', humanize(profile.vettingStatus)],
    ]),
    notes: [
      ...notes,
      ...(vetted
        ? [
            'Microsoft may verify a changed legal name or address again before the profile shows as authorized.',
          ]
        : []),
    ],
    payload: { profile, edits },
    ...(etag ? { etag } : {}),
  };
}

function notice(title: string, message: string): SkillReply {
  return {
    cards: [
      noticeCard({
        title,
        message,
        tone: 'info',
        actions: [intentAction('Legal business profile', 'profile.show', { field: 'legal' })],
      }),
    ],
  };
}
