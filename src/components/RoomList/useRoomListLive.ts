import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { collectAll } from '../../adapter/paging';
import type { Room, RoomCallEvent, RoomCallSummary, RoomEvent, RoomsAdapter } from '../../adapter/types';
import { applyCallEvent, callSummaryOf, emptyCallActivity, type RoomCallActivity } from '../../core/callActivity';
import { rosterPreviewOf } from '../../core/roomDetails';
import { isRoomCallEvent } from '../../core/types';

/** Options of {@link useRoomListLive}. */
export interface UseRoomListLiveOptions {
  /** The backend; only one with `features.events` and `subscribeRooms` is listened to. */
  adapter: RoomsAdapter;
  /** The loaded rooms (functional updates only). */
  setRooms: Dispatch<SetStateAction<Room[]>>;
  /** Hides a room for good (deleted), so no answer brings it back. */
  hide: (roomId: string, hidden: boolean) => void;
  /** Whether a room was deleted while shown. */
  isHidden: (roomId: string) => boolean;
  /** Looks names up for the roster previews of rooms. */
  resolveNames: (rooms: ReadonlyArray<Pick<Room, 'rosterPreview'>>, signal: AbortSignal) => void;
  /** Where the changes heard are kept for the next load's answer. */
  journal: RoomListJournal;
  /** Reads every page again, keeping the rows on screen meanwhile. */
  reload: () => void;
  /** Asks the backend's search again. */
  retrySearch: () => void;
  /** The backend's search answer shown now; `undefined` when no backend search is shown. */
  searchResult: readonly Room[] | undefined;
  /** Whether a room matches the search shown, as far as the list can tell by itself. */
  matchesSearch: (room: Room) => boolean;
}

/** What {@link useRoomListLive} gives the list. */
export interface RoomListLive {
  /** The call going on in a room now, kept live by call events; the room's own `call` until one is heard. */
  readonly callOf: (room: Room) => RoomCallSummary | undefined;
  /** A backend search's answer with the changes heard since it came: rooms updated, deleted, and created ones that match. */
  readonly applyToSearch: (result: readonly Room[]) => readonly Room[];
  /** Rooms created since the search's answer that the list cannot place itself (they may match by someone's name). */
  readonly unplaced: number;
  /** Asks the search again, placing those rooms. */
  readonly refreshSearch: () => void;
}

/**
 * The changes heard while a load of every page is under way, laid over its answer: the answer may have been read
 * before them, and must not take them back.
 */
export interface RoomListJournal {
  /** Call when a load of every page starts. */
  readonly beginLoad: () => void;
  /** Keeps the latest of a room heard (`null`: deleted). */
  readonly record: (roomId: string, room: Room | null) => void;
  /** A loaded list with the changes heard since its load began laid over it. */
  readonly settle: (loaded: readonly Room[]) => Room[];
}

/**
 * The {@link RoomListJournal} of a list: made before its load, so the load can settle its answer with what was heard.
 *
 * @example
 * ```ts
 * const journal = useRoomListJournal();
 * journal.beginLoad();
 * setRooms(journal.settle(loaded));
 * ```
 */
export function useRoomListJournal(): RoomListJournal {
  const heard = useRef(new Map<string, Room | null>());
  const beginLoad = useCallback(() => {
    heard.current = new Map();
  }, []);
  const record = useCallback((roomId: string, room: Room | null) => {
    heard.current.set(roomId, room);
  }, []);
  const settle = useCallback((loaded: readonly Room[]): Room[] => {
    let rooms = [...loaded];
    for (const [id, room] of heard.current) {
      rooms = room === null ? rooms.filter((r) => r.id !== id) : upsert(rooms, room);
    }
    return rooms;
  }, []);
  const [journal] = useState(() => ({ beginLoad, record, settle }));
  return journal;
}

/** Changes heard since a search's answer, kept with that answer. */
interface SearchLive {
  readonly result: readonly Room[] | undefined;
  readonly created: readonly Room[];
  readonly updated: ReadonlyMap<string, Room>;
  readonly unplaced: number;
}

