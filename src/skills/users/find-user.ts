import { isPartnerCenterError, type CustomerUser } from '../../partner-center/index.js';
import type { SkillRequest } from '../skill.js';
import { USER_FETCH_SIZE } from './pages.js';

export type UserLookup =
  | { kind: 'found'; user: CustomerUser }
  | { kind: 'choose'; users: CustomerUser[] }
  | { kind: 'none'; closest: CustomerUser[] };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_SUGGESTIONS = 5;

/**
 * A customer's user by object id, user principal name or display name. Partner Center can only
 * get a user by its object id and filters users only by state, so a name is looked for page by
 * page (500 a page: three calls for a 1,200-user tenant), the active users first, then the deleted
 * ones; the scan stops at the first user principal name that matches. Users whose name starts
 * like the text are offered when nothing matches ("megan@…" → megan.bowen@…).
 */
export async function findUser(
  request: SkillRequest,
  customerId: string,
  text: string,
): Promise<UserLookup> {
  const call = { correlationId: request.correlationId };
  const users = request.services.partnerCenter.users;
  const wanted = text.trim().toLowerCase();
  if (GUID.test(wanted)) {
    try {
      return { kind: 'found', user: await users.get(customerId, wanted, call) };
    } catch (err) {
      if (isPartnerCenterError(err) && err.status === 404) return { kind: 'none', closest: [] };
      throw err;
    }
  }
  const alias = wanted.split('@')[0] ?? wanted;
  const byName: CustomerUser[] = [];
  const similar: CustomerUser[] = [];
  for (const listing of [users.list(customerId, call), users.listDeleted(customerId, call)]) {
    for await (const page of listing.byPage({ maxPageSize: USER_FETCH_SIZE })) {
      for (const user of page.items) {
        const upn = user.userPrincipalName?.toLowerCase() ?? '';
        if (upn === wanted) return { kind: 'found', user };
        const name = user.displayName?.toLowerCase() ?? '';
        if (name === wanted) byName.push(user);
        else if (similar.length < MAX_SUGGESTIONS && alias && isSimilar(upn, name, alias)) {
          similar.push(user);
        }
      }
    }
  }
  if (byName.length === 1 && byName[0]) return { kind: 'found', user: byName[0] };
  if (byName.length > 1) return { kind: 'choose', users: byName.slice(0, 8) };
  return { kind: 'none', closest: similar };
}

function isSimilar(upn: string, name: string, alias: string): boolean {
  const local = upn.split('@')[0] ?? '';
  const words = alias.split(/[.\s_-]+/).filter((w) => w.length >= 2);
  return (
    local.startsWith(alias) ||
    name.startsWith(alias) ||
    (words.length > 0 && words.every((w) => local.includes(w) || name.includes(w)))
  );
}
