import { describe, expect, it } from 'vitest';
import { cardBytes, MAX_CARD_BYTES } from '../../../../src/cards/render.js';
import { executeAction, openUrlAction, VERBS } from '../../../../src/cards/views/actions.js';
import {
  chooseUserCard,
  daysLeftText,
  deletedUserListCard,
  noRoleCard,
  noUserCard,
  roleListCard,
  roleMembersCard,
  userDetailsCard,
  userListCard,
  userRolesCard,
  whichUserCard,
} from '../../../../src/cards/views/users.js';
import type { CustomerUser, DirectoryRole } from '../../../../src/partner-center/index.js';
import { restoreWindow, sortDeletedUsers } from '../../../../src/skills/users/restore-window.js';
import {
  matchRole,
  roleDisplayName,
  sortRoles,
} from '../../../../src/skills/users/role-catalog.js';
import { actionsOf, tableRowsOf, textsOf } from '../../../helpers/agent.js';
import { validateCard } from '../../../helpers/validate-card.js';

const woodgrove = { id: 'c-1', name: 'Woodgrove Bank', domain: 'woodgrovebank.onmicrosoft.com' };

const user = (over: Partial<CustomerUser> = {}): CustomerUser => ({
  id: 'a7b5b83d-43a2-4eb5-b0cd-6d04af02a43d',
  userPrincipalName: 'megan.bowen@woodgrovebank.onmicrosoft.com',
  displayName: 'Megan Bowen',
  firstName: 'Megan',
  lastName: 'Bowen',
  usageLocation: 'CA',
  state: 'active',
  userDomainType: 'none',
  ...over,
});

