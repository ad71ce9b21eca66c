import type { CustomerUser, UserMember } from '../../partner-center/index.js';
import { renderCard, type AdaptiveCard } from '../render.js';
import { intentAction, type CardAction, type OpenUrlAction } from './actions.js';
import { chooseCard } from './choose.js';
import { detailsCard } from './details.js';
import { facts } from './facts.js';
import { formatDate, humanize, plural } from './format.js';
import { listCard } from './list.js';
import { noticeCard } from './notice.js';

/** Deleted users with this many days left to restore, or fewer, are highlighted. */
export const FEW_DAYS_LEFT = 7;

/** The customer a users card is about. */
export interface UsersCustomer {
  id: string;
  name: string;
  domain?: string;
}

/** A page of a list: where it starts, whether more follows, and its list buttons. */
export interface PageView {
  from: number;
  hasMore: boolean;
  /** "Show more" / "Download CSV", in that order. */
  listActions?: Array<CardAction | OpenUrlAction>;
  note?: string;
}

export function userName(user: Pick<CustomerUser, 'displayName' | 'userPrincipalName' | 'id'>) {
  return user.displayName || user.userPrincipalName || user.id;
}

/** `active` → Active, `inactive` → Inactive; anything else humanized. */
export function userState(state: string | undefined): string {
  return humanize(state);
}

function pageSubtitle(count: number, view: PageView, one: string, none: string): string {
  if (count === 0 && view.from === 1) return none;
  const to = view.from + count - 1;
  if (view.from === 1 && !view.hasMore) return plural(count, one);
  return `${view.from}–${to}${view.hasMore ? ', more available' : ''}`;
}

function userEntities(user: CustomerUser, customer: UsersCustomer) {
  return { user: user.userPrincipalName ?? user.id, customer: customer.id };
}

// users.list ---------------------------------------------------------------------------------

export interface UserListView extends PageView {
  customer: UsersCustomer;
  users: CustomerUser[];
}

export function userListCard(view: UserListView): AdaptiveCard {
  const entities = { customer: view.customer.id };
  return listCard({
    title: `Users of ${view.customer.name}`,
    subtitle: pageSubtitle(view.users.length, view, 'user', 'No users'),
    ...(view.note ? { note: view.note } : {}),
    columns: [
      { header: 'Name', width: 3 },
      { header: 'User principal name', width: 5 },
      { header: 'State', width: 2 },
      { header: 'Location', width: 2 },
    ],
    rows: view.users.map((u) => [
      userName(u),
      u.userPrincipalName ?? '',
      userState(u.state),
      u.usageLocation ?? '',
    ]),
    empty: `${view.customer.name} has no users.`,
    hint: 'Ask "show user <name@domain>" for a user\'s details and roles.',
    actions: [
      ...(view.listActions ?? []),
      intentAction('Deleted users', 'users.deleted', entities),
      intentAction('Directory roles', 'roles.list', entities),
    ],
  });
}

// users.show ---------------------------------------------------------------------------------

export interface RestoreInfo {
  deletedOn?: Date;
  restorableUntil?: Date;
  daysLeft?: number;
}

export interface UserDetailsView {
  customer: UsersCustomer;
  user: CustomerUser;
  /** For a deleted (inactive) user: how long it can still be restored. */
  restore?: RestoreInfo;
  note?: string;
}

export function daysLeftText(daysLeft: number | undefined): string {
  if (daysLeft === undefined) return '';
  if (daysLeft < 0) return 'Expired';
  if (daysLeft === 0) return 'Last day';
  return plural(daysLeft, 'day');
}

function isoDate(date: Date | undefined): string {
  return date ? formatDate(date.toISOString()) : '';
}

export function userDetailsCard(view: UserDetailsView): AdaptiveCard {
  const { user, customer, restore } = view;
  const deleted = user.state === 'inactive';
  const entities = { customer: customer.id };
  return detailsCard({
    title: userName(user),
    subtitle: `${user.userPrincipalName ?? 'User'} · ${customer.name}`,
    ...(view.note ? { note: view.note } : {}),
    facts: facts([
      ['Display name', user.displayName],
      ['User principal name', user.userPrincipalName],
      ['First name', user.firstName],
      ['Last name', user.lastName],
      ['Usage location', user.usageLocation],
      ['State', deleted ? 'Inactive (deleted)' : userState(user.state)],
      ['Deleted on', deleted ? isoDate(restore?.deletedOn) : undefined],
      [
        'Restorable until',
        deleted && restore?.restorableUntil
          ? `${isoDate(restore.restorableUntil)} (${daysLeftText(restore.daysLeft).toLowerCase()})`
          : undefined,
      ],
      ['Phone', user.phoneNumber],
      ['Domain type', user.userDomainType === 'none' ? undefined : humanize(user.userDomainType)],
      ['Last directory sync', formatDate(user.lastDirectorySyncTime)],
      ['Customer', customer.name],
      ['User id', user.id],
    ]),
    actions: [
      intentAction('Roles', 'users.roles', userEntities(user, customer)),
      intentAction('Users', 'users.list', entities),
      ...(deleted ? [intentAction('Deleted users', 'users.deleted', entities)] : []),
    ],
  });
}

