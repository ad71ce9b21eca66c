import { intentAction } from '../../cards/views/actions.js';
import { facts } from '../../cards/views/facts.js';
import { formatDate } from '../../cards/views/format.js';
import { userWriteNotice } from '../../cards/views/user-writes.js';
import { daysLeftText, userName } from '../../cards/views/users.js';
import { collectAll } from '../../partner-center/index.js';
import { RESTORE_DAYS, restoreWindow } from '../users/restore-window.js';
import type { Proposal, WriteDefinition } from '../writes/write-definition.js';
import { withUserToChange } from './with-user-write.js';

interface RestoreUserPayload {
  customerId: string;
  userId: string;
  upn: string;
  name: string;
}

const EXAMPLE = 'restore johanna.lorenz@contoso.onmicrosoft.com';

const day = (date: Date | undefined) => (date ? formatDate(date.toISOString()) : '');

/**
 * users.restore (`develop/restore-a-user-for-a-customer.md`: PATCH `{"State":"active"}`): only a
 * user in the customer's deleted users (`develop/view-a-deleted-user.md`, read fresh for the
 * card), and only within 30 days of its deletion.
 */
export const restoreUser: WriteDefinition<RestoreUserPayload> = {
  intent: 'users.restore',
  example: EXAMPLE,
  propose: (request) =>
    withUserToChange<Proposal<RestoreUserPayload>>(request, EXAMPLE, async ({ customer, user }) => {
      const upn = user.userPrincipalName ?? user.id;
      const deletedUsers = { customer: customer.id };
      const deleted =
        user.state === 'inactive'
          ? (
              await collectAll(
                request.services.partnerCenter.users.listDeleted(customer.id, {
                  correlationId: request.correlationId,
                  fresh: true,
                }),
              )
            ).find((u) => u.id === user.id)
          : undefined;
      if (!deleted)
        return {
          cards: [
            userWriteNotice({
              title: `${userName(user)} is not deleted`,
              message:
                user.state === 'inactive'
                  ? `${upn} is no longer in the deleted users of ${customer.name}: it was restored or removed for good in the meantime.`
                  : `${upn} is an active user of ${customer.name}, so there is nothing to restore. Only users in the deleted users can be restored.`,
              customer,
              actions: [intentAction('Deleted users', 'users.deleted', deletedUsers)],
            }),
          ],
        };
      const name = userName(deleted);
      const window = restoreWindow(deleted.softDeletionTime, request.services.now());
      if (window.daysLeft !== undefined && window.daysLeft < 0)
        return {
          cards: [
            userWriteNotice({
              title: `${name} can no longer be restored`,
              message: `It was deleted on ${day(window.deletedOn)}, more than ${RESTORE_DAYS} days ago, and Partner Center restores a user only within ${RESTORE_DAYS} days. Create the user again instead.`,
              customer,
              actions: [intentAction('Deleted users', 'users.deleted', deletedUsers)],
            }),
          ],
        };
      return {
        title: `Restore user ${name}`,
        customer: { id: customer.id, name: customer.name },
        target: deleted.id,
        targetName: upn,
        changes: [{ field: 'State', before: 'Deleted', after: 'Active' }],
        facts: facts([
          ['User principal name', upn],
          ['Customer', customer.name],
          ['Deleted on', day(window.deletedOn)],
          [
            'Restorable until',
            window.restorableUntil
              ? `${day(window.restorableUntil)} (${daysLeftText(window.daysLeft).toLowerCase()} left)`
              : undefined,
          ],
        ]),
        notes: [`${name} can sign in again once restored.`],
        payload: { customerId: customer.id, userId: deleted.id, upn, name },
      };
    }),
  async execute({ payload, request, options }) {
    const restored = await request.services.partnerCenter.users.restore(
      payload.customerId,
      payload.userId,
      options,
    );
    const upn = restored.userPrincipalName ?? payload.upn;
    return {
      title: `User restored: ${userName(restored)}`,
      changes: [{ field: 'State', before: 'Deleted', after: 'Active' }],
      facts: facts([['User principal name', upn]]),
      actions: [
        intentAction('User details', 'users.show', { user: upn, customer: payload.customerId }),
      ],
      after: { state: restored.state ?? 'active' },
    };
  },
};