/** The longest names a card can meet: 40-character names and 64-character UPNs, all 20 rows. */
const widest = (i: number) =>
  user({
    id: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`,
    displayName: `Maximilian-Alexander Konstantinopoulos ${String(i).padStart(2, '0')}`,
    userPrincipalName: `maximilian.alexander.konstantinopoulos${i}@woodgrovebankcanada.onmicrosoft.com`,
  });

function valid(card: object) {
  const result = validateCard(card);
  expect(result.errors).toEqual([]);
  expect(cardBytes(card)).toBeLessThan(MAX_CARD_BYTES);
  expect(JSON.stringify(card)).not.toContain('${');
  return result;
}

const listActions = [
  executeAction('Show more', VERBS.more, {}),
  openUrlAction('Download CSV', 'https://agent.example/downloads/abc'),
];

describe('users.list card', () => {
  it('when a page of users is drawn, then each row is name, UPN, state and usage location', () => {
    const card = userListCard({
      customer: woodgrove,
      users: [
        user(),
        user({ displayName: undefined, state: 'inactive', usageLocation: undefined }),
      ],
      from: 1,
      hasMore: false,
    });
    valid(card);
    expect(tableRowsOf(card)).toEqual([
      ['Name', 'User principal name', 'State', 'Location'],
      ['Megan Bowen', 'megan.bowen@woodgrovebank.onmicrosoft.com', 'Active', 'CA'],
      // No display name: the UPN stands in; a missing location is a dash.
      [
        'megan.bowen@woodgrovebank.onmicrosoft.com',
        'megan.bowen@woodgrovebank.onmicrosoft.com',
        'Inactive',
        '—',
      ],
    ]);
    expect(textsOf(card).slice(0, 2)).toEqual(['Users of Woodgrove Bank', '2 users']);
    expect(actionsOf(card).map((a) => [a.title, a.data])).toEqual([
      ['Deleted users', { intent: 'users.deleted', entities: { customer: 'c-1' } }],
      ['Directory roles', { intent: 'roles.list', entities: { customer: 'c-1' } }],
    ]);
  });

  it('when a full page of the widest users is one of several, then it stays under 28 KB with Show more and Download CSV first', () => {
    const card = userListCard({
      customer: woodgrove,
      users: Array.from({ length: 20 }, (_, i) => widest(i)),
      from: 21,
      hasMore: true,
      listActions,
    });
    valid(card);
    expect(textsOf(card)[1]).toBe('21–40, more available');
    expect(tableRowsOf(card)).toHaveLength(21);
    expect(actionsOf(card).map((a) => a.title)).toEqual([
      'Show more',
      'Download CSV',
      'Deleted users',
      'Directory roles',
    ]);
  });

  it('when a customer has no users, then the card says so instead of an empty table', () => {
    const card = userListCard({ customer: woodgrove, users: [], from: 1, hasMore: false });
    valid(card);
    expect(tableRowsOf(card)).toEqual([]);
    expect(textsOf(card)).toContain('Woodgrove Bank has no users.');
  });

  it('when the user state is one Partner Center has not documented, then it is humanized, not a crash', () => {
    const card = userListCard({
      customer: woodgrove,
      users: [user({ state: 'pendingDeletion' as CustomerUser['state'] })],
      from: 1,
      hasMore: false,
    });
    expect(tableRowsOf(card)[1]?.[2]).toBe('Pending deletion');
  });
});

describe('users.show card', () => {
  it('when an active user is drawn, then its facts are listed and Roles / Users carry the UPN and customer id', () => {
    const card = userDetailsCard({
      customer: woodgrove,
      user: user({ lastDirectorySyncTime: '2026-03-01T08:00:00Z', userDomainType: 'federated' }),
    });
    valid(card);
    expect(textsOf(card)).toEqual([
      'Megan Bowen',
      'megan.bowen@woodgrovebank.onmicrosoft.com · Woodgrove Bank',
      'Display name: Megan Bowen',
      'User principal name: megan.bowen@woodgrovebank.onmicrosoft.com',
      'First name: Megan',
      'Last name: Bowen',
      'Usage location: CA',
      'State: Active',
      'Domain type: Federated',
      'Last directory sync: 2026-03-01',
      'Customer: Woodgrove Bank',
      'User id: a7b5b83d-43a2-4eb5-b0cd-6d04af02a43d',
    ]);
    expect(actionsOf(card).map((a) => [a.title, a.data])).toEqual([
      [
        'Roles',
        {
          intent: 'users.roles',
          entities: { user: 'megan.bowen@woodgrovebank.onmicrosoft.com', customer: 'c-1' },
        },
      ],
      ['Users', { intent: 'users.list', entities: { customer: 'c-1' } }],
    ]);
  });

  it('when a deleted user is drawn, then the deletion date and the end of its restore window are facts', () => {
    const now = new Date('2026-03-15T12:00:00Z');
    const deleted = user({ state: 'inactive', softDeletionTime: '2026-03-12T10:00:00Z' });
    const card = userDetailsCard({
      customer: woodgrove,
      user: deleted,
      restore: restoreWindow(deleted.softDeletionTime, now),
    });
    valid(card);
    const texts = textsOf(card);
    expect(texts).toContain('State: Inactive (deleted)');
    expect(texts).toContain('Deleted on: 2026-03-12');
    expect(texts).toContain('Restorable until: 2026-04-11 (27 days)');
    expect(actionsOf(card).map((a) => a.title)).toEqual(['Roles', 'Users', 'Deleted users']);
  });
});

describe('users.deleted card', () => {
  const now = new Date('2026-03-15T12:00:00Z');
  const deletedDaysAgo = (name: string, days: number) =>
    user({
      displayName: name,
      userPrincipalName: `${name.toLowerCase().replace(' ', '.')}@woodgrovebank.onmicrosoft.com`,
      state: 'inactive',
      softDeletionTime: new Date(Date.UTC(2026, 2, 15 - days, 10)).toISOString(),
    });

  it('when deleted users are drawn, then the soonest to expire come first, the urgent ones in red and the expired last', () => {
    const sorted = sortDeletedUsers(
      [
        deletedDaysAgo('Johanna Lorenz', 10),
        deletedDaysAgo('Isaiah Langer', 45),
        deletedDaysAgo('Joni Sherman', 25),
        deletedDaysAgo('Lee Gu', 30),
      ],
      now,
    );
    const card = deletedUserListCard({
      customer: woodgrove,
      users: sorted,
      total: 4,
      expiringSoon: 1,
      from: 1,
      hasMore: false,
    });
    valid(card);
    expect(tableRowsOf(card)).toEqual([
      ['Name', 'User principal name', 'Deleted', 'Days left'],
      ['Joni Sherman', 'joni.sherman@woodgrovebank.onmicrosoft.com', '2026-02-18', '5 days'],
      ['Johanna Lorenz', 'johanna.lorenz@woodgrovebank.onmicrosoft.com', '2026-03-05', '20 days'],
      // Deleted 30 days ago at 10:00: its window closed two hours before "now".
      ['Lee Gu', 'lee.gu@woodgrovebank.onmicrosoft.com', '2026-02-13', 'Expired'],
      ['Isaiah Langer', 'isaiah.langer@woodgrovebank.onmicrosoft.com', '2026-01-29', 'Expired'],
    ]);
    expect(textsOf(card)[1]).toBe('4 deleted users, 1 with 7 days or less to restore');
    const json = JSON.stringify(card);
    expect(json).toContain('"text":"5 days","color":"Attention","weight":"Bolder"');
    expect(json).toContain('"text":"20 days","color":"Default","weight":"Default"');
    expect(json).toContain('"text":"Expired","color":"Default","weight":"Default","isSubtle":true');
    expect(actionsOf(card).map((a) => a.title)).toEqual(['Active users']);
  });

  it('when a window ends today or has no deletion time, then the days left read "Last day" and a dash', () => {
    expect(restoreWindow('2026-02-13T20:00:00Z', now).daysLeft).toBe(0);
    expect(daysLeftText(0)).toBe('Last day');
    expect(daysLeftText(1)).toBe('1 day');
    expect(restoreWindow(undefined, now)).toEqual({});
    const card = deletedUserListCard({
      customer: woodgrove,
      users: [{ user: user({ state: 'inactive' }), window: {} }],
      total: 1,
      expiringSoon: 0,
      from: 1,
      hasMore: false,
    });
    valid(card);
    expect(tableRowsOf(card)[1]?.slice(2)).toEqual(['—', '—']);
    expect(textsOf(card)[1]).toBe('1 deleted user');
  });

  it('when a page of 20 of many deleted users with the widest names is drawn, then it stays under 28 KB', () => {
    const card = deletedUserListCard({
      customer: woodgrove,
      users: Array.from({ length: 20 }, (_, i) => ({
        user: widest(i),
        window: { deletedOn: now, restorableUntil: now, daysLeft: i },
      })),
      total: 45,
      expiringSoon: 8,
      from: 21,
      hasMore: true,
      listActions,
    });
    valid(card);
    expect(textsOf(card)[1]).toBe(
      '45 deleted users, 8 with 7 days or less to restore · showing 21–40',
    );
  });

  it('when there are no deleted users, then the card says so', () => {
    const card = deletedUserListCard({
      customer: woodgrove,
      users: [],
      total: 0,
      expiringSoon: 0,
      from: 1,
      hasMore: false,
    });
    valid(card);
    expect(textsOf(card)).toContain('Woodgrove Bank has no deleted users.');
  });
});

describe('roles.list and users.roles cards', () => {
  const roles = [
    { id: 'r-ga', name: 'Global Administrator', description: 'Can manage all aspects.' },
    { id: 'r-x', name: 'Custom Auditor', description: '' },
  ];

  it('when the customer roles are drawn, then each role has its description and a Members button with role name and customer id', () => {
    const card = roleListCard({ customer: woodgrove, roles, from: 1, hasMore: false });
    valid(card);
    const texts = textsOf(card);
    expect(texts).toEqual([
      'Directory roles of Woodgrove Bank',
      '2 roles',
      'Global Administrator',
      'Can manage all aspects.',
      'Custom Auditor',
      'Press "Members" to see who holds a role.',
    ]);
    expect(actionsOf(card).map((a) => [a.title, a.data])).toEqual([
      [
        'Members',
        { intent: 'roles.members', entities: { role: 'Global Administrator', customer: 'c-1' } },
      ],
      [
        'Members',
        { intent: 'roles.members', entities: { role: 'Custom Auditor', customer: 'c-1' } },
      ],
      ['Users', { intent: 'users.list', entities: { customer: 'c-1' } }],
    ]);
  });

  it('when there are no roles, then the card says so', () => {
    const card = roleListCard({ customer: woodgrove, roles: [], from: 1, hasMore: false });
    valid(card);
    expect(textsOf(card)).toContain('Woodgrove Bank has no directory roles.');
  });

  it("when a user's roles are drawn, then the user and customer are named and its details are one press away", () => {
    const card = userRolesCard({ customer: woodgrove, user: user(), roles: roles.slice(0, 1) });
    valid(card);
    expect(textsOf(card).slice(0, 3)).toEqual([
      'Directory roles of Megan Bowen',
      '1 role · megan.bowen@woodgrovebank.onmicrosoft.com · Woodgrove Bank',
      'Global Administrator',
    ]);
    expect(actionsOf(card).map((a) => a.title)).toEqual([
      'Members',
      'User details',
      'All directory roles',
    ]);
    const empty = userRolesCard({ customer: woodgrove, user: user(), roles: [] });
    valid(empty);
    expect(textsOf(empty)).toContain('Megan Bowen holds no directory role: a regular user.');
  });

  it('when 20 roles are drawn, then the card stays under 28 KB', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({
      id: `r-${i}`,
      name: `Privileged Authentication Administrator ${i}`,
      description:
        'Can access to view, set and reset authentication method information for any user.',
    }));
    valid(roleListCard({ customer: woodgrove, roles: many, from: 1, hasMore: true, listActions }));
  });
});

describe('roles.members card', () => {
  it('when the members of a role are drawn, then each row is name and UPN', () => {
    const card = roleMembersCard({
      customer: woodgrove,
      role: { id: 'r-ga', name: 'Global Administrator' },
      members: [{ id: 'u1', displayName: 'Chloe Tremblay', userPrincipalName: 'chloe@w.com' }],
      from: 1,
      hasMore: false,
    });
    valid(card);
    expect(textsOf(card).slice(0, 2)).toEqual([
      'Global Administrator at Woodgrove Bank',
      '1 member',
    ]);
    expect(tableRowsOf(card)).toEqual([
      ['Name', 'User principal name'],
      ['Chloe Tremblay', 'chloe@w.com'],
    ]);
    expect(actionsOf(card).map((a) => a.title)).toEqual(['Directory roles', 'Users']);
  });

  it('when a role has no members or a page of 20 wide ones, then the card says so or stays under 28 KB', () => {
    const none = roleMembersCard({
      customer: woodgrove,
      role: { id: 'r', name: 'SharePoint Administrator' },
      members: [],
      from: 1,
      hasMore: false,
    });
    valid(none);
    expect(textsOf(none)).toContain('No one at Woodgrove Bank is a SharePoint Administrator.');
    valid(
      roleMembersCard({
        customer: woodgrove,
        role: { id: 'r', name: 'Global Reader' },
        members: Array.from({ length: 20 }, (_, i) => widest(i)),
        from: 1,
        hasMore: true,
        listActions,
      }),
    );
  });

  it("when the role named is not the customer's, then a notice lists the roles it has", () => {
    const card = noRoleCard({
      customer: woodgrove,
      role: 'Security Administrator',
      available: ['Global Administrator', 'Global Reader'],
    });
    valid(card);
    expect(textsOf(card)).toEqual([
      'Woodgrove Bank has no "Security Administrator" role',
      'Its directory roles are: Global Administrator, Global Reader.',
    ]);
  });
});

describe('which-user cards', () => {
  it('when no user matches, then the closest users are buttons that re-run the intent with their UPN', () => {
    const card = noUserCard({
      text: 'megan@woodgrovebank.onmicrosoft.com',
      customer: woodgrove,
      closest: [user()],
      intent: 'users.roles',
    });
    valid(card);
    expect(textsOf(card)[1]).toBe('Did you mean megan.bowen@woodgrovebank.onmicrosoft.com?');
    expect(actionsOf(card).map((a) => [a.title, a.data])).toEqual([
      [
        'Megan Bowen',
        {
          intent: 'users.roles',
          entities: { user: 'megan.bowen@woodgrovebank.onmicrosoft.com', customer: 'c-1' },
        },
      ],
      ['Users of Woodgrove Bank', { intent: 'users.list', entities: { customer: 'c-1' } }],
    ]);
  });

  it('when two users share a display name, then one button each names its UPN', () => {
    const card = chooseUserCard({
      text: 'aaron hall',
      customer: woodgrove,
      users: [
        user({ displayName: 'Aaron Hall', userPrincipalName: 'aaron.hall@w.com' }),
        user({ displayName: 'Aaron Hall', userPrincipalName: 'aaron.hall2@w.com' }),
      ],
      intent: 'users.show',
    });
    valid(card);
    expect(actionsOf(card).map((a) => a.title)).toEqual([
      'Aaron Hall (aaron.hall@w.com)',
      'Aaron Hall (aaron.hall2@w.com)',
    ]);
  });

  it('when no user is named, then the card asks for one, with the users of the customer in context', () => {
    const card = whichUserCard('show user megan.bowen@contoso.onmicrosoft.com', woodgrove);
    valid(card);
    expect(textsOf(card)[0]).toBe('Which user?');
    expect(actionsOf(card).map((a) => a.title)).toEqual(['Users']);
  });
});

describe('directory role names', () => {
  const role = (id: string, name: string): DirectoryRole => ({ id, name });
  const roles = [
    role('r1', 'Company Administrator'),
    role('r2', 'User Account Administrator'),
    role('r3', 'Helpdesk Administrator'),
    role('r4', 'Custom Auditor'),
  ];

  it('when Partner Center gives a legacy role name, then the canonical name finds it and cards show the current name', () => {
    expect(matchRole(roles, 'Global Administrator')?.id).toBe('r1');
    expect(matchRole(roles, 'user administrator')?.id).toBe('r2');
    expect(matchRole(roles, 'r3')?.id).toBe('r3');
    expect(matchRole(roles, 'auditor')?.id).toBe('r4');
    expect(matchRole(roles, 'Security Administrator')).toBeUndefined();
    expect(roleDisplayName(roles[0]!)).toBe('Global Administrator');
    expect(sortRoles([roles[3]!, roles[2]!, roles[0]!]).map((r) => r.id)).toEqual([
      'r1',
      'r3',
      'r4',
    ]);
  });
});