const NO_ACTIVITIES: ReadonlyMap<string, RoomCallActivity> = new Map();

/** A room heard in an event, keeping what the list knows that events do not carry (the roster preview). */
function mergeRoom(known: Room | undefined, heard: Room): Room {
  if (!known?.rosterPreview || heard.rosterPreview) return heard;
  return { ...heard, rosterPreview: known.rosterPreview };
}

function upsert(rooms: readonly Room[], room: Room): Room[] {
  const index = rooms.findIndex((r) => r.id === room.id);
  if (index < 0) return [...rooms, room];
  const next = [...rooms];
  next[index] = mergeRoom(rooms[index], room);
  return next;
}

/**
 * Keeps a {@link RoomList} live through `subscribeRooms`: created rooms appear (through the list's own filters and
 * sort; under a backend search, those the list cannot place itself are counted for a "refresh"), updated rooms
 * replace their rows, deleted ones go, roster changes refresh the people line, `resync` reads every page again, and
 * call events keep each room's "in a call" count, through core's one reducer over the activity the backend reports.
 *
 * @example
 * ```ts
 * const live = useRoomListLive({ adapter, setRooms, hide, isHidden, resolveNames, journal, reload, retrySearch,
 *   searchResult, matchesSearch });
 * live.callOf(room)?.participantCount; // 3
 * ```
 */
