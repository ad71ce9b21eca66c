import { both, hasEmail, noEmail, noNumber, noRole } from './predicates.js';
import { rule, type Rule } from './rule.js';

// Objects of other areas; a users rule steps back when one of them is the topic.
const ELSEWHERE = `subscription license order benefit usage offer referral renewal billing
  companyProfile audit invite notify unnotify`;
const WRITES = 'create add delete remove restore update set reset rename';

export const USER_RULES: readonly Rule[] = [
  rule('users.list', {
    score: 0.86,
    all: 'user',
    none: `${ELSEWHERE} ${WRITES} deleted role password`,
    when: both(noEmail, noRole),
  }),
  rule('users.show', {
    score: 0.86,
    none: `${ELSEWHERE} ${WRITES} role password suspend`,
    when: both(hasEmail, noRole),
  }),
  rule(
    'users.create',
    {
      score: 0.9,
      all: 'user',
      any: 'create add',
      none: 'role license subscription password notify customer',
      when: both(noRole, noNumber),
    },
    { score: 0.85, all: 'create', none: 'role password license subscription', when: hasEmail },
    {
      score: 0.8,
      all: 'user customer',
      any: 'create add',
      none: 'role license subscription password',
    },
  ),
  rule(
    'users.update',
    {
      score: 0.9,
      any: 'update set rename',
      none: 'password billing subscription license role',
      when: both(hasEmail, noRole),
    },
    {
      score: 0.88,
      all: 'user',
      any: 'update set',
      none: 'password billing subscription license role my',
      when: noRole,
    },
  ),
  rule(
    'users.resetPassword',
    { score: 0.96, all: 'password', any: 'reset update set create add' },
    { score: 0.8, all: 'password' },
    {
      score: 0.7,
      all: 'reset',
      none: 'subscription connection',
      when: (f) => hasEmail(f) || f.has('user'),
    },
  ),
  rule(
    'users.delete',
    {
      score: 0.9,
      any: 'delete remove',
      none: 'role license subscription restore deleted',
      when: both(hasEmail, noRole),
    },
    {
      score: 0.88,
      all: 'user',
      any: 'delete remove',
      none: 'role license subscription restore deleted',
      when: noRole,
    },
    {
      score: 0.7,
      all: 'suspend',
      none: 'subscription license notify',
      when: both(hasEmail, noRole),
    },
  ),
  rule('users.deleted', {
    score: 0.9,
    all: 'deleted',
    none: 'restore subscription order',
    when: noEmail,
  }),
  rule(
    'users.restore',
    {
      score: 0.93,
      all: 'restore',
      none: 'subscription license',
      when: (f) => hasEmail(f) || f.has('user'),
    },
    { score: 0.85, all: 'restore deleted' },
  ),
  rule('users.roles', {
    score: 0.91,
    none: 'remove delete suspend',
    when: (f) => hasEmail(f) && (f.has('role') || f.anyRole),
  }),
  rule('roles.list', {
    score: 0.86,
    all: 'role',
    none: 'remove delete whoami help',
    when: (f) => noEmail(f) && !f.specificRole,
  }),
  rule(
    'roles.members',
    {
      score: 0.91,
      none: 'remove delete create add whoami',
      when: (f) => f.specificRole && noEmail(f),
    },
    {
      score: 0.84,
      any: 'who user show howMany',
      none: 'remove delete create whoami help',
      when: (f) => f.anyRole && noEmail(f),
    },
    // "admins at Adatum", "Proseware global admins": a role and a customer, nothing else.
    {
      score: 0.8,
      none: 'remove delete create add whoami help role update set',
      when: (f) => f.anyRole && f.hasName && noEmail(f),
    },
  ),
  rule(
    'roles.removeMember',
    { score: 0.96, any: 'remove delete suspend decrease', when: (f) => hasEmail(f) && f.anyRole },
    { score: 0.9, all: 'role', any: 'remove delete', when: hasEmail },
    { score: 0.85, all: 'user', any: 'remove delete', when: (f) => f.anyRole },
  ),
];
