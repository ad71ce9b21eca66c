import type { CustomerUser } from '../../partner-center/index.js';
import type { SkillReply, SkillRequest } from '../skill.js';
import { withUser, type ResolvedUser } from '../users/with-user.js';

/**
 * `withUser` (by user principal name, display name or id; the customer named, in context, or the
 * one whose domain the name has) for a write: `run` returns a proposal or a reply.
 */
export function withUserToChange<T>(
  request: SkillRequest,
  example: string,
  run: (resolved: ResolvedUser) => Promise<T | SkillReply>,
): Promise<T | SkillReply> {
  return withUser<T>(request, example, run);
}

/** The user as Partner Center has it now (no read cache), for the confirmation card. */
export function readUserFresh(
  request: SkillRequest,
  customerId: string,
  userId: string,
): Promise<CustomerUser> {
  return request.services.partnerCenter.users.get(customerId, userId, {
    correlationId: request.correlationId,
    fresh: true,
  });
}
