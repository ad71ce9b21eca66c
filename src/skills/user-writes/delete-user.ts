import { intentAction } from '../../cards/views/actions.js';
import { facts } from '../../cards/views/facts.js';
import { formatDate } from '../../cards/views/format.js';
import { userWriteNotice } from '../../cards/views/user-writes.js';
import { userName } from '../../cards/views/users.js';
import { RESTORE_DAYS, restoreWindow } from '../users/restore-window.js';
import type { Proposal, WriteDefinition } from '../writes/write-definition.js';
import { readUserFresh, withUserToChange } from './with-user-write.js';

interface DeleteUserPayload {
  customerId: string;
  userId: string;
  upn: string;
  name: string;
}

const EXAMPLE = 'delete user lee.gu@contoso.onmicrosoft.com';

const day = (date: Date | undefined) => (date ? formatDate(date.toISOString()) : '');

/**
 * users.delete: a soft delete (`develop/delete-a-user-account-for-a-customer.md`): the user
 * becomes inactive and can be restored for 30 days (`develop/restore-a-user-for-a-customer.md`).
 * The card says until when.
 */
export const deleteUser: WriteDefinition<DeleteUserPayload> = {
  intent: 'users.delete',
  example: EXAMPLE,
  propose: (request) =>
    withUserToChange<Proposal<DeleteUserPayload>>(request, EXAMPLE, async ({ customer, user }) => {
      const current = await readUserFresh(request, customer.id, user.id);
      const upn = current.userPrincipalName ?? current.id;
      const name = userName(current);
      const now = request.services.now();
      if (current.state === 'inactive') {
        const window = restoreWindow(current.softDeletionTime, now);
        return {
          cards: [
            userWriteNotice({
              title: `${name} is already deleted`,
              message: window.restorableUntil
                ? `Deleted on ${day(window.deletedOn)}; it can be restored until ${day(window.restorableUntil)}.`
                : 'It is in the deleted users already.',
              customer,
              actions: [
                intentAction('Restore', 'users.restore', { user: upn, customer: customer.id }),
              ],
            }),
          ],
        };
      }
      const until = day(restoreWindow(now.toISOString(), now).restorableUntil);
      return {
        title: `Delete user ${name}`,
        customer: { id: customer.id, name: customer.name },
        target: current.id,
        targetName: upn,
        changes: [{ field: 'State', before: 'Active', after: 'Deleted' }],
        facts: facts([
          ['User principal name', upn],
          ['Customer', customer.name],
          ['Restorable until', until],
        ]),
        notes: [
          `${name} can no longer sign in. Partner Center keeps a deleted user for ${RESTORE_DAYS} days: you can restore it until ${until} ("restore ${upn}"); after that it is removed for good.`,
        ],
        payload: { customerId: customer.id, userId: current.id, upn, name },
      };
    }),
  async execute({ payload, request, options }) {
    await request.services.partnerCenter.users.delete(payload.customerId, payload.userId, options);
    const now = request.services.now();
    const until = day(restoreWindow(now.toISOString(), now).restorableUntil);
    const entities = { user: payload.upn, customer: payload.customerId };
    return {
      title: `User deleted: ${payload.name}`,
      message: `It can be restored until ${until}.`,
      changes: [{ field: 'State', before: 'Active', after: 'Deleted' }],
      facts: facts([
        ['User principal name', payload.upn],
        ['Restorable until', until],
      ]),
      actions: [
        intentAction('Restore', 'users.restore', entities),
        intentAction('Deleted users', 'users.deleted', { customer: payload.customerId }),
      ],
      after: { state: 'inactive', softDeletionTime: now.toISOString() },
    };
  },
};
