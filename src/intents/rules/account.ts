import type { Features } from '../features.js';
import { STOP_WORDS } from '../lexicon/function-words.js';
import { noEmail, ours } from './predicates.js';
import { rule, type Rule } from './rule.js';

const referralId = (f: Features): boolean =>
  f.ids.length > 0 || f.numbers.some((i) => (f.a.tokens[i]?.raw.length ?? 0) >= 3);
const VERDICTS = new Set(['won', 'lost', 'accepted', 'declined', 'closed', 'active', 'engaged']);
/** "accept", "decline", "close ... as won", "set ... to active": a referral update. */
const verdict = (f: Features): boolean =>
  f.any('accept', 'decline', 'close', 'update', 'set') ||
  (f.a.statuses.some((s) => VERDICTS.has(s.value)) && referralId(f) && !f.has('show'));
const PROFILE = 'profile mpn legal orgProfile';

export const ACCOUNT_RULES: readonly Rule[] = [
  rule('referrals.list', {
    score: 0.88,
    all: 'referral',
    none: 'accept decline close update notify unnotify',
    when: (f) => !referralId(f),
  }),
  rule('referrals.show', {
    score: 0.91,
    all: 'referral',
    when: (f) => referralId(f) && !verdict(f),
  }),
  rule('referrals.update', { score: 0.93, all: 'referral', none: 'notify', when: verdict }),
  rule(
    'profile.show',
    {
      score: 0.88,
      any: PROFILE,
      none: 'billing companyProfile update set user',
      when: (f) => ours(f) && noEmail(f),
    },
    { score: 0.85, all: 'companyProfile my', none: 'update set', when: ours },
  ),
  rule('profile.update', {
    score: 0.89,
    any: `${PROFILE} my company companyProfile billing`,
    none: 'user subscription customer',
    when: (f) => (f.has('update') || f.has('set')) && ours(f) && f.emails.length <= 1,
  }),
  rule(
    'connection.connect',
    {
      score: 0.9,
      all: 'connect',
      none: 'disconnect test whoami help check',
      when: (f) => !f.hasName,
    },
    { score: 0.6, all: 'connect', none: 'disconnect test whoami check' },
  ),
  rule(
    'connection.status',
    { score: 0.93, all: 'connection details', none: 'test' },
    { score: 0.88, all: 'connection', none: 'test connect disconnect whoami check' },
    { score: 0.7, all: 'partnerCenter', any: 'details what', none: 'connect disconnect test' },
    // "status" on its own
    {
      score: 0.7,
      all: 'details',
      when: (f) =>
        f.a.tokens
          .filter((t) => t.kind !== 'punct' && !STOP_WORDS.has(t.lower))
          .every((t) => ['status', 'state'].includes(t.lower)),
    },
  ),
  rule(
    'connection.test',
    { score: 0.92, all: 'test', any: 'connection partnerCenter connect' },
    { score: 0.9, all: 'check', any: 'connection partnerCenter', none: 'details' },
  ),
  rule(
    'connection.selectOrganization',
    { score: 0.9, all: 'select organization', none: 'customer user subscription' },
    {
      score: 0.55,
      all: 'select',
      none: 'customer user subscription license offer report',
      when: (f) => f.hasName,
    },
  ),
  rule('connection.disconnect', { score: 0.93, all: 'disconnect' }),
  rule(
    'audit.list',
    { score: 0.88, all: 'audit', none: 'update set notify unnotify order', when: noEmail },
    {
      score: 0.8,
      all: 'audit update',
      when: (f) => f.any('what', 'show', 'who', 'recent') || Boolean(f.a.period),
    },
  ),
  rule('notifications.subscribe', {
    score: 0.92,
    all: 'notify',
    none: 'unnotify cancel suspend no delete remove',
  }),
  rule(
    'notifications.unsubscribe',
    { score: 0.94, all: 'unnotify' },
    { score: 0.93, all: 'notify', any: 'cancel suspend no delete remove' },
  ),
];
