import { randomInt } from 'node:crypto';

/** Long enough for about 120 bits of randomness from the alphabet below. */
export const PASSWORD_LENGTH = 20;

/**
 * The alphabet, without look-alikes (I l 1 O 0) so a password read off a card is typed right.
 * The symbols are ones Entra accepts (`develop/reset-user-password-for-a-customer.md` defers to
 * the Entra password policy) that Adaptive Card markdown and the card template leave alone: no
 * `* _ ~ ` [ ] ( ) - +` (emphasis, links, lists), no `{ }` (template bindings), no quotes, no
 * backslash, no space, and no `, ;` (read as dots on a small screen).
 */
export const PASSWORD_CLASSES = {
  upper: 'ABCDEFGHJKLMNPQRSTUVWXYZ',
  lower: 'abcdefghijkmnopqrstuvwxyz',
  digits: '23456789',
  symbols: '!@#$%^=?:.',
} as const;

const ALL = Object.values(PASSWORD_CLASSES).join('');

/**
 * A new temporary password from node:crypto (uniform picks, no modulo bias): one character of
 * each class, the rest from the whole alphabet, then shuffled so the classes are not in fixed
 * places. Made inside `execute` only: it never goes into a payload, proposal, log or audit.
 */
export function generatePassword(length: number = PASSWORD_LENGTH): string {
  if (length < Object.keys(PASSWORD_CLASSES).length) throw new RangeError('password too short');
  const chars = Object.values(PASSWORD_CLASSES).map(pick);
  while (chars.length < length) chars.push(pick(ALL));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
  }
  return chars.join('');
}

function pick(alphabet: string): string {
  return alphabet.charAt(randomInt(alphabet.length));
}
