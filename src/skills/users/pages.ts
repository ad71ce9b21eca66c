import { executeAction, openUrlAction, VERBS } from '../../cards/views/actions.js';
import type { CardAction, OpenUrlAction } from '../../cards/views/actions.js';
import type { Entities, IntentId } from '../../intents/index.js';
import type { PagedAsyncIterableIterator } from '../../partner-center/index.js';
import type { SkillRequest } from '../skill.js';
import { offsetToken, readOffset } from '../paging/offset-token.js';

/** Rows per user / member / role card: readable in a chat pane, far under the 28 KB limit. */
export const USER_PAGE_SIZE = 20;
/** Partner Center's largest user and role-member page, for exports and lookups. */
export const USER_FETCH_SIZE = 500;

export interface ShownPage<T> {
  items: T[];
  /** 1-based number of the first row shown. */
  from: number;
  page: number;
  hasMore: boolean;
  /** "Show more" (when there is a next page) and "Download CSV" (when longer than one card). */
  listActions: Array<CardAction | OpenUrlAction>;
}

/**
 * One page of a server-paged listing (users, role members): the client's continuation token is
 * kept in `context.lastList`, exactly as customers.ts does, so "show more" resumes there.
 */
export async function serverPage<T>(
  request: SkillRequest,
  intent: IntentId,
  entities: Entities,
  listing: PagedAsyncIterableIterator<T>,
): Promise<ShownPage<T>> {
  const pageNumber = request.continuationToken ? (request.context.lastList?.page ?? 1) + 1 : 1;
  const pages = listing.byPage({
    maxPageSize: USER_PAGE_SIZE,
    ...(request.continuationToken ? { continuationToken: request.continuationToken } : {}),
  });
  const first = await pages.next();
  await pages.return?.();
  const items = first.done ? [] : first.value.items;
  const next = first.done ? undefined : first.value.continuationToken;
  return finish(request, intent, entities, items, {
    page: pageNumber,
    from: (pageNumber - 1) * USER_PAGE_SIZE + 1,
    next,
    longerThanOneCard: Boolean(next) || pageNumber > 1,
  });
}

/**
 * One page of a collection read whole (deleted users, sorted locally; directory roles, which
 * Partner Center does not page): "show more" continues with an `offset:N` token.
 */
export function localPage<T>(
  request: SkillRequest,
  intent: IntentId,
  entities: Entities,
  all: readonly T[],
): ShownPage<T> {
  const offset = readOffset(request.continuationToken);
  const items = all.slice(offset, offset + USER_PAGE_SIZE);
  const nextOffset = offset + items.length;
  return finish(request, intent, entities, items, {
    page: Math.floor(offset / USER_PAGE_SIZE) + 1,
    from: offset + 1,
    next: nextOffset < all.length ? offsetToken(nextOffset) : undefined,
    longerThanOneCard: all.length > USER_PAGE_SIZE,
  });
}

function finish<T>(
  request: SkillRequest,
  intent: IntentId,
  entities: Entities,
  items: T[],
  at: { page: number; from: number; next: string | undefined; longerThanOneCard: boolean },
): ShownPage<T> {
  // Kept without a token after the last page, so "show more" can say that was everything.
  request.context.lastList = {
    intent,
    entities,
    ...(at.next ? { continuationToken: at.next } : {}),
    page: at.page,
  };
  const downloadUrl = at.longerThanOneCard
    ? request.services.downloads.linkFor({
        intent,
        entities,
        userId: request.user.aadObjectId ?? request.user.id,
        ...(request.role ? { role: request.role } : {}),
      })
    : undefined;
  return {
    items,
    from: at.from,
    page: at.page,
    hasMore: Boolean(at.next),
    listActions: [
      ...(at.next ? [executeAction('Show more', VERBS.more, {})] : []),
      ...(downloadUrl ? [openUrlAction('Download CSV', downloadUrl)] : []),
    ],
  };
}
