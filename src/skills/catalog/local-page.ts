import type { CardAction, OpenUrlAction } from '../../cards/views/actions.js';
import type { Entities } from '../../intents/index.js';
import * as paging from '../paging/list-page.js';
import type { SkillRequest } from '../skill.js';

/** One card's share of a list the skill holds in full (offers, benefits). */
export interface LocalPage<T> {
  items: T[];
  /** 1-based number of the first row shown. */
  from: number;
  total: number;
  moreAction?: CardAction;
  downloadAction?: OpenUrlAction;
}

/** Pages a collection the API returns whole, for the request's own intent (paging/list-page.ts). */
export function pageLocally<T>(
  request: SkillRequest,
  all: readonly T[],
  pageSize: number,
  entities: Entities,
): LocalPage<T> {
  const page = paging.localPage(
    request,
    { intent: request.intent, entities, pageSize, clamp: true },
    all,
  );
  return {
    items: page.items,
    from: page.from,
    total: all.length,
    ...(page.moreAction ? { moreAction: page.moreAction } : {}),
    ...(page.downloadAction ? { downloadAction: page.downloadAction } : {}),
  };
}

/** "Download CSV" of the request's intent with these entities (undefined without an exporter). */
export function downloadActionFor(
  request: SkillRequest,
  entities: Entities,
): OpenUrlAction | undefined {
  return paging.downloadActionFor(request, request.intent, entities);
}

/** An exporter's rows from a list it already holds. */
export async function* rowsOf(rows: readonly string[][]): AsyncIterable<string[]> {
  yield* rows;
}
