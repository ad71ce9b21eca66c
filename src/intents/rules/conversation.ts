import type { Features } from '../features.js';
import type { Concept } from '../lexicon/concepts.js';
import { concepts, rule, type Rule } from './rule.js';

// Concepts that make an utterance a request rather than a conversational reply.
const REQUEST = concepts(`
  customer user subscription license order benefit usage report offer category referral profile
  mpn billing companyProfile role password renewal audit connection notify unnotify deleted
  invite
`);
const REQUESTS = REQUEST.join(' ');

/** No request in the utterance: no request concept, e-mail, id, role or product. */
const bare = (f: Features): boolean =>
  REQUEST.every((c) => !f.has(c)) &&
  f.emails.length === 0 &&
  f.ids.length === 0 &&
  f.a.roles.length === 0 &&
  !f.hasProduct;

/** How many words of names are left: "hi bot" has none, "yes Contoso" has one. */
const nameWords = (f: Features): number => f.names.reduce((n, s) => n + s.end - s.start, 0);
const upTo =
  (n: number) =>
  (f: Features): boolean =>
    bare(f) && nameWords(f) <= n;

// Concepts that may come with a greeting or thanks ("hi there", "thanks, great").
const SMALL_TALK = new Set<Concept>(concepts('greet thanks yes my me all who what partnerCenter'));
/** Every concept present is one of `allowed`. */
const only = (f: Features, allowed: ReadonlySet<Concept>): boolean =>
  [...f.concepts.keys()].every((c) => allowed.has(c));

/** At most three words: "yes", "ok do it", "no thanks". */
const short = (f: Features): boolean => f.a.tokens.filter((t) => t.kind !== 'punct').length <= 3;

export const CONVERSATION_RULES: readonly Rule[] = [
  rule(
    'greeting',
    { score: 0.95, all: 'greet', when: (f) => upTo(2)(f) && only(f, SMALL_TALK) },
    { score: 0.8, all: 'thanks', when: (f) => upTo(0)(f) && only(f, SMALL_TALK) },
  ),
  rule(
    'help',
    // "how do I manage licenses?", "how do I reset a password?": questions about using the bot.
    {
      score: 0.97,
      all: 'help',
      when: (f) =>
        f.leads('help') &&
        f.emails.length === 0 &&
        f.ids.length === 0 &&
        nameWords(f) === 0 &&
        f.a.tokens.some((t) => ['how', 'way'].includes(t.lower)),
    },
    { score: 0.93, all: 'help', when: (f) => f.pos('help') === 0 && bare(f) && nameWords(f) === 0 },
    // "I am new here, how to use this?": nothing is asked of Partner Center, so "new" creates nothing.
    { score: 0.9, all: 'help', when: (f) => bare(f) && nameWords(f) === 0 },
    {
      score: 0.9,
      all: 'help',
      none: 'create add delete update set remove',
      when: (f) => nameWords(f) === 0 && f.emails.length === 0 && f.ids.length === 0,
    },
    {
      score: 0.55,
      all: 'help',
      none: 'create add delete update set remove',
      when: (f) => f.names.length <= 1,
    },
    { score: 0.35, all: 'help' },
  ),
  rule('confirm', {
    score: 0.93,
    all: 'yes',
    none: `${REQUESTS} no help`,
    when: (f) => upTo(1)(f) && (f.leads('yes') || short(f)),
  }),
  rule('reject', {
    score: 0.92,
    all: 'no',
    none: `${REQUESTS} cancel help`,
    when: (f) => upTo(1)(f) && (f.leads('no') || short(f)),
  }),
  rule(
    'cancel',
    { score: 0.94, all: 'cancel', none: `${REQUESTS} help`, when: upTo(1) },
    // "no, cancel the order" while a confirmation is pending: nothing named, so not a request.
    {
      score: 0.9,
      all: 'cancel',
      none: 'help notify unnotify',
      when: (f) =>
        (f.leads('no') || f.leads('cancel')) &&
        !f.hasName &&
        !f.hasProduct &&
        f.emails.length === 0 &&
        f.ids.length === 0 &&
        f.numbers.length === 0,
    },
  ),
  rule('more', {
    score: 0.9,
    all: 'more',
    none: 'usage benefit license role password help create',
    when: (f) => f.names.length === 0 && f.emails.length === 0 && f.numbers.length === 0,
  }),
  rule(
    'whoami',
    { score: 0.95, all: 'whoami', when: (f) => f.emails.length === 0 },
    // "what role do I have", "what permissions do I have?"
    {
      score: 0.93,
      all: 'role me',
      when: (f) => f.emails.length === 0 && f.names.length === 0 && !f.anyRole,
    },
  ),
];
