import { useCallback, useEffect, useRef, useState } from 'react';
import { collectAll } from '../../adapter/paging';
import type { Person, Room, RoomEvent, RoomParticipant, RoomsAdapter } from '../../adapter/types';
import { applyCallEvent, emptyCallActivity, type RoomCallActivity } from '../../core/callActivity';
import { toRoomsError, type RoomsError } from '../../core/errors';
import { isRoomCallEvent } from '../../core/types';

/** What {@link useRoomActivityData} reads, piece by piece; a piece the host gives is neither read nor followed. */
export interface UseRoomActivityDataOptions {
  /** The backend; without one only what the host gives is shown. */
  adapter: RoomsAdapter | undefined;
  /** The room. */
  roomId: string | undefined;
  /** Given by the host: not read. */
  room: Room | undefined;
  /** Given by the host: not read. */
  roster: readonly RoomParticipant[] | undefined;
  /** Given by the host: not read or followed. */
  activity: RoomCallActivity | undefined;
}

/** The room's data as far as read, kept current by the backend's events. */
export interface RoomActivityData {
  /** `loading` until the first answer; `ready` after (also while a reload runs); `deleted` once the room is gone. */
  status: 'loading' | 'ready' | 'failed' | 'deleted';
  /** Why the last (re)load failed. */
  error: RoomsError | undefined;
  room: Room | undefined;
  roster: readonly RoomParticipant[] | undefined;
  activity: RoomCallActivity | undefined;
  /** Whether the backend reports call activity at all. */
  activityReported: boolean;
  /** Names found in the directory, by id. */
  people: ReadonlyMap<string, Person>;
  /** Reads everything again. */
  retry: () => void;
  /** Looks names up for ids not asked about yet. */
  resolveNames: (ids: readonly string[]) => void;
  /** Whether anything has changed through an event since the last load (for announcements). */
  live: boolean;
}

const NO_PEOPLE: ReadonlyMap<string, Person> = new Map();

interface Loaded {
  room: Room | undefined;
  roster: readonly RoomParticipant[] | undefined;
  activity: RoomCallActivity | undefined;
}

function applyRosterEvent(
  roster: readonly RoomParticipant[],
  event: Extract<RoomEvent, { type: 'participantsChanged' }>,
): RoomParticipant[] {
  const removed = new Set(event.removed);
  const upserted = new Map(event.upserted.map((p) => [p.id, p.role]));
  const next = roster
    .filter((p) => !removed.has(p.id))
    .map((p) => {
      const role = upserted.get(p.id);
      return role === undefined || role === p.role ? p : { ...p, role };
    });
  const known = new Set(next.map((p) => p.id));
  for (const [id, role] of upserted) if (!known.has(id) && !removed.has(id)) next.push({ id, role });
  return next;
}

/** Applies one event to what was read; pieces the host gave are left to the host. */
function applyEvent(loaded: Loaded, event: RoomEvent): Loaded {
  if (isRoomCallEvent(event)) {
    return loaded.activity ? { ...loaded, activity: applyCallEvent(loaded.activity, event) } : loaded;
  }
  if (event.type === 'participantsChanged') {
    return loaded.roster ? { ...loaded, roster: applyRosterEvent(loaded.roster, event) } : loaded;
  }
  if (event.type === 'roomUpdated') return loaded.room ? { ...loaded, room: event.room } : loaded;
  return loaded;
}

/**
 * Reads a room, its whole roster, its people's names and its call activity through the `RoomsAdapter`, and follows
 * its events: call events through core's reducer, roster and room changes as they come, `resync` by reading again
 * (what is shown stays until the new answer), `roomDeleted` by saying so. Events heard while a read is under way are
 * applied to its answer too; the reducer counts an event it has already seen once.
 *
 * @example
 * ```ts
 * const data = useRoomActivityData({ adapter, roomId, room: undefined, roster: undefined, activity: undefined });
 * ```
 */
