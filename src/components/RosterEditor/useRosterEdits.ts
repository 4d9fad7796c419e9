import { useCallback, useMemo } from 'react';
import type { Person, RoomParticipant, RoomParticipantInput } from '../../adapter/types';
import { parseParticipantId } from '../../core/identifiers';
import type { RoomRole } from '../../core/roles';
import type { RosterPlaces } from '../../core/roster';
import type { RoomsKitStrings } from '../../strings';
import type { RosterConflictNotice, RosterFormat } from './rosterEditorState.types';
import type { RosterLiveUpdates } from './useRosterLiveUpdates';

/** Changes to a roster: who gets which role, who leaves. */
export interface RosterChangeSet {
  upserts: RoomParticipantInput[];
  removals: string[];
}

/** Options of {@link useRosterEdits}. */
export interface UseRosterEditsOptions {
  /** The roster being edited. */
  draft: readonly RoomParticipant[];
  /** The saved roster (bound editors; the draft itself for a controlled one). */
  baseline: readonly RoomParticipant[];
  /** The draft's ids. */
  rosterIdSet: ReadonlySet<string>;
  /** Where each id sits in the draft (`undefined` when an id is repeated). */
  places: RosterPlaces | undefined;
  /** Applies a change with the sentence that confirms it; ignored when editing is off. */
  commit: (changes: RosterChangeSet, done: string) => void;
  /** Tells assistive technology politely. */
  announce: (text: string) => void;
  /** The role people added get. */
  addRole: RoomRole;
  /** Whether changes are saved at once (conflicts kept "mine" are then sent again). */
  saveMode: 'immediate' | 'staged';
  /** Changes made elsewhere. */
  live: RosterLiveUpdates;
  /** Names for ids, and what the directory was told by the PeoplePicker. */
  nameOf: (id: string) => string;
  remember: (people: readonly Person[]) => void;
  strings: RoomsKitStrings;
  format: RosterFormat;
}

/** What {@link useRosterEdits} gives the editor: every edit, in the user's words. */
export interface RosterEdits {
  readonly addParticipants: (added: RoomParticipant[]) => number;
  readonly addPerson: (person: Person) => string | undefined;
  readonly addPeople: (people: readonly Person[]) => void;
  readonly changeRoles: (ids: readonly string[], role: RoomRole) => void;
  readonly removeIds: (ids: readonly string[]) => void;
  readonly restore: (id: string) => void;
  readonly takeTheirs: (ids: readonly string[]) => void;
  readonly keepMine: (ids: readonly string[]) => void;
  /** Rows in conflict, in the order they arrived. */
  readonly conflictIds: readonly string[];
  /** The message above the roster while rows conflict. */
  readonly conflictNotice: RosterConflictNotice | undefined;
}

/**
 * The RosterEditor's edits, each one change with the sentence that confirms it ("Ahmed Hassan is now a Presenter.",
 * "3 participants removed."): adding one person, a pasted list or a bulk import, changing roles, removing, restoring,
 * and settling rows that changed elsewhere. Where the change goes (saved at once, a draft, the parent) is `commit`'s
 * business.
 */
