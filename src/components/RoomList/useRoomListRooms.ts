import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { adapterKey } from '../../adapter/adapterKey';
import { allPages } from '../../adapter/paging';
import type { Room, RoomsAdapter } from '../../adapter/types';
import type { RoomsError } from '../../core/errors';
import { useLoad } from '../../hooks/useLoad';
import type { RoomListLoadStatus } from './RoomList.types';
import { useRoomListJournal, type RoomListJournal } from './useRoomListLive';

/** Options of {@link useRoomListRooms}. */
export interface UseRoomListRoomsOptions {
  /** The backend. */
  adapter: RoomsAdapter;
  /** The page size asked of the backend. */
  pageSize: number | undefined;
  /** A new value reads every page again, keeping the rows on screen meanwhile. */
  refreshToken: string | number | undefined;
  /** Looks up the names of each page's roster previews as it arrives. */
  resolveNames: (rooms: ReadonlyArray<Pick<Room, 'rosterPreview'>>, signal: AbortSignal) => void;
}

/** What {@link useRoomListRooms} gives the list. */
export interface RoomListRooms {
  /** The rooms read so far (every page once loaded), with the changes heard since. */
  readonly rooms: readonly Room[];
  /** Changes the rooms held (live updates, an optimistic delete), functional updates included. */
  readonly setRooms: Dispatch<SetStateAction<Room[]>>;
  /** The rooms held, for callbacks that run after a render. */
  readonly roomsRef: { readonly current: readonly Room[] };
  /** Where loading stands. */
  readonly status: RoomListLoadStatus;
  /** Why the last load failed. */
  readonly error: RoomsError | undefined;
  /** Reads every page again: rows on screen stay until the fresh list is complete. */
  readonly reload: () => void;
  /** Hides a room for good (deleted), so no answer brings it back; `false` undoes it. */
  readonly hide: (roomId: string, hidden: boolean) => void;
  /** Whether a room was deleted while shown. */
  readonly isHidden: (roomId: string) => boolean;
  /** The rooms hidden, for the answers of searches (rendered from it). */
  readonly hiddenIds: ReadonlySet<string>;
  /** The changes heard while a load runs, laid over its answer. */
  readonly journal: RoomListJournal;
}

const NO_ROOMS: Room[] = [];

/**
 * The list's rooms, read through the kit's one loader (`useLoad`): every page of the backend's list, the first load
 * shown page by page, a reload (refresh token, retry, a live resync) keeping the rows until the fresh list is
 * complete; another backend or page size reads afresh. Rooms deleted meanwhile never come back with an answer.
 *
 * @example
 * ```ts
 * const { rooms, status, reload } = useRoomListRooms({ adapter, pageSize, refreshToken, resolveNames });
 * ```
 */
export function useRoomListRooms(options: UseRoomListRoomsOptions): RoomListRooms {
  const { adapter, pageSize, refreshToken, resolveNames } = options;
  const journal = useRoomListJournal();
  // Rooms deleted while a (re)load is under way must not come back with its answer.
  const deletedIds = useRef(new Set<string>());
  // The same, for the answers of searches; state, because search results are rendered from it.
  const [hiddenIds, setHiddenIds] = useState<ReadonlySet<string>>(() => new Set());
  const hide = useCallback((id: string, hidden: boolean) => {
    if (hidden) deletedIds.current.add(id);
    else deletedIds.current.delete(id);
    setHiddenIds((current) => {
      const next = new Set(current);
      if (hidden) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const isHidden = useCallback((id: string) => deletedIds.current.has(id), []);

  const load = useLoad<Room[]>({
    key: `${adapterKey(adapter)}|${pageSize ?? ''}`,
    load: async ({ signal, partial, shown }) => {
      // A first load shows rooms page by page; a reload keeps the rows on screen until the fresh list is complete.
      const progressive = shown === undefined;
      journal.beginLoad();
      const loaded: Room[] = [];
      const pages = allPages((o) => adapter.listRooms(o), { signal, ...(pageSize === undefined ? {} : { pageSize }) });
      for await (const items of pages) {
        loaded.push(...items.filter((room) => !deletedIds.current.has(room.id)));
        resolveNames(items, signal);
        if (progressive) partial(journal.settle(loaded));
      }
      return journal.settle(loaded);
    },
  });
  const rooms = load.data ?? NO_ROOMS;
  const roomsRef = useRef<readonly Room[]>(rooms);
  useEffect(() => {
    roomsRef.current = rooms;
  }, [rooms]);

  const { refresh, retry, setData } = load;
  const hasRooms = load.data !== undefined;
  // With rows on screen, reading again keeps them (`refreshing`); without, it starts over (`loading`).
  const reload = useCallback(() => (hasRooms ? refresh() : retry()), [hasRooms, refresh, retry]);
  const lastToken = useRef(refreshToken);
  useEffect(() => {
    if (lastToken.current === refreshToken) return;
    lastToken.current = refreshToken;
    refresh();
  }, [refreshToken, refresh]);

  const setRooms = useCallback<Dispatch<SetStateAction<Room[]>>>(
    (action) => setData((current) => (typeof action === 'function' ? action(current ?? []) : action)),
    [setData],
  );

  return {
    rooms,
    setRooms,
    roomsRef,
    // The list always has something to read: `idle` never shows.
    status: load.status === 'idle' ? 'loading' : load.status,
    error: load.error,
    reload,
    hide,
    isHidden,
    hiddenIds,
    journal,
  };
}
