import {
  executeAction,
  openUrlAction,
  VERBS,
  type CardAction,
  type OpenUrlAction,
} from '../../cards/views/actions.js';
import type { Entities } from '../../intents/index.js';
import type { SkillRequest } from '../skill.js';
import { offsetToken, readOffset } from '../paging/offset-token.js';

/** One card's share of a list the skill holds in full (offers, benefits). */
export interface LocalPage<T> {
  items: T[];
  /** 1-based number of the first row shown. */
  from: number;
  total: number;
  moreAction?: CardAction;
  downloadAction?: OpenUrlAction;
}

/**
 * Pages a collection the API returns whole: "show more" continues with an `offset:N` token in
 * `context.lastList` (as subscriptions.ts does), and "Download CSV" is offered when the list is
 * longer than one card. `entities` carry what the listing needs again (ids, resolved country).
 */
export function pageLocally<T>(
  request: SkillRequest,
  all: readonly T[],
  pageSize: number,
  entities: Entities,
): LocalPage<T> {
  const offset = Math.min(readOffset(request.continuationToken), Math.max(0, all.length - 1));
  const items = all.slice(offset, offset + pageSize);
  const nextOffset = offset + items.length;
  const hasMore = nextOffset < all.length;
  // Kept without a token after the last page, so "show more" can say that was everything.
  request.context.lastList = {
    intent: request.intent,
    entities,
    ...(hasMore ? { continuationToken: offsetToken(nextOffset) } : {}),
    page: Math.floor(offset / pageSize) + 1,
  };
  const downloadAction = all.length > pageSize ? downloadActionFor(request, entities) : undefined;
  return {
    items,
    from: offset + 1,
    total: all.length,
    ...(hasMore ? { moreAction: executeAction('Show more', VERBS.more, {}) } : {}),
    ...(downloadAction ? { downloadAction } : {}),
  };
}

/** "Download CSV" of the request's intent with these entities (undefined without an exporter). */
export function downloadActionFor(
  request: SkillRequest,
  entities: Entities,
): OpenUrlAction | undefined {
  const url = request.services.downloads.linkFor({
    intent: request.intent,
    entities,
    userId: request.user.aadObjectId ?? request.user.id,
    ...(request.role ? { role: request.role } : {}),
  });
  return url ? openUrlAction('Download CSV', url) : undefined;
}

/** An exporter's rows from a list it already holds. */
export async function* rowsOf(rows: readonly string[][]): AsyncIterable<string[]> {
  yield* rows;
}
