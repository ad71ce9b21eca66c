import { intentAction } from '../../cards/views/actions.js';
import { facts } from '../../cards/views/facts.js';
import {
  newUserFormCard,
  type NewUserErrors,
  type NewUserValues,
} from '../../cards/views/user-writes.js';
import type { SkillReply, SkillRequest } from '../skill.js';
import { findUser } from '../users/find-user.js';
import type { Proposal, WriteDefinition } from '../writes/write-definition.js';
import { checkNewUser, namesFromUpn, newUserValues, upnError, type NewUser } from './new-user.js';
import { withNewUserCustomer, type NewUserCustomer } from './new-user-customer.js';
import { generatePassword } from './password.js';
import { usageLocationText } from './usage-location.js';

interface CreateUserPayload {
  customerId: string;
  /** Everything but the password, which `execute` makes and only the result card shows. */
  user: NewUser;
}

const EXAMPLE = 'create user jane.doe@contoso.onmicrosoft.com for Contoso Ltd';

/** The "Now" column of a thing that does not exist yet. */
const NONE = '—';

/**
 * users.create (`develop/create-user-accounts-for-a-customer.md`): a form first (the names are
 * never in the sentence), checked when submitted; the confirmation lists what will be created.
 * On Confirm a strong temporary password is generated, sent with forceChangePassword, and shown
 * once to the requester through `WriteResult.secret`.
 */
export const createUser: WriteDefinition<CreateUserPayload> = {
  intent: 'users.create',
  example: EXAMPLE,
  showsSecret: true,
  propose: (request) =>
    withNewUserCustomer<Proposal<CreateUserPayload>>(request, EXAMPLE, async (tenant) => {
      const upn = request.entities.user?.trim() ?? '';
      const values: NewUserValues = {
        userPrincipalName: upn,
        ...namesFromUpn(upn),
        usageLocation: tenant.country,
      };
      // A sign-in name given in the sentence is checked at once, so the form opens with its
      // problem (wrong domain, already taken) rather than after a submit.
      const errors: NewUserErrors = {};
      if (upn) {
        const checked = upnError(upn, tenant.domains);
        const error = checked.error ?? (await takenError(request, tenant, checked.value ?? upn));
        if (error) errors.userPrincipalName = error;
      }
      return form(tenant, values, errors);
    }),
  fromForm: (request, submitted) =>
    withNewUserCustomer<Proposal<CreateUserPayload>>(request, EXAMPLE, async (tenant) => {
      const values = newUserValues(submitted);
      const check = checkNewUser(values, tenant.domains);
      if (!check.ok) return form(tenant, values, check.errors);
      const { user } = check;
      const taken = await takenError(request, tenant, user.userPrincipalName);
      if (taken) return form(tenant, values, { userPrincipalName: taken });
      const { customer } = tenant;
      return {
        title: `Create user ${user.displayName}`,
        customer: { id: customer.id, name: customer.name },
        target: user.userPrincipalName,
        targetName: user.userPrincipalName,
        changes: [
          { field: 'User principal name', before: NONE, after: user.userPrincipalName },
          { field: 'Display name', before: NONE, after: user.displayName },
          { field: 'First name', before: NONE, after: user.firstName },
          { field: 'Last name', before: NONE, after: user.lastName },
          { field: 'Usage location', before: NONE, after: usageLocationText(user.usageLocation) },
        ],
        facts: facts([
          ['Customer', customer.name],
          ['Password', 'Generated when you confirm, shown to you once'],
        ]),
        notes: [
          `A strong temporary password is generated when you confirm and shown to you once; ${user.firstName} must change it at the first sign-in.`,
          'The user gets no licenses and no admin roles; assign them afterwards.',
        ],
        payload: { customerId: customer.id, user },
      };
    }),
  async execute({ payload, request, options }) {
    const password = generatePassword();
    const created = await request.services.partnerCenter.users.create(
      payload.customerId,
      { ...payload.user, passwordProfile: { password, forceChangePassword: true } },
      options,
    );
    const upn = created.userPrincipalName ?? payload.user.userPrincipalName;
    const name = created.displayName ?? payload.user.displayName;
    return {
      title: `User created: ${name}`,
      changes: [
        { field: 'User principal name', before: '', after: upn },
        { field: 'Display name', before: '', after: name },
        {
          field: 'Usage location',
          before: '',
          after: usageLocationText(created.usageLocation ?? payload.user.usageLocation),
        },
      ],
      facts: facts([['User id', created.id]]),
      secret: {
        label: 'Temporary password',
        // A retry with the same MS-RequestId gets the first reply again, with the password
        // Partner Center actually set: that one is the one to show.
        value: created.passwordProfile?.password || password,
        note: `Give it to ${name} through a safe channel. It is shown only this once, and must be changed at the first sign-in.`,
      },
      actions: [
        intentAction('User details', 'users.show', { user: upn, customer: payload.customerId }),
      ],
      after: {
        id: created.id,
        userPrincipalName: upn,
        displayName: name,
        usageLocation: created.usageLocation ?? payload.user.usageLocation,
        forceChangePassword: true,
      },
    };
  },
};

function form(tenant: NewUserCustomer, values: NewUserValues, errors: NewUserErrors): SkillReply {
  return {
    cards: [
      newUserFormCard({ customer: tenant.customer, domains: tenant.domains, values, errors }),
    ],
  };
}

/** "… already exists" when an active or deleted user of the customer has this sign-in name. */
async function takenError(
  request: SkillRequest,
  tenant: NewUserCustomer,
  upn: string,
): Promise<string | undefined> {
  const lookup = await findUser(request, tenant.customer.id, upn);
  if (lookup.kind !== 'found') return undefined;
  if (lookup.user.userPrincipalName?.toLowerCase() !== upn.toLowerCase()) return undefined;
  return lookup.user.state === 'inactive'
    ? `${upn} belongs to a deleted user; restore that user ("restore ${upn}") or pick another name.`
    : `${upn} already exists; pick another name.`;
}
