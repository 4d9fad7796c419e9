import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type Dispatch } from 'react';
import { allPages } from '../../adapter/paging';
import type { RoomEvent, RoomParticipant, RoomsAdapter } from '../../adapter/types';
import type { RoomRole } from '../../core/roles';
import type { RosterPlaces } from '../../core/roster';
import type { RoomsKitStrings } from '../../strings';
import {
  applyChanges,
  changesBetween,
  rebaseRoster,
  targetsOf,
  toChanges,
  valuesIn,
  type RosterChanges,
  type RosterConflict,
  type RosterRebase,
  type RosterValue,
} from './rosterLive';

/** Options of {@link useRosterLiveUpdates}. */
export interface UseRosterLiveUpdatesOptions {
  /** The backend; only one with `features.events` and `subscribe` is listened to. */
  adapter: RoomsAdapter | undefined;
  /** The room; `undefined` for a controlled editor, which follows nothing. */
  roomId: string | undefined;
  /** Whether the editor's roster is loaded: changes heard before wait until it is. */
  ready: boolean;
  /** The saved roster as the editor knows it. */
  baseline: readonly RoomParticipant[];
  /** The user's draft. */
  draft: readonly RoomParticipant[];
  /** Sets the saved roster (functional updates only). */
  setBaseline: Dispatch<(current: readonly RoomParticipant[]) => readonly RoomParticipant[]>;
  /** Sets the draft (functional updates only). */
  setDraft: Dispatch<(current: readonly RoomParticipant[]) => readonly RoomParticipant[]>;
  /** Whether one of the editor's own saves is on its way (its answer may still rewrite the saved roster). */
  inFlight: boolean;
  /** Page size of a reload. */
  pageSize: number;
  /** Looks names up for ids new to the editor. */
  ensure: (ids: Iterable<string>, signal?: AbortSignal) => Promise<void>;
  /** The kit's strings and `format`. */
  strings: RoomsKitStrings;
  format: (template: string, values?: Readonly<Record<string, string | number>>) => string;
  /** The name shown for an id. */
  nameOf: (id: string) => string;
  /** Tells assistive technology politely. */
  announce: (text: string) => void;
  /** Where each id sits in the draft, to find the rows a change names without walking the roster. */
  places: RosterPlaces | undefined;
}

/** What {@link useRosterLiveUpdates} gives the editor. */
export interface RosterLiveUpdates {
  /** Rows the user is editing that changed elsewhere, by id (only those still in that state). */
  readonly conflicts: ReadonlyMap<string, RosterConflict>;
  /** Whether the room was deleted while shown. */
  readonly deleted: boolean;
  /** Whether reading the roster again after missed changes failed (what is shown may be out of date). */
  readonly reloadFailed: boolean;
  /** Reads the roster again, keeping the user's unsaved edits. */
  readonly reload: () => void;
  /** Settles a conflict with their value; returns nothing to save. */
  readonly takeTheirs: (ids: readonly string[]) => void;
  /** Settles a conflict with the user's value; returns the user's values, for an editor that saves at once. */
  readonly keepMine: (ids: readonly string[]) => RosterChanges;
}

/** One thing heard: a change, or the whole roster read again after changes may have been missed. */
type Heard =
  | { kind: 'changes'; changes: RosterChanges; quiet: boolean }
  | { kind: 'snapshot'; roster: readonly RoomParticipant[]; quiet: boolean };

const NO_CONFLICTS: ReadonlyMap<string, RosterConflict> = new Map();

/**
 * Keeps a bound {@link RosterEditor} in step with roster changes made elsewhere (another tab, another person, the
 * call) while the user's own unsaved edits stay as they left them: rows the user has not touched follow at once and
 * are announced politely; a row the user is editing that changed elsewhere becomes a conflict the user settles (take
 * theirs or keep mine); the editor's own saves coming back change nothing and say nothing. A `resync` reads the roster
 * again and judges it the same way; `roomDeleted` is reported.
 *
 * What is heard is judged after the render it arrives in, against the saved roster and the draft of that render, so
 * an optimistic change made just before its own echo arrives is already in the draft. While one of the editor's
 * saves is on its way, what was heard is judged once more after it lands, because the save's answer rewrites the
 * saved roster and may have landed before or after the change heard.
 *
 * @example
 * ```ts
 * const live = useRosterLiveUpdates({ adapter, roomId, ready, baseline, draft, setBaseline, setDraft, inFlight,
 *   pageSize, ensure, strings, format, nameOf, announce });
 * live.conflicts.get(id); // { theirs: 'Consumer', mine: 'Presenter' }
 * ```
 */
