import type { Entities, IntentId } from '../../intents/index.js';
import type { PagedAsyncIterableIterator } from '../../partner-center/index.js';
import * as paging from '../paging/list-page.js';
import type { SkillRequest } from '../skill.js';

/** Rows per user / member / role card: readable in a chat pane, far under the 28 KB limit. */
export const USER_PAGE_SIZE = 20;
/** Partner Center's largest user and role-member page, for exports and lookups. */
export const USER_FETCH_SIZE = 500;

export type ShownPage<T> = paging.ListPage<T>;

/** One page of a server-paged listing (users, role members). */
export function serverPage<T>(
  request: SkillRequest,
  intent: IntentId,
  entities: Entities,
  listing: PagedAsyncIterableIterator<T>,
): Promise<ShownPage<T>> {
  return paging.serverPage(request, { intent, entities, pageSize: USER_PAGE_SIZE }, listing);
}

/** One page of a collection read whole (deleted users, sorted locally; directory roles, unpaged). */
export function localPage<T>(
  request: SkillRequest,
  intent: IntentId,
  entities: Entities,
  all: readonly T[],
): ShownPage<T> {
  return paging.localPage(request, { intent, entities, pageSize: USER_PAGE_SIZE }, all);
}
