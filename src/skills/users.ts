import {
  deletedUserListCard,
  FEW_DAYS_LEFT,
  noRoleCard,
  roleListCard,
  roleMembersCard,
  userDetailsCard,
  userListCard,
  userName,
  userRolesCard,
  type RoleItem,
} from '../cards/views/users.js';
import type { Entities } from '../intents/index.js';
import {
  collectAll,
  type CustomerUser,
  type DirectoryRole,
  type PagedAsyncIterableIterator,
} from '../partner-center/index.js';
import type { CustomerSummary } from './customers/customer-directory.js';
import { withCustomer } from './customers/with-customer.js';
import { filePart, type Exporter, type ExportRegistry, type ExportRequest } from './exports.js';
import type { AreaSkills, Skill, SkillRequest } from './skill.js';
import { localPage, serverPage, USER_FETCH_SIZE } from './users/pages.js';
import { restoreWindow, sortDeletedUsers } from './users/restore-window.js';
import { matchRole, roleDescription, roleDisplayName, sortRoles } from './users/role-catalog.js';
import { withUser } from './users/with-user.js';

const call = (request: { correlationId: string }) => ({ correlationId: request.correlationId });

/**
 * users.list: the customer's users, 20 a card; Partner Center pages them (500 at most), so
 * "show more" resumes with the client's continuation token.
 */
const listUsers: Skill = (request) =>
  withCustomer(request, 'list users at Contoso Ltd', async ({ customer, note }) => {
    const entities = { customer: customer.id };
    const page = await serverPage(
      request,
      'users.list',
      entities,
      request.services.partnerCenter.users.list(customer.id, call(request)),
    );
    return {
      cards: [
        userListCard({
          customer,
          users: page.items,
          from: page.from,
          hasMore: page.hasMore,
          listActions: page.listActions,
          ...(note ? { note } : {}),
        }),
      ],
    };
  });

/** users.show: one user's facts (active or deleted), with its roles and its customer's users. */
const showUser: Skill = (request) =>
  withUser(request, 'show user megan.bowen@contoso.onmicrosoft.com', async (found) => ({
    cards: [
      userDetailsCard({
        customer: found.customer,
        user: found.user,
        ...(found.user.state === 'inactive'
          ? { restore: restoreWindow(found.user.softDeletionTime, request.services.now()) }
          : {}),
        ...(found.note ? { note: found.note } : {}),
      }),
    ],
  }));

/**
 * users.deleted: soft-deleted users, the soonest to expire first (Partner Center keeps them 30
 * days). The whole (short) list is read so it can be sorted; the card pages it with `offset:`.
 */
const deletedUsers: Skill = (request) =>
  withCustomer(request, 'show deleted users at Contoso Ltd', async ({ customer, note }) => {
    const now = request.services.now();
    const all = sortDeletedUsers(
      await collectAll(
        request.services.partnerCenter.users.listDeleted(customer.id, call(request)),
      ),
      now,
    );
    const page = localPage(request, 'users.deleted', { customer: customer.id }, all);
    return {
      cards: [
        deletedUserListCard({
          customer,
          users: page.items,
          total: all.length,
          expiringSoon: all.filter(
            (d) =>
              d.window.daysLeft !== undefined &&
              d.window.daysLeft >= 0 &&
              d.window.daysLeft <= FEW_DAYS_LEFT,
          ).length,
          from: page.from,
          hasMore: page.hasMore,
          listActions: page.listActions,
          ...(note ? { note } : {}),
        }),
      ],
    };
  });

/** users.roles: the directory roles one user holds (`…/users/{id}/directoryroles`). */
const userRoles: Skill = (request) =>
  withUser(
    request,
    'what roles does alex.wilber@contoso.onmicrosoft.com have',
    async ({ customer, user, note }) => {
      const roles = await collectAll(
        request.services.partnerCenter.directoryRoles.listForUser(
          customer.id,
          user.id,
          call(request),
        ),
      );
      return {
        cards: [
          userRolesCard({
            customer,
            user,
            roles: sortRoles(roles).map(roleItem),
            ...(note ? { note } : {}),
          }),
        ],
      };
    },
  );

/** roles.list: the customer's directory roles (one unpaged collection), a Members button each. */
const listRoles: Skill = (request) =>
  withCustomer(request, 'list directory roles for Contoso Ltd', async ({ customer, note }) =>
    rolesReply(request, customer, await customerRoles(request, customer.id), note),
  );

/**
 * roles.members: who holds a role ("who is global admin at Contoso?"). The recognizer gives the
 * canonical Entra name; the customer's role of that (or its legacy) name is looked up first.
 */
