import { invitationCard } from '../../cards/views/customer-writes.js';
import type { Skill, SkillRequest } from '../skill.js';

/**
 * customers.invite: the reseller relationship link (`GET /v1/customers/relationshiprequests`,
 * `develop/request-reseller-relationship.md`). It is a write by permission (write:customers) but
 * changes nothing: the customer's Global Administrator accepts it in their own admin center, so
 * there is no confirmation card. It is still audited, like every write intent.
 */
export const customerInviteSkill: Skill = async (request) => {
  const pc = request.services.partnerCenter;
  const options = { correlationId: request.correlationId };
  const link = await pc.customers.getRelationshipRequest(options);
  // The partner's name makes the e-mail text read right; without it the text says "us".
  const partnerName = await pc.profiles.getLegalBusiness(options).then(
    (profile) => profile.companyName,
    () => undefined,
  );
  await auditInvite(request, link.url);
  return {
    cards: [invitationCard({ url: link.url, ...(partnerName ? { partnerName } : {}) })],
  };
};

/** 'succeeded' with the link, like a confirmed write; a failed log never hides the link. */
async function auditInvite(request: SkillRequest, url: string): Promise<void> {
  try {
    await request.services.auditLog.append({
      userId: request.user.id,
      ...(request.user.name ? { userName: request.user.name } : {}),
      ...(request.role ? { role: request.role } : {}),
      intent: 'customers.invite',
      outcome: 'succeeded',
      target: 'reseller relationship link',
      after: { url },
      correlationId: request.correlationId,
      conversationId: request.conversationId,
      detail: 'link shown; nothing changed in Partner Center',
    });
  } catch (error) {
    request.services.logger.error('audit entry not written', {
      correlationId: request.correlationId,
      error,
    });
  }
}