export function useRosterEdits(options: UseRosterEditsOptions): RosterEdits {
  const { draft, baseline, rosterIdSet, places, commit, announce, addRole, saveMode, live, nameOf, remember } = options;
  const { strings, format } = options;
  const s = strings.rosterEditor;
  const roles = strings.organisers.roles;
  // The role inside a sentence, with its article where the language has one: "is now an Attendee".
  const inSentence = useCallback((role: RoomRole) => roles[role].inSentence, [roles]);

  const addParticipants = useCallback(
    (added: RoomParticipant[]): number => {
      const fresh = added.filter((p) => !rosterIdSet.has(p.id));
      const first = fresh[0];
      if (!first) return 0;
      const done =
        fresh.length === 1
          ? format(s.addedOne, { name: nameOf(first.id), role: inSentence(first.role) })
          : format(s.addedMany, { count: fresh.length });
      commit({ upserts: fresh.map((p) => ({ id: p.id, role: p.role })), removals: [] }, done);
      return fresh.length;
    },
    [rosterIdSet, commit, format, s.addedOne, s.addedMany, nameOf, inSentence],
  );

  const addPerson = useCallback(
    (person: Person): string | undefined => {
      const parsed = parseParticipantId(person.id);
      if (!parsed.ok || rosterIdSet.has(parsed.rawId)) return undefined;
      // A pasted id the directory does not know comes back with the id as its name: leave it to the look-ups.
      if (person.displayName && person.displayName !== person.id) remember([person]);
      const done = format(s.addedOne, { name: person.displayName || parsed.rawId, role: inSentence(addRole) });
      commit({ upserts: [{ id: parsed.rawId, role: addRole }], removals: [] }, done);
      return parsed.rawId;
    },
    [rosterIdSet, remember, format, s.addedOne, inSentence, addRole, commit],
  );

  // Several people of a list pasted into "Add a person", in one change (one save, one message, one undo).
  const addPeople = useCallback(
    (people: readonly Person[]) => {
      const known = people.filter((person) => person.displayName && person.displayName !== person.id);
      if (known.length > 0) remember(known);
      const valid: RoomParticipant[] = [];
      for (const person of people) {
        const parsed = parseParticipantId(person.id);
        if (parsed.ok) valid.push({ id: parsed.rawId, role: addRole });
      }
      addParticipants(valid);
    },
    [remember, addRole, addParticipants],
  );

  const changeRoles = useCallback(
    (ids: readonly string[], role: RoomRole) => {
      const changing: string[] = [];
      if (places) {
        // Each row read at its place, in the draft's order: a role change costs the same at 10 rows as at 100,000.
        const at = (id: string) => places.get(id) ?? -1;
        for (const id of new Set(ids)) if (at(id) >= 0 && draft[at(id)]?.role !== role) changing.push(id);
        changing.sort((a, b) => at(a) - at(b));
      } else {
        const wanted = new Set(ids);
        for (const p of draft) if (wanted.has(p.id) && p.role !== role) changing.push(p.id);
      }
      const first = changing[0];
      if (first === undefined) return;
      const done =
        changing.length === 1
          ? format(s.roleChangedOne, { name: nameOf(first), role: inSentence(role) })
          : format(s.roleChangedMany, { count: changing.length, role: roles[role].name });
      commit({ upserts: changing.map((id) => ({ id, role })), removals: [] }, done);
    },
    [draft, places, commit, format, s.roleChangedOne, s.roleChangedMany, nameOf, inSentence, roles],
  );

  const removeIds = useCallback(
    (ids: readonly string[]) => {
      const removing = ids.filter((id) => rosterIdSet.has(id));
      const first = removing[0];
      if (first === undefined) return;
      const done =
        removing.length === 1
          ? format(s.removedOne, { name: nameOf(first) })
          : format(s.removedMany, { count: removing.length });
      commit({ upserts: [], removals: removing }, done);
    },
    [rosterIdSet, commit, format, s.removedOne, s.removedMany, nameOf],
  );

  const restore = useCallback(
    (id: string) => {
      const saved = baseline.find((p) => p.id === id);
      if (saved) commit({ upserts: [{ id, role: saved.role }], removals: [] }, s.undone);
      else commit({ upserts: [], removals: [id] }, s.undone);
    },
    [baseline, commit, s.undone],
  );

  const { conflicts } = live;
  const takeTheirs = useCallback(
    (ids: readonly string[]) => {
      const first = ids[0];
      if (first === undefined) return;
      live.takeTheirs(ids);
      announce(
        ids.length === 1
          ? format(s.conflictTookTheirs, { name: nameOf(first) })
          : format(s.conflictTookTheirsMany, { count: ids.length }),
      );
    },
    [live, announce, format, s.conflictTookTheirs, s.conflictTookTheirsMany, nameOf],
  );
  const keepMine = useCallback(
    (ids: readonly string[]) => {
      const first = ids[0];
      if (first === undefined) return;
      const mine = live.keepMine(ids);
      const done =
        ids.length === 1
          ? format(s.conflictKeptMine, { name: nameOf(first) })
          : format(s.conflictKeptMineMany, { count: ids.length });
      // Saving at once, the user's value is sent again over theirs; a staged draft keeps it until the user saves.
      if (saveMode === 'immediate') commit({ upserts: [...mine.upserts], removals: [...mine.removals] }, done);
      else announce(done);
    },
    [live, format, s.conflictKeptMine, s.conflictKeptMineMany, nameOf, saveMode, commit, announce],
  );

  const conflictIds = useMemo(() => [...conflicts.keys()], [conflicts]);
  const conflictNotice = useMemo((): RosterConflictNotice | undefined => {
    const first = conflictIds[0];
    if (first === undefined) return undefined;
    const conflict = conflicts.get(first);
    if (conflictIds.length > 1 || !conflict) {
      return { text: format(s.conflictMany, { count: conflictIds.length }), count: conflictIds.length };
    }
    return {
      text:
        conflict.theirs === null
          ? format(s.conflictOneRemoved, { name: nameOf(first) })
          : format(s.conflictOne, { name: nameOf(first), role: inSentence(conflict.theirs) }),
      count: 1,
    };
  }, [conflictIds, conflicts, format, s.conflictMany, s.conflictOne, s.conflictOneRemoved, nameOf, inSentence]);

  return {
    addParticipants,
    addPerson,
    addPeople,
    changeRoles,
    removeIds,
    restore,
    takeTheirs,
    keepMine,
    conflictIds,
    conflictNotice,
  };
}
