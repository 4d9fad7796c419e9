import { useCallback, useEffect, useRef, useState } from 'react';
import { collectAll } from '../../adapter/paging';
import type { Person, Room, RoomEvent, RoomParticipant, RoomsAdapter } from '../../adapter/types';
import { toRoomsError, type RoomsError } from '../../core/errors';

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
  /** `loading` until the room and its roster are read (or `ready` at once when there is nothing to read). */
  status: 'loading' | 'ready' | 'failed';
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
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<{ key: string; room: Room; roster: readonly RoomParticipant[] }>();
  const [error, setError] = useState<{ key: string; error: RoomsError }>();
  const [deletedKey, setDeletedKey] = useState<string>();
  // A room the backend pushed, with the room the host had passed at that moment: a newer room from the host wins.
  const [pushed, setPushed] = useState<{ key: string; room: Room; basis: Room | undefined }>();
  const [people, setPeople] = useState<ReadonlyMap<string, Person>>(new Map());
  const asked = useRef(new Set<string>());
  const givenRoomRef = useRef(givenRoom);
  useEffect(() => {
    givenRoomRef.current = givenRoom;
  });
  const key = `${roomId ?? ''}#${attempt}`;

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

  useEffect(() => {
    if (!canLoad) return;
    const controller = new AbortController();
    const { signal } = controller;
    (async () => {
      // The host's room, when it gave one, is not read again; a newer one from the host replaces it (see below).
      const room = givenRoomRef.current ?? (await adapter.getRoom(roomId, { signal }));
      const roster = await collectAll((o) => adapter.listParticipants(roomId, o), { signal });
      if (signal.aborted) return;
      setLoaded({ key, room, roster });
      resolveNames(roster.map((p) => p.id));
    })().catch((thrown: unknown) => {
      if (!signal.aborted) setError({ key, error: toRoomsError(thrown) });
    });
    return () => controller.abort();
  }, [adapter, roomId, key, canLoad, resolveNames]);

  useEffect(() => {
    if (!canLoad || !adapter.subscribe) return;
    const reading = new AbortController();
    // Changes may have been missed: read the room and roster again without leaving the call's screen (no loading).
    const readAgain = () => {
      const { signal } = reading;
      (async () => {
        const room = givenRoomRef.current ? undefined : await adapter.getRoom(roomId, { signal });
        const roster = await collectAll((o) => adapter.listParticipants(roomId, o), { signal });
        if (signal.aborted) return;
        setLoaded((before) => (before ? { ...before, room: room ?? before.room, roster } : before));
        resolveNames(roster.map((p) => p.id));
      })().catch((thrown: unknown) => {
        if (!signal.aborted && toRoomsError(thrown).code === 'notFound') setDeletedKey(key);
      });
    };
    const stop = adapter.subscribe(roomId, (event) => {
      if (event.type === 'resync') {
        readAgain();
        return;
      }
      if (event.type === 'roomDeleted') {
        setDeletedKey(key);
        return;
      }
      if (event.type === 'roomUpdated') {
        setPushed({ key, room: event.room, basis: givenRoomRef.current });
        return;
      }
      if (event.type !== 'participantsChanged') return;
      setLoaded((before) => (before ? { ...before, roster: applyEvent(before.roster, event) } : before));
      resolveNames(event.upserted.map((p) => p.id));
    });
    return () => {
      reading.abort();
      stop();
    };
  }, [adapter, roomId, key, canLoad, resolveNames]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const updateRoster = useCallback((update: (roster: readonly RoomParticipant[]) => readonly RoomParticipant[]) => {
    let before: readonly RoomParticipant[] | undefined;
    setLoaded((current) => {
      if (!current) return current;
      before = current.roster;
      return { ...current, roster: update(current.roster) };
    });
    return () => setLoaded((current) => (current && before !== undefined ? { ...current, roster: before } : current));
  }, []);

  if (!canLoad) {
    return {
      status: 'ready',
      room: givenRoom,
      deleted: false,
      roster: undefined,
      people,
      error: undefined,
      retry,
      updateRoster,
      resolveNames,
    };
  }
  const current = loaded?.key === key ? loaded : undefined;
  const failure = error?.key === key ? error.error : undefined;
  const fresh = pushed?.key === key && pushed.basis === givenRoom ? pushed.room : undefined;
  return {
    status: failure ? 'failed' : current ? 'ready' : 'loading',
    room: fresh ?? givenRoom ?? current?.room,
    deleted: deletedKey === key,
    roster: current?.roster,
    people,
    error: failure,
    retry,
    updateRoster,
    resolveNames,
  };
}
