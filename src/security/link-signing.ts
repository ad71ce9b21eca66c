import { z } from 'zod';
import { isRole, type Role } from './roles.js';
import { openToken, sealToken } from './signed-token.js';

/**
 * Signed, expiring download links ("Download CSV" on a list card). The link carries what to
 * export and the grant it was made under (the user and the role that was allowed to see the
 * list), so the download runs the same listing again without a conversation, and a changed or
 * stale link does nothing.
 */
export interface DownloadGrant {
  v: 1;
  intent: string;
  entities: Record<string, unknown>;
  userId: string;
  role?: Role;
  /** Epoch ms. */
  expiresAt: number;
}

export type DownloadLinkInput = Omit<DownloadGrant, 'v' | 'expiresAt'>;

export type DownloadLinkCheck =
  | { ok: true; grant: DownloadGrant }
  | { ok: false; reason: 'malformed' | 'bad-signature' | 'expired' };

export interface LinkSigner {
  sign(input: DownloadLinkInput): string;
  verify(token: unknown): DownloadLinkCheck;
}

export const LINK_SIGNING_DEFAULTS = {
  /** Long enough to click after reading the card; short enough that a forwarded link dies soon. */
  ttlInMs: 15 * 60_000,
  now: () => Date.now(),
};

const MAX_TOKEN_LENGTH = 4096;

const GrantSchema = z.strictObject({
  v: z.literal(1),
  intent: z.string().min(1),
  entities: z.record(z.string(), z.unknown()),
  userId: z.string().min(1),
  role: z.string().refine(isRole).optional(),
  expiresAt: z.number().int().nonnegative(),
});

export function createLinkSigner(options: {
  key: Uint8Array;
  ttlInMs?: number;
  now?: () => number;
}): LinkSigner {
  const opts = { ...LINK_SIGNING_DEFAULTS, ...options };
  const key = Buffer.from(opts.key);
  return {
    sign(input) {
      const grant: DownloadGrant = {
        v: 1,
        intent: input.intent,
        entities: input.entities,
        userId: input.userId,
        ...(input.role ? { role: input.role } : {}),
        expiresAt: opts.now() + opts.ttlInMs,
      };
      return sealToken(key, { ...grant });
    },
    verify(token) {
      const opened = openToken(key, token, MAX_TOKEN_LENGTH);
      if (!opened.ok) return opened;
      const parsed = GrantSchema.safeParse(opened.value);
      if (!parsed.success) return { ok: false, reason: 'malformed' };
      const grant = parsed.data as DownloadGrant;
      if (opts.now() > grant.expiresAt) return { ok: false, reason: 'expired' };
      return { ok: true, grant };
    },
  };
}
