import { z } from 'zod';
import type { ErrorEntry } from '../shared/errors.js';
import { SECURITY_ERRORS } from './errors.js';
import { openToken, sealToken } from './signed-token.js';

/**
 * Signed card action data. A confirmation card's buttons carry a token that binds the verb to
 * the pending action, the user, the conversation (and the customer), so a tampered payload, a
 * card forwarded to someone else or replayed in another conversation is refused before anything
 * is called. Replays by the same user in the same conversation are harmless: the pending-action
 * store runs an action once.
 *
 * Token: the format of signed-token.ts.
 */
export interface CardTokenPayload {
  v: 1;
  pendingActionId: string;
  verb: string;
  userId: string;
  conversationId: string;
  customerId?: string;
  /** Epoch ms. */
  issuedAt: number;
}

export type CardTokenInput = Omit<CardTokenPayload, 'v' | 'issuedAt'> & { issuedAt?: number };

export type CardRejectReason =
  'malformed' | 'bad-signature' | 'wrong-user' | 'wrong-conversation' | 'wrong-verb' | 'expired';

export type CardVerifyResult =
  { ok: true; payload: CardTokenPayload } | { ok: false; reason: CardRejectReason };

export interface CardVerifyExpectation {
  userId: string;
  conversationId: string;
  /** Epoch ms; default the signer's clock. */
  now?: number;
  /** When given, the token must have been issued for this verb (a Cancel token cannot Confirm). */
  verb?: string;
}

export interface CardSignerOptions {
  /** At least 32 bytes (see signing-key.ts). */
  key: Uint8Array;
  /**
   * How long a signed card stays usable. Longer than the pending-action TTL on purpose: an old
   * confirmation should be answered "this confirmation expired" by the store, which says more.
   */
  maxAgeInMs?: number;
  /** Tolerated clock difference between two instances for tokens "from the future". */
  clockSkewInMs?: number;
  now?: () => number;
}

const DEFAULTS = {
  maxAgeInMs: 24 * 60 * 60_000,
  clockSkewInMs: 5 * 60_000,
  now: () => Date.now(),
} satisfies Omit<Required<CardSignerOptions>, 'key'>;

const MAX_TOKEN_LENGTH = 4096;
const MIN_KEY_BYTES = 32;

const PayloadSchema = z.strictObject({
  v: z.literal(1),
  pendingActionId: z.string().min(1),
  verb: z.string().min(1),
  userId: z.string().min(1),
  conversationId: z.string().min(1),
  customerId: z.string().optional(),
  issuedAt: z.number().int().nonnegative(),
});

export interface CardSigner {
  sign(input: CardTokenInput): string;
  verify(token: unknown, expected: CardVerifyExpectation): CardVerifyResult;
}

export function createCardSigner(options: CardSignerOptions): CardSigner {
  const opts = { ...DEFAULTS, ...options };
  if (opts.key.length < MIN_KEY_BYTES)
    throw new RangeError(`The card signing key must be at least ${MIN_KEY_BYTES} bytes long.`);
  const key = Buffer.from(opts.key);

  return {
    sign(input) {
      for (const field of ['pendingActionId', 'verb', 'userId', 'conversationId'] as const)
        if (typeof input[field] !== 'string' || input[field] === '')
          throw new TypeError(`A card token needs a non-empty ${field}.`);
      const payload: CardTokenPayload = {
        v: 1,
        pendingActionId: input.pendingActionId,
        verb: input.verb,
        userId: input.userId,
        conversationId: input.conversationId,
        ...(input.customerId === undefined ? {} : { customerId: input.customerId }),
        issuedAt: input.issuedAt ?? opts.now(),
      };
      return sealToken(key, { ...payload });
    },

    verify(token, expected) {
      const opened = openToken(key, token, MAX_TOKEN_LENGTH);
      if (!opened.ok) return reject(opened.reason);
      const parsed = PayloadSchema.safeParse(opened.value);
      if (!parsed.success) return reject('malformed');
      const payload = parsed.data as CardTokenPayload;
      if (payload.userId !== expected.userId) return reject('wrong-user');
      if (payload.conversationId !== expected.conversationId) return reject('wrong-conversation');
      if (expected.verb !== undefined && payload.verb !== expected.verb)
        return reject('wrong-verb');
      const now = expected.now ?? opts.now();
      if (payload.issuedAt > now + opts.clockSkewInMs) return reject('malformed');
      if (now - payload.issuedAt > opts.maxAgeInMs) return reject('expired');
      return { ok: true, payload };
    },
  };
}

/** The user-facing catalogue entry for a refused card (nothing was called). */
export function cardRejection(reason: CardRejectReason): ErrorEntry {
  switch (reason) {
    case 'malformed':
      return SECURITY_ERRORS.CARD_MALFORMED;
    case 'bad-signature':
      return SECURITY_ERRORS.CARD_BAD_SIGNATURE;
    case 'wrong-user':
      return SECURITY_ERRORS.CARD_WRONG_USER;
    case 'wrong-conversation':
      return SECURITY_ERRORS.CARD_WRONG_CONVERSATION;
    case 'wrong-verb':
      return SECURITY_ERRORS.CARD_WRONG_VERB;
    case 'expired':
      return SECURITY_ERRORS.CARD_EXPIRED;
  }
}

function reject(reason: CardRejectReason): CardVerifyResult {
  return { ok: false, reason };
}
