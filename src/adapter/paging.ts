import type { CallOptions, ListOptions, Page } from './types';

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
  let cursor: string | undefined;
  const seen = new Set<string>();
  do {
    const page = await list({ ...options, ...(cursor === undefined ? {} : { cursor }) });
    yield page.items;
    cursor = page.nextCursor;
    // A backend that hands out the same cursor twice would loop forever.
    if (cursor !== undefined) {
      if (seen.has(cursor)) return;
      seen.add(cursor);
    }
  } while (cursor !== undefined);
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