export function useRoomActivityData(options: UseRoomActivityDataOptions): RoomActivityData {
  const { adapter, roomId, room: givenRoom, roster: givenRoster, activity: givenActivity } = options;
  const needRoom = givenRoom === undefined;
  const needRoster = givenRoster === undefined;
  const needActivity = givenActivity === undefined;
  const activityReported = adapter?.features.activity === true && typeof adapter.getRoomActivity === 'function';
  const canLoad = adapter !== undefined && roomId !== undefined && (needRoom || needRoster || needActivity);

  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<{ roomId: string; data: Loaded }>();
  const [error, setError] = useState<{ roomId: string; error: RoomsError }>();
  const [deletedRoom, setDeletedRoom] = useState<string>();
  // Names belong to the backend's directory they came from: another backend starts with none.
  const [names, setNames] = useState<{ adapter: RoomsAdapter | undefined; people: ReadonlyMap<string, Person> }>(
    () => ({ adapter, people: new Map() }),
  );
  const [live, setLive] = useState(false);
  const asked = useRef<{ adapter: RoomsAdapter | undefined; ids: Set<string> }>({ adapter, ids: new Set() });
  // The read under way and the events heard since it began.
  const inFlight = useRef<{ roomId: string; events: RoomEvent[] }>();

  const resolveNames = useCallback(
    (ids: readonly string[]) => {
      if (!adapter) return;
      if (asked.current.adapter !== adapter) asked.current = { adapter, ids: new Set() };
      const askedIds = asked.current.ids;
      const fresh = [...new Set(ids)].filter((id) => !askedIds.has(id));
      if (fresh.length === 0) return;
      for (const id of fresh) askedIds.add(id);
      adapter.resolvePeople(fresh).then(
        (found) =>
          setNames((before) => {
            const next = new Map(before.adapter === adapter ? before.people : []);
            for (const person of found) next.set(person.id, person);
            return { adapter, people: next };
          }),
        // Names are a nicety: without them people show by id, and the next look-up asks again.
        () => {
          for (const id of fresh) askedIds.delete(id);
        },
      );
    },
    [adapter],
  );

  useEffect(() => {
    if (!canLoad) return undefined;
    const controller = new AbortController();
    const { signal } = controller;
    // Events heard from here on may or may not be in the answer; they are applied to it (the reducer and the roster
    // changes count an event already in it once).
    const heard = { roomId, events: [] as RoomEvent[] };
    inFlight.current = heard;
    void (async () => {
      const [room, roster, activity] = await Promise.all([
        needRoom ? adapter.getRoom(roomId, { signal }) : undefined,
        needRoster ? collectAll((o) => adapter.listParticipants(roomId, o), { signal }) : undefined,
        needActivity
          ? activityReported && adapter.getRoomActivity
            ? adapter.getRoomActivity(roomId, { signal })
            : emptyCallActivity(roomId)
          : undefined,
      ]);
      if (signal.aborted) return;
      let data: Loaded = { room, roster, activity };
      for (const event of heard.events) data = applyEvent(data, event);
      if (inFlight.current === heard) inFlight.current = undefined;
      setLoaded({ roomId, data });
      setError(undefined);
    })().catch((thrown: unknown) => {
      if (signal.aborted) return;
      if (inFlight.current === heard) inFlight.current = undefined;
      const failure = toRoomsError(thrown);
      if (failure.code === 'notFound') setDeletedRoom(roomId);
      else setError({ roomId, error: failure });
    });
    return () => {
      controller.abort();
      if (inFlight.current === heard) inFlight.current = undefined;
    };
  }, [adapter, roomId, attempt, canLoad, needRoom, needRoster, needActivity, activityReported]);

  useEffect(() => {
    if (!adapter || roomId === undefined || !adapter.subscribe) return undefined;
    return adapter.subscribe(roomId, (event) => {
      if (event.roomId !== undefined && event.roomId !== roomId) return;
      if (event.type === 'roomDeleted') {
        setDeletedRoom(roomId);
        return;
      }
      if (event.type === 'resync') {
        setAttempt((n) => n + 1);
        return;
      }
      if (event.type === 'participantsChanged') resolveNames(event.upserted.map((p) => p.id));
      if (isRoomCallEvent(event) && 'userId' in event) resolveNames([event.userId]);
      if (inFlight.current?.roomId === roomId) inFlight.current.events.push(event);
      setLive(true);
      setLoaded((before) => (before?.roomId === roomId ? { roomId, data: applyEvent(before.data, event) } : before));
    });
  }, [adapter, roomId, resolveNames]);

  // Names of everyone read, asked for once each.
  const current = loaded && loaded.roomId === roomId ? loaded.data : undefined;
  const roster = givenRoster ?? current?.roster;
  const activity = givenActivity ?? current?.activity;
  useEffect(() => {
    const ids = (roster ?? []).map((p) => p.id);
    for (const call of activity?.calls ?? []) for (const attendee of call.attendees) ids.push(attendee.userId);
    resolveNames(ids);
  }, [roster, activity, resolveNames]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const failure = error && error.roomId === roomId ? error.error : undefined;
  let status: RoomActivityData['status'];
  if (roomId !== undefined && deletedRoom === roomId) status = 'deleted';
  else if (!canLoad || current) status = 'ready';
  else status = failure ? 'failed' : 'loading';
  return {
    status,
    error: failure,
    room: givenRoom ?? current?.room,
    roster,
    activity,
    activityReported: givenActivity !== undefined || activityReported || !canLoad,
    people: names.adapter === adapter ? names.people : NO_PEOPLE,
    retry,
    resolveNames,
    live,
  };
}