export function useRosterLiveUpdates(options: UseRosterLiveUpdatesOptions): RosterLiveUpdates {
  const { adapter, roomId, ready, baseline, draft, setBaseline, setDraft, inFlight, pageSize, ensure } = options;
  const { strings, format, nameOf, announce, places } = options;
  const s = strings.rosterEditor;
  const live = adapter !== undefined && roomId !== undefined && adapter.features.events && !!adapter.subscribe;

  // What was heard and not judged yet; a ref, so a change heard twice in one render is judged once, in order.
  const inbox = useRef<Heard[]>([]);
  const [heard, setHeard] = useState(0);
  // The latest value heard for each id while a save of the editor's own was on its way.
  const heardInFlight = useRef(new Map<string, RosterValue>());
  const [conflictState, setConflictState] = useState<{ roomId: string | undefined; map: Map<string, RosterConflict> }>({
    roomId: undefined,
    map: new Map(),
  });
  const [deletedRoom, setDeletedRoom] = useState<string | undefined>(undefined);
  const [reloadFailedRoom, setReloadFailedRoom] = useState<string | undefined>(undefined);
  const readyRef = useRef(ready);
  useEffect(() => {
    readyRef.current = ready;
  });

  const hear = useCallback((item: Heard) => {
    inbox.current.push(item);
    setHeard((n) => n + 1);
  }, []);

  const reloadRef = useRef<AbortController | undefined>(undefined);
  const reload = useCallback(() => {
    if (!adapter || roomId === undefined) return;
    reloadRef.current?.abort();
    const controller = new AbortController();
    reloadRef.current = controller;
    const { signal } = controller;
    setReloadFailedRoom(undefined);
    void (async () => {
      const roster: RoomParticipant[] = [];
      for await (const items of allPages((o) => adapter.listParticipants(roomId, o), { signal, pageSize })) {
        roster.push(...items);
      }
      await ensure(
        roster.map((p) => p.id),
        signal,
      );
      if (!signal.aborted) hear({ kind: 'snapshot', roster, quiet: !readyRef.current });
    })().catch(() => {
      if (!signal.aborted) setReloadFailedRoom(roomId);
    });
  }, [adapter, roomId, pageSize, ensure, hear]);
  useEffect(() => () => reloadRef.current?.abort(), [reload]);

  useEffect(() => {
    if (!live || !adapter?.subscribe || roomId === undefined) return;
    inbox.current = [];
    heardInFlight.current = new Map();
    let listening = true;
    // Names before rows, as when loading: a change waits for the names of the people it adds, and the changes after
    // it wait their turn, so they are judged in the order they happened.
    let names = Promise.resolve();
    const stop = adapter.subscribe(roomId, (event: RoomEvent) => {
      if (event.roomId !== undefined && event.roomId !== roomId) return;
      switch (event.type) {
        case 'participantsChanged': {
          const item: Heard = {
            kind: 'changes',
            changes: { upserts: event.upserted, removals: event.removed },
            quiet: !readyRef.current,
          };
          names = names
            .then(() => ensure(event.upserted.map((p) => p.id)))
            .then(() => {
              if (listening) hear(item);
            });
          return;
        }
        case 'roomDeleted':
          setDeletedRoom(roomId);
          return;
        case 'resync':
          reload();
          return;
        default:
          return;
      }
    });
    return () => {
      listening = false;
      stop();
    };
  }, [live, adapter, roomId, ensure, hear, reload]);

  const tell = useCallback(
    (rebase: RosterRebase) => {
      // The role inside a sentence, with its article where the language has one: "is now an Attendee".
      const roleName = (role: RoomRole) => strings.organisers.roles[role].inSentence;
      const conflict = rebase.conflicts[0];
      if (conflict && rebase.conflicts.length === 1) {
        announce(
          conflict.theirs === null
            ? format(s.conflictOneRemoved, { name: nameOf(conflict.id) })
            : format(s.conflictOne, { name: nameOf(conflict.id), role: roleName(conflict.theirs) }),
        );
        return;
      }
      if (rebase.conflicts.length > 1) {
        announce(format(s.conflictMany, { count: rebase.conflicts.length }));
        return;
      }
      const first = rebase.followed[0];
      if (!first) return;
      if (rebase.followed.length > 1) {
        announce(format(s.liveMany, { count: rebase.followed.length }));
        return;
      }
      const name = nameOf(first.id);
      if (first.to === null) announce(format(s.liveRemoved, { name }));
      else if (first.from === null) announce(format(s.liveAdded, { name, role: roleName(first.to) }));
      else announce(format(s.liveRoleChanged, { name, role: roleName(first.to) }));
    },
    [strings.organisers.roles, announce, format, s, nameOf],
  );

  // Judges what was heard against this render's saved roster and draft. Updates are functional, so a save's answer
  // that React has not rendered yet is not overwritten; the judging itself reads this render, which is what the user
  // saw when the change arrived.
  useLayoutEffect(() => {
    if (!live || !ready) return;
    let items = inbox.current;
    if (!inFlight && heardInFlight.current.size > 0) {
      const changes = toChanges(heardInFlight.current);
      heardInFlight.current = new Map();
      items = [...items, { kind: 'changes', changes, quiet: false }];
    }
    if (items.length === 0) return;
    inbox.current = [];
    let saved: readonly RoomParticipant[] = baseline;
    let mine: readonly RoomParticipant[] = draft;
    // The moves themselves are kept and applied, not found again by comparing whole rosters: the editor's own
    // save coming back moves one row of 10,000 and costs one row.
    const savedMoves = new Map<string, RosterValue>();
    const draftMoves = new Map<string, RosterValue>();
    const newConflicts: RosterConflict[] = [];
    const settled: string[] = [];
    let toTell: RosterRebase | undefined;
    items.forEach((item, index) => {
      const changes = item.kind === 'changes' ? item.changes : changesBetween(saved, item.roster);
      if (inFlight) for (const [id, value] of targetsOf(changes)) heardInFlight.current.set(id, value);
      const rebase = rebaseRoster(saved, mine, changes, places);
      // Only a later item needs the rosters as this one leaves them; the state takes the moves below.
      if (index < items.length - 1) {
        saved = applyChanges(saved, rebase.baseline, places);
        mine = applyChanges(mine, rebase.draft, places);
      }
      for (const [id, value] of targetsOf(rebase.baseline)) savedMoves.set(id, value);
      for (const [id, value] of targetsOf(rebase.draft)) draftMoves.set(id, value);
      newConflicts.push(...rebase.conflicts);
      settled.push(...rebase.confirmed, ...rebase.followed.map((f) => f.id));
      if (!item.quiet && (rebase.conflicts.length > 0 || rebase.followed.length > 0)) toTell = rebase;
    });
    if (savedMoves.size > 0) {
      const moves = toChanges(savedMoves);
      setBaseline((current) => applyChanges(current, moves, places));
    }
    if (draftMoves.size > 0) {
      const moves = toChanges(draftMoves);
      setDraft((current) => applyChanges(current, moves, places));
    }
    if (newConflicts.length > 0 || settled.length > 0) {
      // The events come from outside React; they can be judged only against a committed render (see above), so the
      // state they change is set here, once per batch heard, before the browser paints.
      setConflictState((current) => {
        const map = new Map(current.roomId === roomId ? current.map : []);
        for (const id of settled) map.delete(id);
        for (const conflict of newConflicts) map.set(conflict.id, conflict);
        return { roomId, map };
      });
    }
    if (toTell) tell(toTell);
    // `heard` is what makes this run when something arrives; the rest is what it judges against.
  }, [heard, live, ready, inFlight, baseline, draft, setBaseline, setDraft, roomId, tell, places]);

  // Only conflicts still standing: the saved roster still says theirs and the draft still differs from it.
  const stored = conflictState.roomId === roomId ? conflictState.map : NO_CONFLICTS;
  const conflicts = useMemo(() => {
    if (stored.size === 0) return NO_CONFLICTS;
    const ids = new Set(stored.keys());
    const saved = valuesIn(baseline, ids, places);
    const mine = draft === baseline ? saved : valuesIn(draft, ids, places);
    const out = new Map<string, RosterConflict>();
    for (const [id, conflict] of stored) {
      const theirs = saved.get(id) ?? null;
      const current = mine.get(id) ?? null;
      if (theirs === conflict.theirs && current !== theirs) out.set(id, { id, theirs, mine: current });
    }
    return out.size === 0 ? NO_CONFLICTS : out;
  }, [stored, baseline, draft, places]);

  const forget = useCallback(
    (ids: readonly string[]) =>
      setConflictState((current) => {
        if (current.roomId !== roomId) return current;
        const map = new Map(current.map);
        for (const id of ids) map.delete(id);
        return { roomId, map };
      }),
    [roomId],
  );

  const takeTheirs = useCallback(
    (ids: readonly string[]) => {
      const upserts: RoomParticipant[] = [];
      const removals: string[] = [];
      for (const id of ids) {
        const conflict = conflicts.get(id);
        if (!conflict) continue;
        if (conflict.theirs === null) removals.push(id);
        else upserts.push({ id, role: conflict.theirs });
      }
      forget(ids);
      setDraft((current) => applyChanges(current, { upserts, removals }));
    },
    [conflicts, forget, setDraft],
  );

  const keepMine = useCallback(
    (ids: readonly string[]): RosterChanges => {
      const upserts: RoomParticipant[] = [];
      const removals: string[] = [];
      for (const id of ids) {
        const conflict = conflicts.get(id);
        if (!conflict) continue;
        if (conflict.mine === null) removals.push(id);
        else upserts.push({ id, role: conflict.mine });
      }
      forget(ids);
      return { upserts, removals };
    },
    [conflicts, forget],
  );

  return {
    conflicts,
    deleted: live && deletedRoom === roomId,
    reloadFailed: live && reloadFailedRoom === roomId,
    reload,
    takeTheirs,
    keepMine,
  };
}
