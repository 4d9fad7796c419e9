import { useCallback, useMemo } from 'react';
import { allPages } from '../../adapter/paging';
import type { Room, RoomsAdapter } from '../../adapter/types';
import type { RoomsError } from '../../core/errors';
import { foldForSearch } from '../../core/people';
import { roomMatchesSearch, roomSearchText } from '../../core/roomDetails';
import { useControllableState } from '../../hooks/useControllableState';
import { useDebouncedSearch } from '../../hooks/useDebouncedSearch';
import type { RoomListProps, RoomListSearchStatus } from './RoomList.types';
import type { RoomListPeopleNames } from './useRoomListNames';

/** Options of {@link useRoomListSearch}. */
export interface UseRoomListSearchOptions extends Pick<
  RoomListProps,
  'filterText' | 'defaultFilterText' | 'onFilterTextChange' | 'searchDebounceMs'
> {
  /** The backend; it searches itself where `features.search` says so. */
  adapter: RoomsAdapter;
  /** The page size asked of the backend. */
  pageSize: number | undefined;
  /** A new value asks the backend's search again, as it reads the whole list again. */
  refreshToken: string | number | undefined;
  /** The rooms loaded, for the list's own matching. */
  rooms: readonly Room[];
  /** The names looked up so far: a search matches rooms by the people in them. */
  people: RoomListPeopleNames;
  /** Looks up the names of the rooms found. */
  resolveNames: (rooms: ReadonlyArray<Pick<Room, 'rosterPreview'>>, signal: AbortSignal) => void;
}

/** What {@link useRoomListSearch} gives the list. */
export interface RoomListSearch {
  /** The search text as typed. */
  readonly text: string;
  /** The search text, trimmed. */
  readonly query: string;
  /** Changes the search text. */
  readonly setText: (text: string) => void;
  /** Where searching stands. */
  readonly status: RoomListSearchStatus;
  /**
   * The rooms the search shows before the other filters: every room without search text, the list's own matches
   * (also while the backend's answer is on its way), nothing when the backend's search failed.
   */
  readonly matches: (fromBackend: (result: readonly Room[]) => readonly Room[]) => readonly Room[];
  /** The backend's answer, once it came. */
  readonly result: readonly Room[] | undefined;
  /** Whether the answer shown is for the text now in the box. */
  readonly fresh: boolean;
  /** Why the backend's search failed. */
  readonly error: RoomsError | undefined;
  /** Asks the backend's search again. */
  readonly retry: () => void;
  /** Whether a room matches the search text, as far as the list can tell by itself. */
  readonly matchesRoom: (room: Room) => boolean;
}

const NO_ROOMS: readonly Room[] = [];

/** The ids of the people whose looked-up name contains the folded search text. */
function peopleMatching(people: RoomListPeopleNames, text: string): Set<string> {
  const ids = new Set<string>();
  for (const [id, person] of people) if (person && foldForSearch(person.displayName).includes(text)) ids.add(id);
  return ids;
}

/**
 * The list's search: by title, reference, id and the names of the people in a room, through the backend where it
 * searches (debounced, cancelled when the text changes), by the list itself elsewhere. While the backend's answer is
 * on its way the list's own matches stand in, so the table neither blanks nor flickers.
 *
 * @example
 * ```ts
 * const search = useRoomListSearch({ adapter, pageSize, refreshToken, rooms, people, resolveNames });
 * search.matches((result) => result);
 * ```
 */
export function useRoomListSearch(options: UseRoomListSearchOptions): RoomListSearch {
  const { adapter, pageSize, refreshToken, rooms, people, resolveNames, searchDebounceMs = 250 } = options;
  const [text, setText] = useControllableState({
    value: options.filterText,
    defaultValue: options.defaultFilterText ?? '',
    onChange: options.onFilterTextChange,
  });
  const query = text.trim();
  const backendSearches = adapter.features.search === true;
  const searchRooms = useCallback(
    async (search: string, signal: AbortSignal): Promise<Room[]> => {
      const found: Room[] = [];
      const paging = { signal, ...(pageSize === undefined ? {} : { pageSize }) };
      for await (const items of allPages((o) => adapter.listRooms({ ...o, search }), paging)) {
        found.push(...items);
        resolveNames(items, signal);
      }
      return found;
    },
    // A refresh token asks the backend again, as it does for the whole list.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `refreshToken` is a reason to search again
    [adapter, pageSize, resolveNames, refreshToken],
  );
  const search = useDebouncedSearch(backendSearches ? query : '', searchRooms, { debounceMs: searchDebounceMs });
  let status: RoomListSearchStatus;
  if (query === '') status = 'off';
  else if (!backendSearches) status = 'local';
  else status = search.status === 'idle' ? 'loading' : search.status;

  // One matcher per search text and set of names, shared by the list's own matches and by live changes.
  const matcher = useMemo(() => {
    const folded = roomSearchText(query);
    if (folded === undefined) return undefined;
    const participantIds = peopleMatching(people, folded);
    return (room: Room) =>
      roomMatchesSearch(
        room,
        (room.rosterPreview?.participants ?? []).map((p) => p.id),
        { text: folded, participantIds },
      );
  }, [query, people]);
  const matchesRoom = useCallback((room: Room) => matcher?.(room) ?? true, [matcher]);
  const localMatches = useMemo(() => matcher && rooms.filter(matcher), [matcher, rooms]);

  const result = search.result;
  const matches = useCallback(
    (fromBackend: (found: readonly Room[]) => readonly Room[]): readonly Room[] => {
      if (status === 'off') return rooms;
      if (status === 'failed') return NO_ROOMS;
      if (status === 'local' || status === 'loading') return localMatches ?? rooms;
      return fromBackend(result ?? NO_ROOMS);
    },
    [status, rooms, localMatches, result],
  );

  return {
    text,
    query,
    setText,
    status,
    matches,
    result,
    fresh: search.fresh,
    error: search.error,
    retry: search.retry,
    matchesRoom,
  };
}
