import { useCallback, useEffect, useRef, useState } from 'react';
import { collectAll } from '../../adapter/paging';
import type { Person, Room, RoomEvent, RoomParticipant, RoomsAdapter } from '../../adapter/types';
import { RoomsError } from '../../core/errors';
import { useLoad, type LoadStatus } from '../../hooks/useLoad';
import { adapterKey } from '../../adapter/adapterKey';

/** Options of {@link useRoomData}. */
export interface UseRoomDataOptions {
  /** The backend; without it (or without `roomId`) only `room` is known and the roster is not. */
  adapter: RoomsAdapter | undefined;
  /** The room to read. */
  roomId: string | undefined;
  /** The room as the host already has it; when given, it is not read again. */
  room: Room | undefined;
}

/** What {@link useRoomData} knows of a room. */
export interface RoomData {
  /**
   * The kit's read words: `loading` until the room and its roster are read (`ready` at once when there is nothing
   * to read), `refreshing` while they are read again after a `resync`, `failed` when the first read failed.
   */
  status: LoadStatus;
  /** The room; `undefined` while loading or when neither `room` nor a backend was given. */
  room: Room | undefined;
  /** Whether the room was deleted while shown. */
  deleted: boolean;
  /** The roster; `undefined` when it is not known (no backend, or still loading). */
  roster: readonly RoomParticipant[] | undefined;
  /** Names from the directory, by participant id. */
  people: ReadonlyMap<string, Person>;
  /** Why loading failed. */
  error: RoomsError | undefined;
  /** Reads everything again after a failure. */
  retry: () => void;
  /** Changes the roster shown, for optimistic updates; returns how to undo the change. */
  updateRoster: (update: (roster: readonly RoomParticipant[]) => readonly RoomParticipant[]) => () => void;
  /** Looks up names for ids the directory has not been asked about yet. */
  resolveNames: (ids: readonly string[]) => void;
}

/** What one read gives. */
interface Loaded {
  room: Room;
  roster: readonly RoomParticipant[];
}

function applyEvent(roster: readonly RoomParticipant[], event: RoomEvent): readonly RoomParticipant[] {
  if (event.type !== 'participantsChanged') return roster;
  const removed = new Set(event.removed);
  const upserted = new Map(event.upserted.map((p) => [p.id, p.role]));
  const next = roster
    .filter((p) => !removed.has(p.id))
    .map((p) => {
      const role = upserted.get(p.id);
      return role === undefined || role === p.role ? p : { ...p, role };
    });
  const known = new Set(next.map((p) => p.id));
  for (const [id, role] of upserted) if (!known.has(id)) next.push({ id, role });
  return next;
}

/**
 * Reads a room, its roster and its people's names through the `RoomsAdapter`, then keeps them current with the
 * backend's events (role changes, removals, schedule changes, deletion; a `resync` reads them again, the call staying
 * on screen). Every request is cancelled on unmount.
 *
 * @example
 * ```ts
 * const data = useRoomData({ adapter, roomId, room: undefined });
 * if (data.status === 'failed') showError(data.error, data.retry);
 * ```
 */
export function useRoomData(options: UseRoomDataOptions): RoomData {
  const { adapter, roomId, room: givenRoom } = options;
  const canLoad = adapter !== undefined && roomId !== undefined;
  const key = canLoad ? `${adapterKey(adapter)}#${roomId}` : undefined;
  const [deletedKey, setDeletedKey] = useState<string>();
  // A room the backend pushed, with the room the host had passed at that moment: a newer room from the host wins.
  const [pushed, setPushed] = useState<{ key: string; room: Room; basis: Room | undefined }>();
  const [people, setPeople] = useState<ReadonlyMap<string, Person>>(new Map());
  const asked = useRef(new Set<string>());
  const givenRoomRef = useRef(givenRoom);
  useEffect(() => {
    givenRoomRef.current = givenRoom;
  });

  const resolveNames = useCallback(
    (ids: readonly string[]) => {
      if (!adapter) return;
      const fresh = ids.filter((id) => !asked.current.has(id));
      if (fresh.length === 0) return;
      fresh.forEach((id) => asked.current.add(id));
      adapter.resolvePeople(fresh).then(
        (found) =>
          setPeople((before) => {
            const next = new Map(before);
            for (const person of found) next.set(person.id, person);
            return next;
          }),
        // Names are a nicety: without them the panel shows ids, and the next new id asks again.
        () => fresh.forEach((id) => asked.current.delete(id)),
      );
    },
    [adapter],
  );

  const load = useLoad<Loaded>({
    key,
    load: async ({ signal }) => {
      if (!adapter || roomId === undefined) throw new RoomsError('unknown', 'useRoomData has nothing to read.');
      // The host's room, when it gave one, is not read again; a newer one from the host replaces it (see below).
      const room = givenRoomRef.current ?? (await adapter.getRoom(roomId, { signal }));
      const roster = await collectAll((o) => adapter.listParticipants(roomId, o), { signal });
      resolveNames(roster.map((p) => p.id));
      return { room, roster };
    },
  });
  const { refresh, setData } = load;

  useEffect(() => {
    if (!canLoad || !adapter.subscribe || key === undefined) return;
    const stop = adapter.subscribe(roomId, (event) => {
      switch (event.type) {
        case 'resync':
          // Changes may have been missed: read again while the call stays on screen (`refreshing`, not `loading`).
          refresh();
          return;
        case 'roomDeleted':
          setDeletedKey(key);
          return;
        case 'roomUpdated':
          setPushed({ key, room: event.room, basis: givenRoomRef.current });
          return;
        case 'participantsChanged':
          setData((before) => (before ? { ...before, roster: applyEvent(before.roster, event) } : before));
          resolveNames(event.upserted.map((p) => p.id));
          return;
        default:
          return;
      }
    });
    return stop;
  }, [adapter, roomId, key, canLoad, resolveNames, refresh, setData]);

  const updateRoster = useCallback(
    (update: (roster: readonly RoomParticipant[]) => readonly RoomParticipant[]) => {
      let before: readonly RoomParticipant[] | undefined;
      setData((current) => {
        if (!current) return current;
        before = current.roster;
        return { ...current, roster: update(current.roster) };
      });
      return () => setData((current) => (current && before !== undefined ? { ...current, roster: before } : current));
    },
    [setData],
  );

  if (!canLoad) {
    return {
      status: 'ready',
      room: givenRoom,
      deleted: false,
      roster: undefined,
      people,
      error: undefined,
      retry: load.retry,
      updateRoster,
      resolveNames,
    };
  }
  const current = load.data;
  // Reading again after a resync that fails leaves the call on screen; only a room gone is news.
  const refreshFailed = load.status === 'failed' && current !== undefined;
  const fresh = pushed !== undefined && pushed.key === key && pushed.basis === givenRoom ? pushed.room : undefined;
  return {
    status: refreshFailed ? 'ready' : load.status,
    room: fresh ?? givenRoom ?? current?.room,
    deleted: deletedKey === key || (refreshFailed && load.error?.code === 'notFound'),
    roster: current?.roster,
    people,
    error: refreshFailed ? undefined : load.error,
    retry: load.retry,
    updateRoster,
    resolveNames,
  };
}
