import {
  executeAction,
  openUrlAction,
  VERBS,
  type CardAction,
  type OpenUrlAction,
} from '../../cards/views/actions.js';
import type { Entities, IntentId } from '../../intents/index.js';
import type { PagedAsyncIterableIterator } from '../../partner-center/index.js';
import type { SkillRequest } from '../skill.js';
import { offsetToken, readOffset } from './offset-token.js';

/**
 * The one way a list card pages. The place to continue from is kept in `context.lastList`
 * (without a token after the last page, so "show more" can say that was everything), "Show
 * more" is offered while there is a next page, and "Download CSV" once the list is longer than
 * one card. `entities` are what the listing needs again (resolved ids, country).
 */
export interface ListPage<T> {
  items: T[];
  /** 1-based number of the first row shown. */
  from: number;
  page: number;
  hasMore: boolean;
  moreAction?: CardAction;
  downloadAction?: OpenUrlAction;
  /** moreAction and downloadAction, in that order, for cards that take a list of buttons. */
  listActions: Array<CardAction | OpenUrlAction>;
}

export interface PageSpec {
  intent: IntentId;
  entities: Entities;
  pageSize: number;
}

/** One page of a server-paged listing: the client's continuation token is what "show more" resumes. */
export async function serverPage<T>(
  request: SkillRequest,
  spec: PageSpec,
  listing: PagedAsyncIterableIterator<T>,
): Promise<ListPage<T>> {
  const page = request.continuationToken ? (request.context.lastList?.page ?? 1) + 1 : 1;
  const pages = listing.byPage({
    maxPageSize: spec.pageSize,
    ...(request.continuationToken ? { continuationToken: request.continuationToken } : {}),
  });
  const first = await pages.next();
  await pages.return?.();
  const next = first.done ? undefined : first.value.continuationToken;
  return finish(request, spec, first.done ? [] : first.value.items, {
    page,
    from: (page - 1) * spec.pageSize + 1,
    next,
    longerThanOneCard: Boolean(next) || page > 1,
  });
}

/** One page of a collection held whole (Partner Center does not page it, or it was sorted locally). */
export function localPage<T>(
  request: SkillRequest,
  spec: PageSpec & {
    /** A stale offset past the end shows the last row instead of none. */ clamp?: boolean;
  },
  all: readonly T[],
): ListPage<T> {
  const asked = readOffset(request.continuationToken);
  const offset = spec.clamp ? Math.min(asked, Math.max(0, all.length - 1)) : asked;
  const items = all.slice(offset, offset + spec.pageSize);
  const nextOffset = offset + items.length;
  return finish(request, spec, items, {
    page: Math.floor(offset / spec.pageSize) + 1,
    from: offset + 1,
    next: nextOffset < all.length ? offsetToken(nextOffset) : undefined,
    longerThanOneCard: all.length > spec.pageSize,
  });
}

/** "Download CSV" of `intent` with these entities (undefined when it has no exporter). */
export function downloadActionFor(
  request: SkillRequest,
  intent: IntentId,
  entities: Entities,
): OpenUrlAction | undefined {
  const url = request.services.downloads.linkFor({
    intent,
    entities,
    userId: request.user.aadObjectId ?? request.user.id,
    ...(request.role ? { role: request.role } : {}),
  });
  return url ? openUrlAction('Download CSV', url) : undefined;
}

function finish<T>(
  request: SkillRequest,
  spec: PageSpec,
  items: T[],
  at: { page: number; from: number; next: string | undefined; longerThanOneCard: boolean },
): ListPage<T> {
  request.context.lastList = {
    intent: spec.intent,
    entities: spec.entities,
    ...(at.next ? { continuationToken: at.next } : {}),
    page: at.page,
  };
  const moreAction = at.next ? executeAction('Show more', VERBS.more, {}) : undefined;
  const downloadAction = at.longerThanOneCard
    ? downloadActionFor(request, spec.intent, spec.entities)
    : undefined;
  return {
    items,
    from: at.from,
    page: at.page,
    hasMore: Boolean(at.next),
    ...(moreAction ? { moreAction } : {}),
    ...(downloadAction ? { downloadAction } : {}),
    listActions: [...(moreAction ? [moreAction] : []), ...(downloadAction ? [downloadAction] : [])],
  };
}