// users.deleted ------------------------------------------------------------------------------

export interface DeletedUserItem {
  user: CustomerUser;
  window: RestoreInfo;
}

export interface DeletedUserListView extends PageView {
  customer: UsersCustomer;
  users: DeletedUserItem[];
  /** Every deleted user (before paging) and how many of them expire soon, for the subtitle. */
  total: number;
  expiringSoon: number;
}

const cell = (text: string, tone: 'plain' | 'urgent' | 'faded' = 'plain') => ({
  text: text || '—',
  color: tone === 'urgent' ? 'Attention' : 'Default',
  weight: tone === 'urgent' ? 'Bolder' : 'Default',
  subtle: tone === 'faded',
});

export function deletedUserListCard(view: DeletedUserListView): AdaptiveCard {
  const entities = { customer: view.customer.id };
  const columns = [
    { header: 'Name', width: 3 },
    { header: 'User principal name', width: 5 },
    { header: 'Deleted', width: 2 },
    { header: 'Days left', width: 2 },
  ];
  const to = view.from + view.users.length - 1;
  const subtitle =
    view.total === 0
      ? 'No deleted users'
      : `${plural(view.total, 'deleted user')}` +
        (view.expiringSoon > 0
          ? `, ${view.expiringSoon} with ${FEW_DAYS_LEFT} days or less to restore`
          : '') +
        (view.total > view.users.length ? ` · showing ${view.from}–${to}` : '');
  return renderCard('user-deleted-list', {
    title: `Deleted users of ${view.customer.name}`,
    subtitle,
    hasNote: Boolean(view.note),
    note: view.note ?? '',
    columns: columns.map((c) => ({ width: c.width })),
    headers: columns.map((c) => ({ text: c.header })),
    rows: view.users.map(({ user, window }) => {
      const days = window.daysLeft;
      const tone =
        days === undefined
          ? 'plain'
          : days < 0
            ? 'faded'
            : days <= FEW_DAYS_LEFT
              ? 'urgent'
              : 'plain';
      return {
        cells: [
          cell(userName(user), tone === 'faded' ? 'faded' : 'plain'),
          cell(user.userPrincipalName ?? '', tone === 'faded' ? 'faded' : 'plain'),
          cell(isoDate(window.deletedOn), tone === 'faded' ? 'faded' : 'plain'),
          cell(daysLeftText(days), tone),
        ],
      };
    }),
    empty: `${view.customer.name} has no deleted users.`,
    hasHint: true,
    hint: 'Partner Center keeps a deleted user for 30 days; restore one with "restore <name@domain>".',
    actions: [...(view.listActions ?? []), intentAction('Active users', 'users.list', entities)],
  });
}

// roles.list and users.roles -----------------------------------------------------------------

export interface RoleItem {
  id: string;
  name: string;
  description: string;
}

interface RoleListData {
  title: string;
  subtitle: string;
  note?: string;
  roles: RoleItem[];
  customer: UsersCustomer;
  empty: string;
  hint?: string;
  actions: Array<CardAction | OpenUrlAction>;
}

function roleList(data: RoleListData): AdaptiveCard {
  return renderCard('role-list', {
    title: data.title,
    subtitle: data.subtitle,
    hasNote: Boolean(data.note),
    note: data.note ?? '',
    roles: data.roles.map((r) => ({
      name: r.name,
      hasDescription: Boolean(r.description),
      description: r.description,
      actions: [
        intentAction('Members', 'roles.members', { role: r.name, customer: data.customer.id }),
      ],
    })),
    empty: data.empty,
    hasHint: Boolean(data.hint),
    hint: data.hint ?? '',
    actions: data.actions,
  });
}

export interface RoleListView extends PageView {
  customer: UsersCustomer;
  roles: RoleItem[];
}

export function roleListCard(view: RoleListView): AdaptiveCard {
  return roleList({
    title: `Directory roles of ${view.customer.name}`,
    subtitle: pageSubtitle(view.roles.length, view, 'role', 'No directory roles'),
    ...(view.note ? { note: view.note } : {}),
    roles: view.roles,
    customer: view.customer,
    empty: `${view.customer.name} has no directory roles.`,
    hint: 'Press "Members" to see who holds a role.',
    actions: [
      ...(view.listActions ?? []),
      intentAction('Users', 'users.list', { customer: view.customer.id }),
    ],
  });
}

export interface UserRolesView {
  customer: UsersCustomer;
  user: CustomerUser;
  roles: RoleItem[];
  note?: string;
}

