import { connectionStatusCard, type ConnectionStatusView } from '../cards/views/connection.js';
import { isPartnerCenterError } from '../partner-center/index.js';
import type { AreaSkills, Skill } from './skill.js';

/**
 * connection.status: sandbox or tenant, as which partner, and whether Partner Center answers.
 *
 * The client keeps no "last successful call" (its log policy only logs, its read cache only
 * counts hits), so the skill measures one now: the organization profile, the cheapest read that
 * also says who we are (`develop/get-an-organization-profile.md`), timed, and the MPN profile for
 * the Partner ID alongside it. A read-cache hit is reported as such, not as a round trip.
 */
export const connectionStatus: Skill = async (request) => {
  const { partnerCenter: pc, connection, now } = request.services;
  const options = { correlationId: request.correlationId };
  const cacheBefore = pc.cache.stats();
  const [organization, mpn] = await Promise.all([
    timed('Reading the organization profile', () => pc.profiles.getOrganization(options)),
    timed('Reading the MPN profile', () => pc.profiles.getMpn(options)),
  ]);
  // The organization profile needs App+User; the legal business profile names us app-only too.
  const legal =
    organization.ok || !isRefusal(organization.error)
      ? undefined
      : await timed('Reading the legal business profile', () =>
          pc.profiles.getLegalBusiness(options),
        );
  const cacheAfter = pc.cache.stats();
  const calls = [organization, mpn, ...(legal ? [legal] : [])];
  for (const call of calls) {
    // Partner Center's refusals are what this card reports; anything else is a bug.
    if (!call.ok && !isPartnerCenterError(call.error)) throw call.error;
  }
  const at = now();
  const success = calls.find((c) => c.ok);
  const check: ConnectionStatusView['check'] = success
    ? {
        ok: true,
        operation: success.operation,
        tookInMs: success.tookInMs,
        at,
        fromCache:
          cacheAfter.hits + cacheAfter.coalesced > cacheBefore.hits + cacheBefore.coalesced,
      }
    : {
        ok: false,
        operation: organization.operation,
        tookInMs: organization.tookInMs,
        at,
        reason: failureText(organization.ok ? undefined : organization.error),
      };
  const org = organization.ok ? organization.value : undefined;
  const companyName = org?.companyName ?? (legal?.ok ? legal.value.companyName : undefined);
  return {
    cards: [
      connectionStatusCard({
        mode: connection.mode,
        description: connection.description,
        ...(companyName ? { companyName } : {}),
        ...(org?.tenantId ? { tenantId: org.tenantId } : {}),
        ...(mpn.ok ? { partnerId: mpn.value.mpnId } : {}),
        check,
      }),
    ],
  };
};

type Timed<T> =
  | { ok: true; operation: string; tookInMs: number; value: T }
  | { ok: false; operation: string; tookInMs: number; error: unknown };

/** Runs one call and times it (monotonic clock); a failure is kept, not thrown. */
async function timed<T>(operation: string, call: () => Promise<T>): Promise<Timed<T>> {
  const started = performance.now();
  try {
    const value = await call();
    return { ok: true, operation, tookInMs: performance.now() - started, value };
  } catch (error) {
    return { ok: false, operation, tookInMs: performance.now() - started, error };
  }
}

/** Partner Center answered, but not with the profile (403 for app-only, 401 ...). */
function isRefusal(err: unknown): boolean {
  return isPartnerCenterError(err) && err.status >= 400 && err.status < 500;
}

function failureText(err: unknown): string {
  if (!isPartnerCenterError(err)) return 'no answer';
  const code = err.code === undefined ? '' : ` / ${err.code}`;
  return `Partner Center answered ${err.status}${code} (${err.description ?? err.message})`;
}

/** connection.status. Intents without a skill here answer "not available yet". */
export const connectionSkills: AreaSkills = { 'connection.status': connectionStatus };
