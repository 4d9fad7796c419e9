import type { CallOptions, ListOptions, Page } from './types';

/** One page read by {@link pagesOf}: its items, and whether another page follows. */
export interface ReadPage<T> {
  /** The page's items (may be empty). */
  readonly items: T[];
  /** Whether the list goes on after this page. */
  readonly more: boolean;
}

/**
 * Reads every page of a cursor-paged list, following `nextCursor` past empty pages, and yields each page with
 * whether more follow, so a UI can show the first page while the rest loads and know when it has everything.
 *
 * @example
 * ```ts
 * for await (const { items, more } of pagesOf((o) => adapter.listParticipants(roomId, o), { signal })) {
 *   show(items, more ? 'loading' : 'ready');
 * }
 * ```
 */
export async function* pagesOf<T>(
  list: (options: ListOptions) => Promise<Page<T>>,
  options: CallOptions & { pageSize?: number } = {},
): AsyncGenerator<ReadPage<T>, void, undefined> {
  let cursor: string | undefined;
  const seen = new Set<string>();
  do {
    const page = await list({ ...options, ...(cursor === undefined ? {} : { cursor }) });
    cursor = page.nextCursor;
    // A backend that hands out the same cursor twice would loop forever.
    const repeated = cursor !== undefined && seen.has(cursor);
    if (cursor !== undefined) seen.add(cursor);
    yield { items: page.items, more: cursor !== undefined && !repeated };
    if (repeated) return;
  } while (cursor !== undefined);
}

/**
 * Reads every page of a cursor-paged list, following `nextCursor` past empty pages, and yields the items page by
 * page so a UI can show progress.
 *
 * @example
 * ```ts
 * for await (const page of allPages((o) => adapter.listParticipants(roomId, o), { signal })) render(page);
 * ```
 */
export async function* allPages<T>(
  list: (options: ListOptions) => Promise<Page<T>>,
  options: CallOptions & { pageSize?: number } = {},
): AsyncGenerator<T[], void, undefined> {
  for await (const page of pagesOf(list, options)) yield page.items;
}

/** Reads every page of a cursor-paged list into one array. */
export async function collectAll<T>(
  list: (options: ListOptions) => Promise<Page<T>>,
  options: CallOptions & { pageSize?: number } = {},
): Promise<T[]> {
  const all: T[] = [];
  for await (const items of allPages(list, options)) all.push(...items);
  return all;
}
