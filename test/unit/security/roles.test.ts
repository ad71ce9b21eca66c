import { describe, expect, it } from 'vitest';
import { isRole, parseRole, roleDisplayName } from '../../../src/security/roles.js';

describe('roles', () => {
  it('when a role is shown, then its display name is the Partner Center wording', () => {
    expect(roleDisplayName('GlobalAdmin')).toBe('Global Admin');
    expect(roleDisplayName('AdminAgent')).toBe('Admin Agent');
    expect(roleDisplayName('SalesAgent')).toBe('Sales Agent');
    expect(roleDisplayName('HelpdeskAgent')).toBe('Helpdesk Agent');
  });

  it.each([
    ['AdminAgent', 'AdminAgent'],
    ['Admin Agent', 'AdminAgent'],
    ['admin agent', 'AdminAgent'],
    ['helpdesk_agent', 'HelpdeskAgent'],
    ['Global-Admin', 'GlobalAdmin'],
    ['sales  agent ', 'SalesAgent'],
  ])('when the role name is %j, then it parses to %s', (text, role) => {
    expect(parseRole(text)).toBe(role);
  });

  it('when the name is not a role, then parseRole and isRole refuse it', () => {
    expect(parseRole('Owner')).toBeUndefined();
    expect(parseRole('')).toBeUndefined();
    expect(isRole('Admin Agent')).toBe(false);
    expect(isRole('AdminAgent')).toBe(true);
  });
});
