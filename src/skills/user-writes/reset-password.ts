import { intentAction } from '../../cards/views/actions.js';
import { facts } from '../../cards/views/facts.js';
import { userWriteNotice } from '../../cards/views/user-writes.js';
import { userName } from '../../cards/views/users.js';
import type { Proposal, WriteDefinition } from '../writes/write-definition.js';
import { generatePassword } from './password.js';
import { readUserFresh, withUserToChange } from './with-user-write.js';

interface ResetPasswordPayload {
  customerId: string;
  userId: string;
  upn: string;
  name: string;
}

const EXAMPLE = 'reset the password for lee.gu@contoso.onmicrosoft.com';

/**
 * users.resetPassword (`develop/reset-user-password-for-a-customer.md`: PATCH passwordProfile
 * with forceChangePassword). The card says what happens; the new password is generated in
 * `execute` only and shown once, to the requester, through `WriteResult.secret`.
 */
export const resetPassword: WriteDefinition<ResetPasswordPayload> = {
  intent: 'users.resetPassword',
  example: EXAMPLE,
  showsSecret: true,
  propose: (request) =>
    withUserToChange<Proposal<ResetPasswordPayload>>(
      request,
      EXAMPLE,
      async ({ customer, user }) => {
        const current = await readUserFresh(request, customer.id, user.id);
        const upn = current.userPrincipalName ?? current.id;
        const name = userName(current);
        if (current.state === 'inactive')
          return {
            cards: [
              userWriteNotice({
                title: `${name} is deleted`,
                message: `A deleted user has no password to reset. Restore it first ("restore ${upn}").`,
                customer,
                actions: [
                  intentAction('Deleted users', 'users.deleted', { customer: customer.id }),
                ],
              }),
            ],
          };
        return {
          title: `Reset the password of ${name}`,
          customer: { id: customer.id, name: customer.name },
          target: current.id,
          targetName: upn,
          changes: [
            {
              field: 'Password',
              before: 'Current password',
              after: 'New temporary password, to be changed at the next sign-in',
            },
          ],
          facts: facts([
            ['User principal name', upn],
            ['Customer', customer.name],
          ]),
          notes: [
            `${name}'s current password stops working at once; ${name} must change the new one at the next sign-in.`,
            'The new password is generated when you confirm and shown once, to you only, on the card that replaces this one.',
          ],
          payload: { customerId: customer.id, userId: current.id, upn, name },
        };
      },
    ),
  async execute({ payload, request, options }) {
    const password = generatePassword();
    const updated = await request.services.partnerCenter.users.resetPassword(
      payload.customerId,
      payload.userId,
      { password, forceChangePassword: true },
      options,
    );
    const name = userName(updated);
    return {
      title: `Password reset: ${name}`,
      changes: [
        { field: 'Password', before: '', after: 'Reset; to be changed at the next sign-in' },
      ],
      facts: facts([['User principal name', updated.userPrincipalName ?? payload.upn]]),
      secret: {
        label: 'Temporary password',
        // A retry with the same MS-RequestId gets the first reply again, with the password
        // Partner Center actually set: that one is the one to show.
        value: updated.passwordProfile?.password || password,
        note: `Give it to ${name} through a safe channel. It is shown only this once; ${name} must change it at the next sign-in.`,
      },
      actions: [
        intentAction('User details', 'users.show', {
          user: updated.userPrincipalName ?? payload.upn,
          customer: payload.customerId,
        }),
      ],
      after: { forceChangePassword: true },
    };
  },
};
