import { intentAction } from '../../cards/views/actions.js';
import { facts } from '../../cards/views/facts.js';
import { userWriteNotice } from '../../cards/views/user-writes.js';
import { userName } from '../../cards/views/users.js';
import type { Proposal, WriteDefinition } from '../writes/write-definition.js';
import {
  currentValue,
  fieldByKey,
  patchOf,
  userField,
  USER_FIELDS,
  type UserFieldKey,
} from './user-fields.js';
import { readUserFresh, withUserToChange } from './with-user-write.js';

interface UpdateUserPayload {
  customerId: string;
  userId: string;
  upn: string;
  field: UserFieldKey;
  value: string;
  before: string;
}

const EXAMPLE = 'change the display name of alex.wilber@contoso.onmicrosoft.com to Alex W.';

/**
 * users.update: one profile field, PATCHed alone (`develop/update-user-accounts-for-a-customer.md`:
 * only the fields sent change). The card shows the field before → after; a field users.update
 * cannot change gets a card listing the ones it can.
 */
export const updateUser: WriteDefinition<UpdateUserPayload> = {
  intent: 'users.update',
  example: EXAMPLE,
  propose: (request) =>
    withUserToChange<Proposal<UpdateUserPayload>>(request, EXAMPLE, async ({ customer, user }) => {
      const upn = user.userPrincipalName ?? user.id;
      const field = userField(request.entities.field);
      const entities = { user: upn, customer: customer.id };
      if (!field) {
        const named = request.entities.field?.trim();
        return {
          cards: [
            userWriteNotice({
              title: named
                ? `"${named}" is not something I can change on a user`
                : `What should change on ${userName(user)}?`,
              message: `I can change a user's ${USER_FIELDS.map((f) => f.label.toLowerCase()).join(', ')}. Say for example "change the display name of ${upn} to Alex W."${named === 'email' ? ' A user’s e-mail address is its sign-in name (user principal name), which is not changed here.' : ''}`,
              customer,
              actions: [intentAction('User details', 'users.show', entities)],
            }),
          ],
        };
      }
      const text = request.entities.value?.trim();
      if (!text)
        return {
          cards: [
            userWriteNotice({
              title: `What should the ${field.label.toLowerCase()} of ${userName(user)} be?`,
              message: `Say the new value, for example "change the ${field.label.toLowerCase()} of ${upn} to …".`,
              customer,
              actions: [intentAction('User details', 'users.show', entities)],
            }),
          ],
        };
      const parsed = field.parse(text);
      if ('error' in parsed)
        return {
          cards: [
            userWriteNotice({ title: 'That value does not fit', message: parsed.error, customer }),
          ],
        };
      const current = await readUserFresh(request, customer.id, user.id);
      if (current.state === 'inactive')
        return {
          cards: [
            userWriteNotice({
              title: `${userName(current)} is deleted`,
              message: `A deleted user cannot be changed. Restore it first ("restore ${upn}").`,
              customer,
            }),
          ],
        };
      const before = currentValue(current, field) ?? '';
      if (before === parsed.value)
        return {
          cards: [
            userWriteNotice({
              title: `The ${field.label.toLowerCase()} is already ${field.show(before)}`,
              message: 'Nothing to change.',
              customer,
              actions: [intentAction('User details', 'users.show', entities)],
            }),
          ],
        };
      const notes =
        field.key === 'firstName' || field.key === 'lastName'
          ? [
              `The display name stays ${current.displayName ?? 'as it is'}; change it too if it should follow.`,
            ]
          : field.key === 'usageLocation'
            ? [
                'The usage location decides which services the user’s licenses can turn on in that country.',
              ]
            : [];
      return {
        title: `Change the ${field.label.toLowerCase()} of ${userName(current)}`,
        customer: { id: customer.id, name: customer.name },
        target: current.id,
        targetName: upn,
        changes: [
          { field: field.label, before: field.show(before), after: field.show(parsed.value) },
        ],
        facts: facts([
          ['User principal name', upn],
          ['Customer', customer.name],
        ]),
        notes,
        payload: {
          customerId: customer.id,
          userId: current.id,
          upn,
          field: field.key,
          value: parsed.value,
          before,
        },
      };
    }),
  async execute({ payload, request, options }) {
    const field = fieldByKey(payload.field);
    const updated = await request.services.partnerCenter.users.update(
      payload.customerId,
      payload.userId,
      patchOf(field, payload.value),
      options,
    );
    const after = currentValue(updated, field) ?? payload.value;
    return {
      title: `${field.label} changed: ${userName(updated)}`,
      changes: [
        { field: field.label, before: field.show(payload.before), after: field.show(after) },
      ],
      facts: facts([['User principal name', updated.userPrincipalName ?? payload.upn]]),
      actions: [
        intentAction('User details', 'users.show', {
          user: updated.userPrincipalName ?? payload.upn,
          customer: payload.customerId,
        }),
      ],
      after: { [payload.field]: after },
    };
  },
};
