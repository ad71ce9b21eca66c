import type { AdaptiveCard } from '../render.js';
import { intentAction, type CardAction } from './actions.js';
import { chooseCard } from './choose.js';
import { formCard, type FormField } from './form.js';
import { plural } from './format.js';
import { noticeCard } from './notice.js';
import type { UsersCustomer } from './users.js';

/** The inputs of the new-user form, by input id. */
export interface NewUserValues {
  userPrincipalName: string;
  firstName: string;
  lastName: string;
  displayName: string;
  usageLocation: string;
}

export type NewUserErrors = Partial<Record<keyof NewUserValues, string>>;

export interface NewUserFormView {
  customer: UsersCustomer;
  /** The customer's domains: a user principal name must end in one of them. */
  domains: readonly string[];
  values: NewUserValues;
  errors: NewUserErrors;
}

/** users.create: the form to fill in (again, with field errors, after a submit with mistakes). */
export function newUserFormCard(view: NewUserFormView): AdaptiveCard {
  const { values, errors } = view;
  const count = Object.values(errors).filter(Boolean).length;
  const field = (f: FormField): FormField => {
    const error = errors[f.id as keyof NewUserValues];
    return error ? { ...f, error } : f;
  };
  const domainHint =
    view.domains.length === 1
      ? `alias@${view.domains[0]}`
      : `alias@ one of: ${view.domains.join(', ')}`;
  return formCard({
    title: 'Create a user',
    subtitle: view.customer.name,
    intent: 'users.create',
    entities: { customer: view.customer.id },
    ...(count > 0 ? { errorSummary: `${plural(count, 'field needs', 'fields need')} a fix.` } : {}),
    fields: [
      field({
        id: 'userPrincipalName',
        label: 'User principal name (sign-in name)',
        value: values.userPrincipalName,
        placeholder: view.domains[0] ? `jane.doe@${view.domains[0]}` : 'jane.doe@contoso.com',
        hint: domainHint,
        kind: 'email',
        required: true,
        maxLength: 113,
      }),
      field({
        id: 'firstName',
        label: 'First name',
        value: values.firstName,
        required: true,
        maxLength: 64,
      }),
      field({
        id: 'lastName',
        label: 'Last name',
        value: values.lastName,
        required: true,
        maxLength: 64,
      }),
      field({
        id: 'displayName',
        label: 'Display name',
        value: values.displayName,
        hint: 'Leave empty for "First name Last name".',
        maxLength: 256,
      }),
      field({
        id: 'usageLocation',
        label: 'Usage location',
        value: values.usageLocation,
        hint: 'The 2-letter country where the user works (US, GB, DE ...): it decides which services a license can turn on.',
        required: true,
        maxLength: 60,
      }),
    ],
  });
}

/** A user write that cannot go ahead: what is wrong and what to do instead. No Confirm. */
export function userWriteNotice(view: {
  title: string;
  message: string;
  customer?: UsersCustomer;
  actions?: CardAction[];
}): AdaptiveCard {
  return noticeCard({
    title: view.title,
    message: view.message,
    tone: 'warning',
    actions: [
      ...(view.actions ?? []),
      ...(view.customer
        ? [intentAction('Users', 'users.list', { customer: view.customer.id })]
        : []),
    ],
  });
}

/** roles.removeMember without a role: the roles the user holds, a button each. */
export function whichRoleToRemoveCard(view: {
  customer: UsersCustomer;
  user: { upn: string; name: string };
  roles: readonly string[];
}): AdaptiveCard {
  return chooseCard({
    title: `Remove ${view.user.name} from which role?`,
    message: `${view.user.name} holds ${plural(view.roles.length, 'directory role')} at ${view.customer.name}.`,
    choices: view.roles.map((role) =>
      intentAction(role, 'roles.removeMember', {
        user: view.user.upn,
        role,
        customer: view.customer.id,
      }),
    ),
  });
}