const roleMembers: Skill = (request) =>
  withCustomer(request, 'who is global admin at Contoso Ltd', async ({ customer, note }) => {
    const roles = await customerRoles(request, customer.id);
    const wanted = request.entities.role?.trim();
    if (!wanted) {
      return rolesReply(request, customer, roles, 'Which role? Press "Members" on one of them.');
    }
    const role = matchRole(roles, wanted);
    if (!role) {
      return {
        cards: [noRoleCard({ customer, role: wanted, available: roles.map(roleDisplayName) })],
      };
    }
    const name = roleDisplayName(role);
    const entities = { customer: customer.id, role: name } as Entities;
    const page = await serverPage(
      request,
      'roles.members',
      entities,
      request.services.partnerCenter.directoryRoles.listMembers(
        customer.id,
        role.id,
        call(request),
      ),
    );
    return {
      cards: [
        roleMembersCard({
          customer,
          role: { id: role.id, name },
          members: page.items,
          from: page.from,
          hasMore: page.hasMore,
          listActions: page.listActions,
          ...(note ? { note } : {}),
        }),
      ],
    };
  });

async function customerRoles(
  request: { correlationId: string; services: SkillRequest['services'] },
  customerId: string,
): Promise<DirectoryRole[]> {
  return sortRoles(
    await collectAll(request.services.partnerCenter.directoryRoles.list(customerId, call(request))),
  );
}

function rolesReply(
  request: SkillRequest,
  customer: CustomerSummary,
  roles: DirectoryRole[],
  note: string | undefined,
) {
  const page = localPage(request, 'roles.list', { customer: customer.id }, roles);
  return {
    cards: [
      roleListCard({
        customer,
        roles: page.items.map(roleItem),
        from: page.from,
        hasMore: page.hasMore,
        listActions: page.listActions,
        ...(note ? { note } : {}),
      }),
    ],
  };
}

function roleItem(role: DirectoryRole): RoleItem {
  return { id: role.id, name: roleDisplayName(role), description: roleDescription(role) };
}

export const usersSkills: AreaSkills = {
  'users.list': listUsers,
  'users.show': showUser,
  'users.deleted': deletedUsers,
  'users.roles': userRoles,
  'roles.list': listRoles,
  'roles.members': roleMembers,
};

// Download CSV ---------------------------------------------------------------------------------

async function exportCustomer(request: ExportRequest): Promise<CustomerSummary> {
  return request.services.customers.get(request.entities.customer ?? '', call(request));
}

async function* pagesOf<T>(listing: PagedAsyncIterableIterator<T>): AsyncIterable<T> {
  for await (const page of listing.byPage({ maxPageSize: USER_FETCH_SIZE })) yield* page.items;
}

async function* rowsOf<T>(items: AsyncIterable<T> | Iterable<T>, row: (item: T) => string[]) {
  for await (const item of items) yield row(item);
}

const dateOnly = (d: Date | undefined) => (d ? d.toISOString().slice(0, 10) : '');

const userRow = (u: CustomerUser) => [
  userName(u),
  u.userPrincipalName ?? '',
  u.firstName ?? '',
  u.lastName ?? '',
  u.state ?? '',
  u.usageLocation ?? '',
  u.id,
];

export const usersExports: ExportRegistry = {
  'users.list': async (request) => {
    const customer = await exportCustomer(request);
    return {
      filename: `users-${filePart(customer.name)}`,
      columns: [
        'Display name',
        'User principal name',
        'First name',
        'Last name',
        'State',
        'Usage location',
        'User id',
      ],
      rows: rowsOf(
        pagesOf(request.services.partnerCenter.users.list(customer.id, call(request))),
        userRow,
      ),
    };
  },
  'users.deleted': async (request) => {
    const customer = await exportCustomer(request);
    const all = sortDeletedUsers(
      await collectAll(
        request.services.partnerCenter.users.listDeleted(customer.id, call(request)),
      ),
      request.services.now(),
    );
    return {
      filename: `deleted-users-${filePart(customer.name)}`,
      columns: [
        'Display name',
        'User principal name',
        'Deleted on',
        'Restorable until',
        'Days left',
        'User id',
      ],
      rows: rowsOf(all, ({ user, window }) => [
        userName(user),
        user.userPrincipalName ?? '',
        dateOnly(window.deletedOn),
        dateOnly(window.restorableUntil),
        window.daysLeft === undefined ? '' : String(Math.max(window.daysLeft, 0)),
        user.id,
      ]),
    };
  },
  'roles.list': async (request) => {
    const customer = await exportCustomer(request);
    const roles = await customerRoles(request, customer.id);
    return {
      filename: `directory-roles-${filePart(customer.name)}`,
      columns: ['Role', 'Description', 'Role id'],
      rows: rowsOf(roles, (r) => [roleDisplayName(r), roleDescription(r), r.id]),
    };
  },
  'roles.members': (async (request) => {
    const customer = await exportCustomer(request);
    const roles = await customerRoles(request, customer.id);
    const role = matchRole(roles, request.entities.role ?? '');
    const name = role ? roleDisplayName(role) : (request.entities.role ?? 'role');
    return {
      filename: `${filePart(name)}-${filePart(customer.name)}`,
      columns: ['Display name', 'User principal name', 'User id'],
      rows: role
        ? rowsOf(
            pagesOf(
              request.services.partnerCenter.directoryRoles.listMembers(
                customer.id,
                role.id,
                call(request),
              ),
            ),
            (m) => [userName(m), m.userPrincipalName ?? '', m.id],
          )
        : rowsOf([] as string[][], (r) => r),
    };
  }) satisfies Exporter,
};