export function userRolesCard(view: UserRolesView): AdaptiveCard {
  const name = userName(view.user);
  return roleList({
    title: `Directory roles of ${name}`,
    subtitle:
      `${view.roles.length === 0 ? 'No directory roles' : plural(view.roles.length, 'role')}` +
      ` · ${view.user.userPrincipalName ?? view.user.id} · ${view.customer.name}`,
    ...(view.note ? { note: view.note } : {}),
    roles: view.roles,
    customer: view.customer,
    empty: `${name} holds no directory role: a regular user.`,
    actions: [
      intentAction('User details', 'users.show', userEntities(view.user, view.customer)),
      intentAction('All directory roles', 'roles.list', { customer: view.customer.id }),
    ],
  });
}

// roles.members ------------------------------------------------------------------------------

export interface RoleMembersView extends PageView {
  customer: UsersCustomer;
  role: { id: string; name: string };
  members: UserMember[];
}

export function roleMembersCard(view: RoleMembersView): AdaptiveCard {
  const entities = { customer: view.customer.id };
  return listCard({
    title: `${view.role.name} at ${view.customer.name}`,
    subtitle: pageSubtitle(view.members.length, view, 'member', 'No members'),
    ...(view.note ? { note: view.note } : {}),
    columns: [
      { header: 'Name', width: 3 },
      { header: 'User principal name', width: 5 },
    ],
    rows: view.members.map((m) => [userName(m), m.userPrincipalName ?? '']),
    empty: `No one at ${view.customer.name} is a ${view.role.name}.`,
    hint: 'Ask "what roles does <name@domain> have" for one member\'s roles.',
    actions: [
      ...(view.listActions ?? []),
      intentAction('Directory roles', 'roles.list', entities),
      intentAction('Users', 'users.list', entities),
    ],
  });
}

/** The role named is not among the customer's directory roles. */
export function noRoleCard(view: {
  customer: UsersCustomer;
  role: string;
  available: string[];
}): AdaptiveCard {
  return noticeCard({
    title: `${view.customer.name} has no "${view.role}" role`,
    message:
      view.available.length > 0
        ? `Its directory roles are: ${view.available.join(', ')}.`
        : `${view.customer.name} has no directory roles.`,
    tone: 'warning',
    actions: [intentAction('Directory roles', 'roles.list', { customer: view.customer.id })],
  });
}

// Which user? ------------------------------------------------------------------------------

/** No user was named and none is in context. */
export function whichUserCard(example: string, customer: UsersCustomer | undefined): AdaptiveCard {
  return noticeCard({
    title: 'Which user?',
    message: customer
      ? `Give the user's sign-in name, for example "${example}", or pick one from the users of ${customer.name}.`
      : `Give the user's sign-in name (user principal name), for example "${example}".`,
    actions: customer ? [intentAction('Users', 'users.list', { customer: customer.id })] : [],
  });
}

export interface NoUserView {
  text: string;
  customer: UsersCustomer;
  /** Users whose name starts like the text, offered as buttons. */
  closest: CustomerUser[];
  intent: string;
}

export function noUserCard(view: NoUserView): AdaptiveCard {
  return noticeCard({
    title: `No user "${view.text}" at ${view.customer.name}`,
    message:
      view.closest.length > 0
        ? `Did you mean ${view.closest.map((u) => u.userPrincipalName ?? userName(u)).join(', ')}?`
        : `${view.customer.name} has no active or deleted user with that name. Check the spelling, or list its users.`,
    tone: 'warning',
    actions: [
      ...view.closest
        .slice(0, 4)
        .map((u) => intentAction(userName(u), view.intent, userEntities(u, view.customer))),
      intentAction(`Users of ${view.customer.name}`, 'users.list', { customer: view.customer.id }),
    ],
  });
}

export interface ChooseUserView {
  text: string;
  customer: UsersCustomer;
  users: CustomerUser[];
  intent: string;
}

/** Several users have the display name given: one button each. */
export function chooseUserCard(view: ChooseUserView): AdaptiveCard {
  return chooseCard({
    title: `Which "${view.text}" do you mean?`,
    message: `${plural(view.users.length, 'user')} at ${view.customer.name} have that name.`,
    choices: view.users.map((u) =>
      intentAction(
        u.userPrincipalName ? `${userName(u)} (${u.userPrincipalName})` : userName(u),
        view.intent,
        userEntities(u, view.customer),
      ),
    ),
  });
}

/** No customer was named, none is in context, and the user's domain matches no customer. */
export function unknownUserCustomerCard(
  text: string,
  domain: string,
  intent: string,
): AdaptiveCard {
  const example =
    intent === 'users.roles' ? `roles of ${text} at Contoso` : `show user ${text} at Contoso`;
  return noticeCard({
    title: 'Which customer?',
    message: `No customer has the domain ${domain}. Name the customer ${text} belongs to, for example "${example}".`,
    actions: [intentAction('List customers', 'customers.list')],
  });
}
