import { describe, expect, it } from 'vitest';
import {
  INTENT_PERMISSIONS,
  allowedIntents,
  can,
  requiredPermission,
} from '../../../src/security/permissions.js';
import { ROLES, type Role } from '../../../src/security/roles.js';

/** Every intent id of shared/INTENTS.md with its `perm` column ('—' = none). */
const CATALOGUE: Array<[string, string]> = [
  ['help', '—'],
  ['greeting', '—'],
  ['cancel', '—'],
  ['confirm', '—'],
  ['reject', '—'],
  ['more', '—'],
  ['whoami', '—'],
  ['profile.show', 'read:partner'],
  ['profile.update', 'write:partner'],
  ['customers.list', 'read:customers'],
  ['customers.search', 'read:customers'],
  ['customers.show', 'read:customers'],
  ['customers.create', 'write:customers'],
  ['customers.invite', 'write:customers'],
  ['customers.billingProfile.show', 'read:customers'],
  ['customers.billingProfile.update', 'write:customers'],
  ['customers.companyProfile.show', 'read:customers'],
  ['users.list', 'read:users'],
  ['users.show', 'read:users'],
  ['users.create', 'write:users'],
  ['users.update', 'write:users'],
  ['users.resetPassword', 'write:users'],
  ['users.delete', 'write:users'],
  ['users.deleted', 'read:users'],
  ['users.restore', 'write:users'],
  ['users.roles', 'read:users'],
  ['roles.list', 'read:users'],
  ['roles.members', 'read:users'],
  ['roles.removeMember', 'write:users'],
  ['subscriptions.list', 'read:subscriptions'],
  ['subscriptions.show', 'read:subscriptions'],
  ['subscriptions.rename', 'write:subscriptions'],
  ['subscriptions.setQuantity', 'write:subscriptions'],
  ['subscriptions.suspend', 'write:subscriptions'],
  ['subscriptions.reactivate', 'write:subscriptions'],
  ['subscriptions.renewals', 'read:subscriptions'],
  ['licenses.list', 'read:subscriptions'],
  ['orders.list', 'read:subscriptions'],
  ['orders.show', 'read:subscriptions'],
  ['benefits.list', 'read:partner'],
  ['benefits.activate', 'write:benefits'],
  ['usage.customer', 'read:usage'],
  ['usage.subscription', 'read:usage'],
  ['usage.azure', 'read:usage'],
  ['usage.report', 'read:usage'],
  ['offers.list', 'read:catalog'],
  ['offers.search', 'read:catalog'],
  ['offers.show', 'read:catalog'],
  ['offers.categories', 'read:catalog'],
  ['referrals.list', 'read:referrals'],
  ['referrals.show', 'read:referrals'],
  ['referrals.update', 'write:referrals'],
  ['connection.connect', 'admin:connection'],
  ['connection.status', '—'],
  ['connection.test', 'admin:connection'],
  ['connection.selectOrganization', 'admin:connection'],
  ['connection.disconnect', 'admin:connection'],
  ['audit.list', 'read:audit'],
  ['notifications.subscribe', 'read:subscriptions'],
  ['notifications.unsubscribe', 'read:subscriptions'],
  ['none', '—'],
];

/** The roles table of INTENTS.md, as the permissions each role holds. */
const TABLE: Record<Role, string[]> = {
  GlobalAdmin: [...new Set(CATALOGUE.map(([, p]) => p).filter((p) => p !== '—'))],
  AdminAgent: [
    'read:partner',
    'read:customers',
    'read:users',
    'read:subscriptions',
    'read:catalog',
    'read:referrals',
    'read:usage',
    'read:audit',
    'write:customers',
    'write:users',
    'write:subscriptions',
    'write:referrals',
    'admin:connection',
  ],
  SalesAgent: [
    'read:partner',
    'read:customers',
    'read:subscriptions',
    'read:catalog',
    'read:referrals',
    'read:usage',
    'write:customers',
    'write:referrals',
  ],
  HelpdeskAgent: [
    'read:customers',
    'read:users',
    'read:subscriptions',
    'read:catalog',
    'read:audit',
  ],
};

describe('intent permissions', () => {
  it('when the catalogue is compared with the map, then every intent has exactly its perm column, in order', () => {
    expect(Object.keys(INTENT_PERMISSIONS)).toEqual(CATALOGUE.map(([id]) => id));
    for (const [id, perm] of CATALOGUE)
      expect([id, requiredPermission(id)]).toEqual([id, perm === '—' ? null : perm]);
  });

  it.each(ROLES)(
    'when the role is %s, then it may run exactly the intents of the INTENTS.md table',
    (role) => {
      for (const [id, perm] of CATALOGUE) {
        const salesNarrowing =
          role === 'SalesAgent' &&
          perm === 'write:customers' &&
          id === 'customers.billingProfile.update';
        const expected = perm === '—' || (TABLE[role].includes(perm) && !salesNarrowing);
        expect([id, can(role, id).allowed]).toEqual([id, expected]);
      }
    },
  );

  it('when a Sales Agent changes a billing profile, then it is denied for write:customers, which Global and Admin Agents have', () => {
    expect(can('SalesAgent', 'customers.create')).toEqual({ allowed: true });
    expect(can('SalesAgent', 'customers.invite')).toEqual({ allowed: true });
    expect(can('SalesAgent', 'customers.billingProfile.update')).toEqual({
      allowed: false,
      reason: 'missing-permission',
      missing: 'write:customers',
      rolesWithIt: ['Global Admin', 'Admin Agent'],
    });
  });

  it('when a Helpdesk Agent changes a subscription, then the denial names the permission and the roles that have it', () => {
    expect(can('HelpdeskAgent', 'subscriptions.setQuantity')).toEqual({
      allowed: false,
      reason: 'missing-permission',
      missing: 'write:subscriptions',
      rolesWithIt: ['Global Admin', 'Admin Agent'],
    });
  });

  it('when nobody but a Global Admin may do it, then rolesWithIt lists only Global Admin', () => {
    const check = can('AdminAgent', 'benefits.activate');
    expect(check.allowed === false && check.rolesWithIt).toEqual(['Global Admin']);
  });

  it('when the user has no role, then only the intents that need no permission are allowed', () => {
    expect(allowedIntents(undefined)).toEqual([
      'help',
      'greeting',
      'cancel',
      'confirm',
      'reject',
      'more',
      'whoami',
      'connection.status',
      'none',
    ]);
    const denied = can(undefined, 'customers.list');
    expect(denied.allowed === false && denied.rolesWithIt).toEqual([
      'Global Admin',
      'Admin Agent',
      'Sales Agent',
      'Helpdesk Agent',
    ]);
  });

  it('when the intent id is unknown, then even a Global Admin is denied', () => {
    expect(can('GlobalAdmin', 'customers.deleteEverything')).toEqual({
      allowed: false,
      reason: 'unknown-intent',
      missing: 'unknown-intent',
      rolesWithIt: [],
    });
    expect(requiredPermission('customers.deleteEverything')).toBeUndefined();
    expect(can('GlobalAdmin', '__proto__').allowed).toBe(false);
  });

  it('when the help card asks what a Helpdesk Agent may do, then no write intent is listed', () => {
    const intents = allowedIntents('HelpdeskAgent');
    expect(intents).toContain('audit.list');
    expect(intents).toContain('users.list');
    expect(intents.filter((i) => String(INTENT_PERMISSIONS[i]).startsWith('write:'))).toEqual([]);
    expect(allowedIntents('GlobalAdmin')).toHaveLength(CATALOGUE.length);
  });
});
