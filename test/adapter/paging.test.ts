import { describe, expect, it } from 'vitest';
import { allPages, pagesOf } from '../../src/adapter/paging';
import type { ListOptions, Page } from '../../src/adapter/types';

/** A list of pages by cursor: `pages[0]` first, each pointing at the next unless `cursors` says otherwise. */
function lister(pages: number[][], cursors?: Array<string | undefined>) {
  return async (options: ListOptions): Promise<Page<number>> => {
    const at = options.cursor === undefined ? 0 : Number(options.cursor);
    const next = cursors ? cursors[at] : at + 1 < pages.length ? String(at + 1) : undefined;
    return { items: pages[at] ?? [], nextCursor: next };
  };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('pagesOf', () => {
  it('says of each page whether another follows, past empty pages', async () => {
    const pages = await collect(pagesOf(lister([[1, 2], [], [3]])));
    expect(pages).toEqual([
      { items: [1, 2], more: true },
      { items: [], more: true },
      { items: [3], more: false },
    ]);
    expect(await collect(allPages(lister([[1, 2], [], [3]])))).toEqual([[1, 2], [], [3]]);
  });

  it('stops, saying nothing more follows, when a backend hands out a cursor it gave before', async () => {
    const pages = await collect(pagesOf(lister([[1], [2]], ['1', '1'])));
    expect(pages).toEqual([
      { items: [1], more: true },
      { items: [2], more: false },
    ]);
  });
});
