import type { Activity } from '@microsoft/agents-activity';
import type { UserIdentity } from '../skills/skill.js';

/**
 * Who sent the activity. Teams and Copilot give the Entra object id (`from.aadObjectId`) and the
 * tenant (`conversation.tenantId` / `channelData.tenant.id`); a UPN is only present when the
 * client sends one (the terminal chat does, in `from.properties.upn`).
 */
export function userFromActivity(activity: Activity): UserIdentity {
  const from = activity.from as
    (typeof activity.from & { properties?: { upn?: unknown } }) | undefined;
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  const upn =
    typeof from?.properties?.upn === 'string' ? from.properties.upn.toLowerCase() : undefined;
  const tenantId = activity.conversation?.tenantId ?? channelData?.tenant?.id;
  return {
    id: from?.id ?? 'unknown',
    ...(from?.name ? { name: from.name } : {}),
    ...(from?.aadObjectId ? { aadObjectId: from.aadObjectId } : {}),
    ...(upn ? { upn } : {}),
    ...(tenantId ? { tenantId } : {}),
  };
}
