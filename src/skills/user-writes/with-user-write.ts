import type { CustomerUser } from '../../partner-center/index.js';
import type { SkillReply, SkillRequest } from '../skill.js';
import { withUser, type ResolvedUser } from '../users/with-user.js';

/**
 * `withUser` (by user principal name, display name or id; the customer named, in context, or the
 * one whose domain the name has) for a write: `run` may return a proposal, not only a reply.
 * `withUser` itself types its callback as a reply, so the proposal is carried past it.
 */
export async function withUserToChange<T>(
  request: SkillRequest,
  example: string,
  run: (resolved: ResolvedUser) => Promise<T | SkillReply>,
): Promise<T | SkillReply> {
  const box: { result?: T | SkillReply } = {};
  const reply = await withUser(request, example, async (resolved) => {
    box.result = await run(resolved);
    return { cards: [] };
  });
  return box.result ?? reply;
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
