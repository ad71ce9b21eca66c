import {
  PARTNER_PROFILE_TITLES,
  partnerProfileCard,
  type PartnerProfileField,
} from '../cards/views/profiles.js';
import { isPartnerCenterError } from '../partner-center/index.js';
import type { AreaSkills, Skill } from './skill.js';

const FIELDS = Object.keys(PARTNER_PROFILE_TITLES) as PartnerProfileField[];

function fieldOf(value: string | undefined): PartnerProfileField | undefined {
  const v = value?.toLowerCase();
  return FIELDS.find((f) => f === v);
}

/**
 * profile.show: the partner's legal business, organization and MPN profiles
 * (`develop/get-legal-business-profile.md`, `get-an-organization-profile.md`,
 * `get-partner-network-profile.md`), or only the one asked for ("what's our MPN ID?").
 */
export const showProfile: Skill = async (request) => {
  const pc = request.services.partnerCenter.profiles;
  const options = { correlationId: request.correlationId };
  const field = fieldOf(request.entities.field);
  if (field) {
    // One profile asked for: its failure is the answer (the agent's error card).
    const card =
      field === 'legal'
        ? partnerProfileCard({ field, legal: await pc.getLegalBusiness(options) })
        : field === 'organization'
          ? partnerProfileCard({ field, organization: await pc.getOrganization(options) })
          : partnerProfileCard({ field, mpn: await pc.getMpn(options) });
    return { cards: [card] };
  }
  // All three: organization and MPN need App+User (partner-center-api.md §5.1), so one that is
  // refused still leaves the others worth showing, with a note saying what is missing.
  const [legal, organization, mpn] = await Promise.allSettled([
    pc.getLegalBusiness(options),
    pc.getOrganization(options),
    pc.getMpn(options),
  ]);
  const results = { legal, organization, mpn };
  const failures = FIELDS.flatMap((f) => {
    const result = results[f];
    if (result.status === 'fulfilled') return [];
    // Only Partner Center's own refusals are shown as a note; anything else is a bug to surface.
    if (!isPartnerCenterError(result.reason)) throw result.reason;
    return [{ field: f, error: result.reason }];
  });
  if (failures.length === FIELDS.length) throw failures[0]?.error;
  const unavailable = failures.map(
    ({ field: f, error }) =>
      `${PARTNER_PROFILE_TITLES[f]} (Partner Center answered ${error.status}` +
      `${error.code === undefined ? '' : ` / ${error.code}`})`,
  );
  return {
    cards: [
      partnerProfileCard({
        ...(legal.status === 'fulfilled' ? { legal: legal.value } : {}),
        ...(organization.status === 'fulfilled' ? { organization: organization.value } : {}),
        ...(mpn.status === 'fulfilled' ? { mpn: mpn.value } : {}),
        ...(unavailable.length ? { unavailable } : {}),
      }),
    ],
  };
};

/** profile.show. Intents without a skill here answer "not available yet". */
export const profileSkills: AreaSkills = { 'profile.show': showProfile };
