import { isPartnerCenterError, type Referral } from '../../partner-center/index.js';
import { MAX_CHOICES, referralsStartingWith } from '../referrals.js';
import type { SkillRequest } from '../skill.js';

export type ReferralLookup =
  | { kind: 'found'; referral: Referral }
  | { kind: 'choose'; choices: Referral[] }
  | { kind: 'none'; searched: boolean };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The referral a write names by its id or the first characters of it (lists show 8), found
 * the way referrals.show finds it: a GUID is read directly, a prefix among the newest pages
 * (`referralsStartingWith`). The one found is read again with GET, skipping the cache, so the
 * card and the PATCH's If-Match use its current status and eTag.
 */
export async function findReferral(request: SkillRequest, text: string): Promise<ReferralLookup> {
  const pc = request.services.partnerCenter.referrals;
  const options = { correlationId: request.correlationId };
  const read = async (id: string): Promise<ReferralLookup> => {
    try {
      return { kind: 'found', referral: await pc.get(id, { ...options, fresh: true }) };
    } catch (err) {
      if (isPartnerCenterError(err) && err.status === 404) return { kind: 'none', searched: false };
      throw err;
    }
  };
  if (GUID.test(text)) return read(text);
  const found = await referralsStartingWith(request, text);
  const [only] = found;
  if (found.length === 1 && only) return read(only.id);
  if (found.length === 0) return { kind: 'none', searched: true };
  return { kind: 'choose', choices: found.slice(0, MAX_CHOICES) };
}
