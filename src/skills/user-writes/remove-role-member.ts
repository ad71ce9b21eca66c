import { intentAction } from '../../cards/views/actions.js';
import { facts } from '../../cards/views/facts.js';
import { noticeCard } from '../../cards/views/notice.js';
import { userWriteNotice, whichRoleToRemoveCard } from '../../cards/views/user-writes.js';
import { noRoleCard, userName } from '../../cards/views/users.js';
import { collectAll } from '../../partner-center/index.js';
import type { SkillRequest } from '../skill.js';
import { matchRole, roleDisplayName, roleInfo, sortRoles } from '../users/role-catalog.js';
import type { Proposal, WriteDefinition } from '../writes/write-definition.js';
import { withUserToChange } from './with-user-write.js';

interface RemoveMemberPayload {
  customerId: string;
  roleId: string;
  roleName: string;
  userId: string;
  upn: string;
  name: string;
}

const EXAMPLE = 'remove alex.wilber@contoso.onmicrosoft.com from User Administrator';
const GLOBAL_ADMIN = 'Global Administrator';

/**
 * roles.removeMember (`develop/remove-customer-user-from-a-role.md`: DELETE
 * …/directoryroles/{roleId}/usermembers/{userId}). The user's roles are read fresh first, so the
 * card only offers Confirm for a role the user holds; the last Global Administrator of a tenant
 * cannot be removed (the tenant would have no one to manage it), so that gets a card saying why.
 */
export const removeRoleMember: WriteDefinition<RemoveMemberPayload> = {
  intent: 'roles.removeMember',
  example: EXAMPLE,
  propose: (request) =>
    withUserToChange<Proposal<RemoveMemberPayload>>(
      request,
      EXAMPLE,
      async ({ customer, user }) => {
        const pc = request.services.partnerCenter;
        const call = { correlationId: request.correlationId };
        const upn = user.userPrincipalName ?? user.id;
        const name = userName(user);
        const userEntities = { user: upn, customer: customer.id };
        if (user.state === 'inactive')
          return {
            cards: [
              userWriteNotice({
                title: `${name} is deleted`,
                message: `A deleted user's roles cannot be changed. Restore it first ("restore ${upn}").`,
                customer,
              }),
            ],
          };
        const held = sortRoles(
          await collectAll(
            pc.directoryRoles.listForUser(customer.id, user.id, { ...call, fresh: true }),
          ),
        );
        const heldNames = held.map(roleDisplayName);
        const wanted = request.entities.role?.trim();
        if (!wanted)
          return {
            cards: [
              heldNames.length > 0
                ? whichRoleToRemoveCard({ customer, user: { upn, name }, roles: heldNames })
                : noRoles(name, customer),
            ],
          };
        const roles = await collectAll(pc.directoryRoles.list(customer.id, call));
        const role = matchRole(roles, wanted);
        if (!role)
          return {
            cards: [
              noRoleCard({
                customer,
                role: wanted,
                available: sortRoles(roles).map(roleDisplayName),
              }),
            ],
          };
        const roleName = roleDisplayName(role);
        if (!held.some((r) => r.id === role.id))
          return {
            cards: [
              userWriteNotice({
                title: `${name} is not a ${roleName}`,
                message:
                  heldNames.length > 0
                    ? `${name} holds ${heldNames.join(', ')} at ${customer.name}, not ${roleName}, so there is nothing to remove.`
                    : `${name} holds no directory roles at ${customer.name}, so there is nothing to remove.`,
                actions: [
                  intentAction(`Roles of ${name}`, 'users.roles', userEntities),
                  intentAction(`Members of ${roleName}`, 'roles.members', {
                    role: roleName,
                    customer: customer.id,
                  }),
                ],
              }),
            ],
          };
        const notes: string[] = [];
        if (roleName === GLOBAL_ADMIN) {
          const others = await otherMembers(request, customer.id, role.id, user.id);
          if (others.length === 0)
            return {
              cards: [
                noticeCard({
                  title: `${name} is the only Global Administrator of ${customer.name}`,
                  message: `A tenant must keep at least one Global Administrator, so Partner Center refuses to remove the last one. Make another user Global Administrator first, then remove ${name}.`,
                  tone: 'attention',
                  actions: [
                    intentAction(`Members of ${roleName}`, 'roles.members', {
                      role: roleName,
                      customer: customer.id,
                    }),
                  ],
                }),
              ],
            };
          if (others.length === 1)
            notes.push(
              `After this, ${others[0]} will be the only Global Administrator of ${customer.name}.`,
            );
        }
        const otherRoles = heldNames.filter((n) => n !== roleName);
        notes.push(
          `${name} keeps the account${otherRoles.length > 0 ? ` and the other roles (${otherRoles.join(', ')})` : ''}; only ${roleName} is removed.`,
        );
        return {
          title: `Remove ${name} from ${roleName}`,
          customer: { id: customer.id, name: customer.name },
          target: user.id,
          targetName: upn,
          changes: [{ field: roleName, before: 'Member', after: 'Not a member' }],
          facts: facts([
            ['User principal name', upn],
            ['Role', roleName],
            ['What it allows', roleInfo(role.name)?.description],
            ['Customer', customer.name],
          ]),
          notes,
          payload: {
            customerId: customer.id,
            roleId: role.id,
            roleName,
            userId: user.id,
            upn,
            name,
          },
        };
      },
    ),
  async execute({ payload, request, options }) {
    await request.services.partnerCenter.directoryRoles.removeMember(
      payload.customerId,
      payload.roleId,
      payload.userId,
      options,
    );
    return {
      title: `Removed from ${payload.roleName}: ${payload.name}`,
      changes: [{ field: payload.roleName, before: 'Member', after: 'Not a member' }],
      facts: facts([['User principal name', payload.upn]]),
      actions: [
        intentAction(`Roles of ${payload.name}`, 'users.roles', {
          user: payload.upn,
          customer: payload.customerId,
        }),
      ],
      after: { roleId: payload.roleId, removedUserId: payload.userId },
    };
  },
};

/** The role's other members, by name (read fresh: the last-admin rule depends on them). */
async function otherMembers(
  request: SkillRequest,
  customerId: string,
  roleId: string,
  userId: string,
): Promise<string[]> {
  const members = await collectAll(
    request.services.partnerCenter.directoryRoles.listMembers(customerId, roleId, {
      correlationId: request.correlationId,
      fresh: true,
    }),
  );
  return members.filter((m) => m.id !== userId).map(userName);
}

function noRoles(name: string, customer: { id: string; name: string }) {
  return userWriteNotice({
    title: `${name} holds no directory roles`,
    message: `${name} has no admin role at ${customer.name}, so there is nothing to remove.`,
    customer,
  });
}
