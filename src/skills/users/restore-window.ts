import type { CustomerUser } from '../../partner-center/index.js';

/** Partner Center keeps a deleted user restorable for 30 days (`develop/user-resources.md`). */
export const RESTORE_DAYS = 30;

const DAY_MS = 86_400_000;

export interface RestoreWindow {
  deletedOn?: Date;
  /** The end of the 30 days: after it the user can no longer be restored. */
  restorableUntil?: Date;
  /** Calendar days (UTC) until the window ends: 0 = it ends today, -1 = it has ended. */
  daysLeft?: number;
}

/** How long a soft-deleted user can still be restored, from its `softDeletionTime`. */
export function restoreWindow(softDeletionTime: string | undefined, now: Date): RestoreWindow {
  const deletedOn = softDeletionTime ? new Date(softDeletionTime) : undefined;
  if (!deletedOn || Number.isNaN(deletedOn.getTime())) return {};
  const restorableUntil = new Date(deletedOn.getTime() + RESTORE_DAYS * DAY_MS);
  const remaining = restorableUntil.getTime() - now.getTime();
  const daysLeft =
    remaining <= 0 ? -1 : Math.round((utcDay(restorableUntil) - utcDay(now)) / DAY_MS);
  return { deletedOn, restorableUntil, daysLeft };
}

function utcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

export interface DeletedUser {
  user: CustomerUser;
  window: RestoreWindow;
}

/**
 * The ones that expire soonest first; the ones past their 30 days (Partner Center may still list
 * them) last, most recently expired first; users without a deletion time at the very end.
 */
export function sortDeletedUsers(users: readonly CustomerUser[], now: Date): DeletedUser[] {
  const rank = (d: DeletedUser) =>
    d.window.daysLeft === undefined ? 2 : d.window.daysLeft < 0 ? 1 : 0;
  const time = (d: DeletedUser) => d.window.restorableUntil?.getTime() ?? 0;
  return users
    .map((user) => ({ user, window: restoreWindow(user.softDeletionTime, now) }))
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        (rank(a) === 0 ? time(a) - time(b) : time(b) - time(a)) ||
        (a.user.userPrincipalName ?? '').localeCompare(b.user.userPrincipalName ?? ''),
    );
}
