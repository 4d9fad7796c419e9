import { useCallback, useEffect, useLayoutEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { collectAll } from '../../adapter/paging';
import type { Room, RoomEvent, RoomParticipant, RoomsAdapter, UpdateRoomInput } from '../../adapter/types';
import { toRoomsError } from '../../core/errors';
import { isEmptyPatch } from '../../core/rooms';
import { applyChanges, changesBetween, rebaseRoster, type RosterChanges } from '../RosterEditor/rosterLive';
import type { RoomEditorValues } from './RoomEditor.types';
import { changedFields, valuesOf, type Baseline, type ConflictRecord } from './roomEditorValues';

/** Options of {@link useRoomEditorLiveUpdates}. */
export interface UseRoomEditorLiveUpdatesOptions {
  /** The backend; only one with `features.events` and `subscribe` is listened to. */
  adapter: RoomsAdapter;
  /** The edited room; `undefined` while creating. */
  roomId: string | undefined;
  /** Whether the room is loaded and shown (changes heard before wait). */
  ready: boolean;
  /**
   * Whether the editor's own save or delete is on its way: what is heard meanwhile waits for it to land, so the
   * editor's own changes coming back are recognised by the version they carry.
   */
  busy: boolean;
  /** The room and roster as the form knows them saved. */
  baseline: Baseline | undefined;
  /** The form's values. */
  values: RoomEditorValues;
  /** What the user changed in the room's fields (not the roster). */
  patch: UpdateRoomInput;
  /** The zone the form shows. */
  zone: string;
  /** Changes the saved room and roster (functional). */
  setBaseline: (update: (current: Baseline) => Baseline) => void;
  /** Sets the form's values. */
  setValues: (values: RoomEditorValues) => void;
  /** Sets the form's zone. */
  setZone: (zone: string) => void;
  /** The conflict message's state. */
  setConflict: Dispatch<SetStateAction<ConflictRecord | undefined>>;
  /** Tells assistive technology politely. */
  announce: (text: string) => void;
  /** The sentence announced when the form took changes made elsewhere quietly. */
  updatedText: string;
}

/** What {@link useRoomEditorLiveUpdates} gives the editor. */
export interface RoomEditorLiveUpdates {
  /** Whether the room was deleted elsewhere while the form was open. */
  readonly deletedElsewhere: boolean;
}

type Heard =
  | { kind: 'room'; room: Room }
  | { kind: 'roster'; changes: RosterChanges }
  | { kind: 'rosterSnapshot'; roster: readonly RoomParticipant[] };

/** Whether a room heard is the version the form already knows. */
function sameVersion(known: Room, heard: Room): boolean {
  if (known.version !== undefined && heard.version !== undefined) return known.version === heard.version;
  return changedFields(known, heard).length === 0;
}

/**
 * Keeps an open {@link RoomEditor} in step with changes made elsewhere: a `roomUpdated` of another version than the
 * form was loaded or saved at is taken in quietly when the user has changed none of the room's fields, and otherwise
 * shows the "changed elsewhere" message with Reload / Keep mine, the form left as the user has it; roster changes
 * reach the roster part (rows the user edited keep the user's value, and a row changed to something else says so in
 * the same message); `resync` reads the room and roster again; `roomDeleted` is reported so saving can stop.
 *
 * @example
 * ```ts
 * const live = useRoomEditorLiveUpdates({ adapter, roomId, ready, busy, baseline, values, patch, zone,
 *   setBaseline, setValues, setZone, setConflict, announce, updatedText });
 * live.deletedElsewhere; // true once someone deleted the room
 * ```
 */
export function useRoomEditorLiveUpdates(options: UseRoomEditorLiveUpdatesOptions): RoomEditorLiveUpdates {
  const { adapter, roomId, ready, busy, baseline, values, patch, zone } = options;
  const { setBaseline, setValues, setZone, setConflict, announce, updatedText } = options;
  const live = roomId !== undefined && adapter.features.events && !!adapter.subscribe;
  const inbox = useRef<Heard[]>([]);
  const [heard, setHeard] = useState(0);
  const [deletedRoom, setDeletedRoom] = useState<string | undefined>(undefined);
  const busyRef = useRef(busy);
  useEffect(() => {
    busyRef.current = busy;
  });

  const hear = useCallback((item: Heard) => {
    inbox.current.push(item);
    setHeard((n) => n + 1);
  }, []);

  useEffect(() => {
    if (!live || !adapter.subscribe || roomId === undefined) return;
    inbox.current = [];
    let listening = true;
    const reload = new AbortController();
    const stop = adapter.subscribe(roomId, (event: RoomEvent) => {
      if (event.roomId !== undefined && event.roomId !== roomId) return;
      switch (event.type) {
        case 'roomUpdated':
          hear({ kind: 'room', room: event.room });
          return;
        case 'participantsChanged':
          hear({ kind: 'roster', changes: { upserts: event.upserted, removals: event.removed } });
          return;
        case 'roomDeleted':
          // The editor's own delete says so itself, with the room's name.
          if (!busyRef.current) setDeletedRoom(roomId);
          return;
        case 'resync': {
          const { signal } = reload;
          Promise.all([
            adapter.getRoom(roomId, { signal }),
            collectAll((o) => adapter.listParticipants(roomId, o), { signal }),
          ]).then(
            ([room, roster]) => {
              if (!listening) return;
              hear({ kind: 'room', room });
              hear({ kind: 'rosterSnapshot', roster });
            },
            (thrown: unknown) => {
              if (listening && toRoomsError(thrown).code === 'notFound') setDeletedRoom(roomId);
            },
          );
          return;
        }
        default:
          return;
      }
    });
    return () => {
      listening = false;
      reload.abort();
      stop();
    };
  }, [live, adapter, roomId, hear]);

  // Judged against this render, once the editor's own save has landed (see the TSDoc).
  useLayoutEffect(() => {
    if (!live || !ready || busy || !baseline || inbox.current.length === 0) return;
    const items = inbox.current;
    inbox.current = [];
    let known = baseline;
    let form = values;
    let formZone = zone;
    // A newer version while the user has changed the room's fields: the form stays as the user left it until they
    // choose (Reload takes theirs; Keep mine takes theirs only where the user changed nothing).
    let heldRoom: Room | undefined;
    let rosterConflict = false;
    let quietly = false;
    for (const item of items) {
      if (item.kind === 'room') {
        if (sameVersion(known.room, item.room)) continue;
        if (!isEmptyPatch(patch)) {
          heldRoom = item.room;
          continue;
        }
        const theirs = item.room;
        const theirZone = theirs.timeZone ?? known.zone;
        form = {
          ...valuesOf({ room: theirs, participants: known.participants }, form.joinPolicy),
          participants: form.participants,
        };
        formZone = theirZone;
        known = { ...known, room: theirs, zone: theirZone };
        quietly = true;
        continue;
      }
      const changes = item.kind === 'roster' ? item.changes : changesBetween(known.participants, item.roster);
      const rebase = rebaseRoster(known.participants, form.participants, changes);
      if (rebase.baseline.upserts.length > 0 || rebase.baseline.removals.length > 0) {
        known = { ...known, participants: [...applyChanges(known.participants, rebase.baseline)] };
      }
      if (rebase.draft.upserts.length > 0 || rebase.draft.removals.length > 0) {
        form = { ...form, participants: [...applyChanges(form.participants, rebase.draft)] };
        quietly = true;
      }
      if (rebase.conflicts.length > 0) rosterConflict = true;
    }
    if (known !== baseline) {
      const saved = known;
      setBaseline((current) => ({ ...current, room: saved.room, zone: saved.zone, participants: saved.participants }));
    }
    if (form !== values) setValues(form);
    if (formZone !== zone) setZone(formZone);
    if (heldRoom || rosterConflict) {
      const mine = known.room;
      const theirs = heldRoom ?? known.room;
      setConflict((current) => {
        // A refused save already has the user's attention; it reads the room itself.
        if (current && !current.live) return current;
        const changed = new Set(current?.changed ?? []);
        for (const field of changedFields(mine, theirs)) changed.add(field);
        if (rosterConflict) changed.add('participants');
        return {
          room: theirs,
          by: current?.room === theirs ? current.by : undefined,
          changed: [...changed],
          live: true,
        };
      });
      const by = theirs.updatedBy;
      if (heldRoom && by !== undefined) {
        void adapter.resolvePeople([by]).then(
          (people) => {
            const name = people.find((p) => p.id === by)?.displayName;
            if (name === undefined) return;
            setConflict((current) => (current?.live && current.room === theirs ? { ...current, by: name } : current));
          },
          () => undefined,
        );
      }
    } else if (quietly) announce(updatedText);
  }, [
    heard,
    live,
    ready,
    busy,
    baseline,
    values,
    patch,
    zone,
    setBaseline,
    setValues,
    setZone,
    setConflict,
    adapter,
    announce,
    updatedText,
  ]);

  return { deletedElsewhere: live && deletedRoom === roomId };
}
