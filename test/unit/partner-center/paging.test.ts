import { describe, expect, it, vi } from 'vitest';
import { hasErrorCode } from '../../../src/partner-center/errors.js';
import {
  collectAll,
  createPagedIterator,
  decodeContinuationToken,
  encodeContinuationToken,
} from '../../../src/partner-center/paging.js';
import type { PageFetcher, PageLink } from '../../../src/partner-center/paging.js';

/** Three pages: first (no link) → /p2 → /p3 (last). */
function threePages() {
  const fetchPage = vi.fn<PageFetcher<string>>(async (link) => {
    if (!link)
      return { items: ['a', 'b'], next: { uri: '/p2', headers: { 'MS-ContinuationToken': 't2' } } };
    if (link.uri === '/p2')
      return { items: ['c'], next: { uri: '/p3', headers: { 'MS-ContinuationToken': 't3' } } };
    return { items: ['d'] };
  });
  return fetchPage;
}

describe('createPagedIterator', () => {
  it('when iterated item by item, then it yields every item of every page in order', async () => {
    expect(await collectAll(createPagedIterator('op', threePages()))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('when iterated by page, then each page has its items, its count and a token except the last', async () => {
    const pages = await collectAll(createPagedIterator('op', threePages()).byPage());
    expect(pages.map((p) => [p.items, p.totalCount, p.continuationToken !== undefined])).toEqual([
      [['a', 'b'], 2, true],
      [['c'], 1, true],
      [['d'], 1, false],
    ]);
  });

  it('when a later call resumes from a stored token, then it fetches that page with its headers, not the first', async () => {
    const first = createPagedIterator('op', threePages()).byPage();
    const page1 = (await first.next()).value as { continuationToken: string };

    const fetchPage = threePages();
    const rest = await collectAll(
      createPagedIterator('op', fetchPage).byPage({ continuationToken: page1.continuationToken }),
    );
    expect(rest.map((p) => p.items)).toEqual([['c'], ['d']]);
    expect(fetchPage.mock.calls[0]![0]).toEqual({
      uri: '/p2',
      headers: { 'MS-ContinuationToken': 't2' },
    });
  });

  it('when byPage gets maxPageSize, then every fetch is asked for that size', async () => {
    const fetchPage = threePages();
    await collectAll(createPagedIterator('op', fetchPage).byPage({ maxPageSize: 7 }));
    expect(fetchPage.mock.calls.map((c) => c[1])).toEqual([7, 7, 7]);
  });

  it('when a token from another list is used, then PC_INVALID_CONTINUATION_TOKEN is thrown and nothing is fetched', async () => {
    const fetchPage = threePages();
    const token = encodeContinuationToken('users.list', { uri: '/p2' });
    const error = await collectAll(
      createPagedIterator('customers.list', fetchPage).byPage({ continuationToken: token }),
    ).catch((e: unknown) => e);
    expect(hasErrorCode(error, 'PC_INVALID_CONTINUATION_TOKEN')).toBe(true);
    expect(fetchPage).not.toHaveBeenCalled();
  });

  it('when a token is garbage, then PC_INVALID_CONTINUATION_TOKEN is thrown', () => {
    expect(() => decodeContinuationToken('op', 'not-base64-json!')).toThrow(/not valid/);
    const tampered = Buffer.from(JSON.stringify({ v: 1, op: 'op', uri: 5 })).toString('base64url');
    expect(() => decodeContinuationToken('op', tampered)).toThrow(/not valid/);
  });

  it('when the service hands back the same next link again, then paging stops instead of looping', async () => {
    const loop: PageLink = { uri: '/same' };
    const fetchPage = vi.fn<PageFetcher<number>>(async () => ({ items: [1], next: loop }));
    const items = await collectAll(
      createPagedIterator('op', fetchPage).byPage({
        continuationToken: encodeContinuationToken('op', loop),
      }),
    );
    expect(items).toHaveLength(1);
  });

  it('when no one iterates, then nothing is fetched (lists are lazy)', () => {
    const fetchPage = threePages();
    createPagedIterator('op', fetchPage);
    expect(fetchPage).not.toHaveBeenCalled();
  });
});