export function useRoomListLive(options: UseRoomListLiveOptions): RoomListLive {
  const { adapter, setRooms, hide, isHidden, resolveNames, reload, retrySearch, searchResult, matchesSearch } = options;
  const { journal } = options;
  const live = adapter.features.events && !!adapter.subscribeRooms;
  const [activities, setActivities] = useState<ReadonlyMap<string, RoomCallActivity>>(NO_ACTIVITIES);
  const [searchLive, setSearchLive] = useState<SearchLive>({
    result: undefined,
    created: [],
    updated: new Map(),
    unplaced: 0,
  });

  // The listener is made once per backend; what it needs from each render is read from here.
  const latest = useRef({ searchResult, matchesSearch, isHidden, hide, resolveNames, reload, retrySearch });
  useEffect(() => {
    latest.current = { searchResult, matchesSearch, isHidden, hide, resolveNames, reload, retrySearch };
  });

  useEffect(() => {
    if (!live || !adapter.subscribeRooms) return;
    const controller = new AbortController();
    const { signal } = controller;
    // Call events of rooms whose activity is being read, to apply once it has arrived.
    const reading = new Map<string, RoomCallEvent[]>();
    const known = new Set<string>();
    const previewReads = new Map<string, AbortController>();

    const changeSearch = (update: (current: SearchLive) => SearchLive) =>
      setSearchLive((current) => {
        const result = latest.current.searchResult;
        const base: SearchLive =
          current.result === result ? current : { result, created: [], updated: new Map(), unplaced: 0 };
        return result === undefined ? base : update(base);
      });

    const heardRoom = (room: Room, created: boolean) => {
      if (latest.current.isHidden(room.id)) return;
      journal.record(room.id, room);
      setRooms((current) => upsert(current, room));
      changeSearch((current) => {
        const result = current.result ?? [];
        if (result.some((r) => r.id === room.id)) {
          const updated = new Map(current.updated);
          updated.set(room.id, mergeRoom(current.updated.get(room.id) ?? result.find((r) => r.id === room.id), room));
          return { ...current, updated };
        }
        const index = current.created.findIndex((r) => r.id === room.id);
        if (index >= 0) {
          const next = [...current.created];
          next[index] = mergeRoom(next[index], room);
          return { ...current, created: next };
        }
        if (latest.current.matchesSearch(room)) return { ...current, created: [...current.created, room] };
        // A new room may match by the name of someone on its roster, which only the backend can tell.
        return created ? { ...current, unplaced: current.unplaced + 1 } : current;
      });
    };

    const readPreview = (roomId: string, onlyIfShown: boolean) => {
      previewReads.get(roomId)?.abort();
      const read = new AbortController();
      previewReads.set(roomId, read);
      const stop = () => read.abort();
      signal.addEventListener('abort', stop);
      collectAll((o) => adapter.listParticipants(roomId, o), { signal: read.signal }).then(
        (roster) => {
          signal.removeEventListener('abort', stop);
          if (read.signal.aborted || latest.current.isHidden(roomId)) return;
          const rosterPreview = { total: roster.length, participants: rosterPreviewOf(roster) };
          const withPreview = (room: Room): Room =>
            room.id === roomId && (room.rosterPreview || !onlyIfShown) ? { ...room, rosterPreview } : room;
          setRooms((current) => current.map(withPreview));
          changeSearch((current) => {
            const updated = new Map(current.updated);
            for (const room of current.result ?? [])
              if (room.id === roomId) updated.set(roomId, withPreview(updated.get(roomId) ?? room));
            return { ...current, updated, created: current.created.map(withPreview) };
          });
          latest.current.resolveNames([{ rosterPreview }], signal);
        },
        () => signal.removeEventListener('abort', stop),
      );
    };

    const heardCall = (event: RoomCallEvent) => {
      const { roomId } = event;
      if (known.has(roomId)) {
        setActivities((current) => {
          const next = new Map(current);
          next.set(roomId, applyCallEvent(current.get(roomId) ?? emptyCallActivity(roomId), event));
          return next;
        });
        return;
      }
      const waiting = reading.get(roomId);
      if (waiting) {
        waiting.push(event);
        return;
      }
      const settle = (activity: RoomCallActivity) => {
        const events = reading.get(roomId) ?? [];
        reading.delete(roomId);
        known.add(roomId);
        setActivities((current) => {
          const next = new Map(current);
          next.set(roomId, events.reduce(applyCallEvent, activity));
          return next;
        });
      };
      // Who is in the call already is what the backend reports; the events heard meanwhile are laid over it (the
      // reducer takes an event it has already seen as a no-op).
      if (!adapter.getRoomActivity) {
        reading.set(roomId, [event]);
        settle(emptyCallActivity(roomId));
        return;
      }
      reading.set(roomId, [event]);
      adapter.getRoomActivity(roomId, { signal }).then(settle, () => {
        // Unread, the row keeps the count the room came with; the next event asks again.
        reading.delete(roomId);
      });
    };

    const stop = adapter.subscribeRooms((event: RoomEvent) => {
      if (isRoomCallEvent(event)) {
        heardCall(event);
        return;
      }
      switch (event.type) {
        case 'roomCreated':
          heardRoom(event.room, true);
          readPreview(event.roomId, false);
          return;
        case 'roomUpdated':
          heardRoom(event.room, false);
          return;
        case 'roomDeleted':
          journal.record(event.roomId, null);
          latest.current.hide(event.roomId, true);
          setRooms((current) => current.filter((room) => room.id !== event.roomId));
          return;
        case 'participantsChanged':
          readPreview(event.roomId, true);
          return;
        case 'resync':
          known.clear();
          reading.clear();
          setActivities(NO_ACTIVITIES);
          latest.current.reload();
          latest.current.retrySearch();
          return;
        default:
          return;
      }
    });
    return () => {
      controller.abort();
      stop();
    };
  }, [live, adapter, setRooms, journal]);

  const callOf = useCallback(
    (room: Room): RoomCallSummary | undefined => {
      const activity = activities.get(room.id);
      return activity ? callSummaryOf(activity) : room.call;
    },
    [activities],
  );

  const current = searchLive.result === searchResult ? searchLive : undefined;
  const applyToSearch = useCallback(
    (result: readonly Room[]): readonly Room[] => {
      if (!current || current.result !== result) return result;
      if (current.updated.size === 0 && current.created.length === 0) return result;
      const ids = new Set(result.map((r) => r.id));
      return [
        ...result.map((room) => current.updated.get(room.id) ?? room),
        ...current.created.filter((room) => !ids.has(room.id)),
      ];
    },
    [current],
  );

  return {
    callOf,
    applyToSearch,
    unplaced: current?.unplaced ?? 0,
    refreshSearch: () => {
      setSearchLive({ result: undefined, created: [], updated: new Map(), unplaced: 0 });
      retrySearch();
    },
  };
}
