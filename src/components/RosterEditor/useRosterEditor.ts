import {
  startTransition,
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type Ref,
} from 'react';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { allPages } from '../../adapter/paging';
import type { Person, RoomParticipant, RoomParticipantInput } from '../../adapter/types';
import { RoomsError, toRoomsError, type RoomsErrorCode } from '../../core/errors';
import { parseParticipantId } from '../../core/identifiers';
import {
  applyRosterChanges,
  countRoles,
  diffRoster,
  foldRosterText,
  interactiveCountOf,
  planRosterSave,
  rankByName,
  rosterSearchText,
  sortRoster,
  type RosterDiff,
  type RosterSavePlan,
  type RosterSort,
} from '../../core/roster';
import { DEFAULT_ROLE, INTERACTIVE_PARTICIPANT_LIMIT, isRoomRole, ROOM_ROLES, type RoomRole } from '../../core/roles';
import { useControllableState } from '../../hooks/useControllableState';
import { useMutation } from '../../hooks/useMutation';
import { useOnlineStatus } from '../../hooks/useOnlineStatus';
import { useRoomsKit } from '../../provider/RoomsKitProvider';
import type {
  RosterEditorActions,
  RosterEditorHandle,
  RosterEditorProps,
  RosterEditorState,
  RosterConflictNotice,
  RosterNotice,
  RosterRowChange,
  RosterRowContext,
  RosterRowState,
} from './RosterEditor.types';
import { failedIds, failureText, idsOf, inverseOf, rollBack, type RosterEdit } from './rosterEdits';
import { useMembership, useStableActions, withoutItems, withoutKeys } from './rosterEditorHelpers';
import { useRosterBulk } from './useRosterBulk';
import { useRosterGrid } from './useRosterGrid';
import { useRosterLiveUpdates } from './useRosterLiveUpdates';
import { useRosterPeople } from './useRosterPeople';

const EMPTY_ROSTER: readonly RoomParticipant[] = Object.freeze([]);
const EMPTY_SET: ReadonlySet<string> = new Set();
const EMPTY_FAILURES: ReadonlyMap<string, string> = new Map();
const DEFAULT_SORT: Required<RosterSort> = { by: 'name', direction: 'ascending' };
const ROW_HEIGHT = { small: 44, medium: 56 } as const;
const REPORT_ROW_HEIGHT = 36;
const REPORT_HEIGHT = 240;
const REPORT_OVERSCAN = 4;
const WARM_THRESHOLD = 500;
const WARM_CHUNK = 2000;

/** Runs `task` after the current frame's work, in its own task so input is never held up for long. */
function schedule(task: () => void): void {
  setTimeout(task, 0);
}

/** One row before it is rendered: cheap to build for 10,000 participants. */
interface RosterEntry {
  readonly id: string;
  readonly role: RoomRole;
  readonly change: RosterRowChange | undefined;
  readonly previousRole: RoomRole | undefined;
}

const EMPTY_DIFF: RosterDiff = { added: [], removed: [], roleChanged: [] };

/**
 * State and behaviour of {@link RosterEditor}: loading every page (bound), names through the directory, the draft
 * against the saved roster, immediate or staged saving through `useMutation`, bulk import, filters, sort,
 * selection, the virtual list and keyboard navigation. No JSX or styling.
 *
 * @example
 * ```tsx
 * const state = useRosterEditor({ roomId, saveMode: 'staged' }, ref);
 * state.dirtyCount; // unsaved changes
 * ```
 */
export function useRosterEditor(props: RosterEditorProps, ref: Ref<HTMLDivElement>): RosterEditorState {
  const {
    adapter: adapterProp,
    roomId,
    saveMode = 'immediate',
    participants,
    defaultParticipants,
    onChange,
    onDirtyChange,
    onDraftChange,
    onSaved,
    imperativeRef,
    readOnly: readOnlyProp = false,
    roles: rolesProp = ROOM_ROLES,
    defaultRole = DEFAULT_ROLE,
    addRole: addRoleProp,
    onAddRoleChange,
    interactiveLimit = INTERACTIVE_PARTICIPANT_LIMIT,
    listHeight = 480,
    size = 'medium',
    showIds: showIdsProp,
    defaultShowIds = false,
    onShowIdsChange,
    filterText: filterTextProp,
    defaultFilterText = '',
    onFilterTextChange,
    roleFilter: roleFilterProp,
    defaultRoleFilter = null,
    onRoleFilterChange,
    sort: sortProp,
    defaultSort = DEFAULT_SORT,
    onSortChange,
    selectedIds: selectedIdsProp,
    defaultSelectedIds = EMPTY_SET,
    onSelectionChange,
    maxBulkRows,
    pageSize = 100,
    resolveBatchSize = 500,
    className,
    ...rest
  } = props;
  const kit = useRoomsKit();
  const { strings, format, locale, dir } = kit;
  const s = strings.rosterEditor;
  const adapter = adapterProp ?? kit.adapter;
  const bound = roomId !== undefined;
  if (bound && !adapter) {
    throw new RoomsError(
      'unknown',
      'RosterEditor has a roomId but no RoomsAdapter: pass `adapter` or wrap it in <RoomsKitProvider adapter={…}>.',
    );
  }
  const online = useOnlineStatus();
  const roles = useMemo(
    () => rolesProp.filter((role, i) => isRoomRole(role) && rolesProp.indexOf(role) === i),
    [rolesProp],
  );
  const idBase = useId();
  const titleId = `${idBase}-title`;
  const hintId = `${idBase}-hint`;

  // ---------------------------------------------------------------------------------------------------------------
  // The roster: controlled value, or the saved roster and the draft of a bound editor

  const emitChange = useCallback(
    (next: readonly RoomParticipant[]) => onChange?.(next.map((p) => ({ id: p.id, role: p.role }))),
    [onChange],
  );
  const [controlledDraft, setControlledDraft] = useControllableState<readonly RoomParticipant[]>({
    value: participants,
    defaultValue: defaultParticipants ?? EMPTY_ROSTER,
    onChange: onChange ? emitChange : undefined,
  });
  const [baseline, setBaseline] = useState<readonly RoomParticipant[]>(EMPTY_ROSTER);
  const [boundDraft, setBoundDraft] = useState<readonly RoomParticipant[]>(EMPTY_ROSTER);
  const draft = bound ? boundDraft : controlledDraft;

  const [load, setLoad] = useState<{ status: RosterEditorState['status']; loaded: number; code?: RoomsErrorCode }>(
    () => ({ status: bound ? 'loading' : 'ready', loaded: 0 }),
  );
  const [reloadKey, setReloadKey] = useState(0);
  const [connectionLost, setConnectionLost] = useState(false);
  const [pending, setPending] = useState<ReadonlySet<string>>(EMPTY_SET);
  const [failures, setFailures] = useState<ReadonlyMap<string, string>>(EMPTY_FAILURES);
  const [notice, setNotice] = useState<(RosterNotice & { undoEdit?: RosterEdit; retryEdit?: RosterEdit }) | undefined>(
    undefined,
  );
  const [announcement, setAnnouncement] = useState('');
  const [reviewOpen, setReviewOpen] = useState(false);
  const offline = bound && (!online || connectionLost);

  const { people, ensure, remember } = useRosterPeople(adapter, resolveBatchSize);

  // The browser coming back online is the moment to try again; a failed call set `connectionLost`. The event is
  // listened to as well as the status, because a request can fail while the browser believes it is online.
  useEffect(() => {
    if (online) setConnectionLost(false);
    const back = () => setConnectionLost(false);
    window.addEventListener('online', back);
    return () => window.removeEventListener('online', back);
  }, [online]);

  useEffect(() => {
    if (!bound || !adapter || roomId === undefined) return;
    const controller = new AbortController();
    const { signal } = controller;
    setLoad({ status: 'loading', loaded: 0 });
    (async () => {
      const all: RoomParticipant[] = [];
      for await (const items of allPages((options) => adapter.listParticipants(roomId, options), {
        signal,
        pageSize,
      })) {
        all.push(...items);
        setLoad({ status: 'loading', loaded: all.length });
      }
      // Names before rows, so 10,000 rows do not flash as raw ids; a failing directory only costs the names.
      await ensure(
        all.map((p) => p.id),
        signal,
      );
      if (signal.aborted) return;
      setBaseline(all);
      setBoundDraft(all);
      setFailures(EMPTY_FAILURES);
      setPending(EMPTY_SET);
      setConnectionLost(false);
      setLoad({ status: 'ready', loaded: all.length });
    })().catch((thrown: unknown) => {
      if (signal.aborted) return;
      const error = toRoomsError(thrown);
      if (error.code === 'network') setConnectionLost(true);
      setLoad({ status: 'loadFailed', loaded: 0, code: error.code });
    });
    return () => controller.abort();
  }, [bound, adapter, roomId, pageSize, reloadKey, ensure]);

  const diff = useMemo(() => (bound ? diffRoster(baseline, draft) : EMPTY_DIFF), [bound, baseline, draft]);
  const dirtyCount = useMemo(() => {
    let count = 0;
    for (const list of [diff.added, diff.removed, diff.roleChanged]) {
      for (const item of list) if (!pending.has(item.id)) count++;
    }
    return count;
  }, [diff, pending]);
  const dirty = dirtyCount > 0;

  const nameOf = useCallback((id: string) => people.get(id)?.displayName ?? id, [people]);

  // ---------------------------------------------------------------------------------------------------------------
  // Saving

  const immediate = useMutation(
    async (signal, edit: RosterEdit) => {
      if (!adapter || roomId === undefined) return edit;
      if (edit.upserts.length > 0) await adapter.upsertParticipants(roomId, edit.upserts, { signal });
      if (edit.removals.length > 0) await adapter.removeParticipants(roomId, edit.removals, { signal });
      return edit;
    },
    {
      optimistic: (edit) => {
        const ids = idsOf(edit);
        setBoundDraft((d) => (d === edit.before ? edit.after : applyRosterChanges(d, edit)));
        setPending((p) => new Set([...p, ...ids]));
        setFailures((f) => withoutKeys(f, ids));
        return () => setBoundDraft((d) => rollBack(d, edit));
      },
      onSuccess: (_result, edit) => {
        // The change is already on screen; confirming it can wait for the next frame, so a fast backend does not
        // hold up the paint of the optimistic change.
        startTransition(() => {
          // The same array as the draft when nothing else changed meanwhile, so the next diff is free.
          setBaseline((b) => (b === edit.before ? edit.after : applyRosterChanges(b, edit)));
          setPending((p) => withoutItems(p, idsOf(edit)));
          setConnectionLost(false);
          setNotice({
            intent: 'success',
            text: edit.done,
            canUndo: edit.inverse !== undefined,
            canRetry: false,
            undoEdit: edit,
          });
          setAnnouncement(edit.done);
        });
      },
      onError: (error, edit) => {
        const ids = idsOf(edit);
        setPending((p) => withoutItems(p, ids));
        if (error.code === 'aborted') return;
        if (error.code === 'network') {
          // Offline: the edit is kept as an unsaved change rather than lost; it is saved when the user is back.
          setBoundDraft((d) => applyRosterChanges(d, edit));
          setConnectionLost(true);
          setNotice(undefined);
          return;
        }
        setFailures((f) => {
          const next = new Map(f);
          for (const id of failedIds(error, ids)) next.set(id, failureText(error, id, strings));
          return next;
        });
        const text = format(s.rolledBack, { message: strings.errors[error.code] });
        setNotice({ intent: 'error', text, canUndo: false, canRetry: true, retryEdit: edit });
        setAnnouncement(text);
      },
    },
  );

  const saveStep = useRef<'upsert' | 'remove'>('upsert');
  const saveDraft = useMutation(
    async (signal, plan: RosterSavePlan, saved: readonly RoomParticipant[]) => {
      if (!adapter || roomId === undefined) return saved;
      if (plan.upserts.length > 0) {
        saveStep.current = 'upsert';
        await adapter.upsertParticipants(roomId, plan.upserts, { signal });
        // The upsert landed even if the removal fails: the saved roster must say so.
        setBaseline((b) => applyRosterChanges(b, { upserts: plan.upserts }));
      }
      if (plan.removals.length > 0) {
        saveStep.current = 'remove';
        await adapter.removeParticipants(roomId, plan.removals, { signal });
      }
      return applyRosterChanges(saved, plan);
    },
    {
      onSuccess: (result, plan, _saved) => {
        setBaseline((b) => applyRosterChanges(b, plan));
        setFailures((f) => withoutKeys(f, idsOf(plan)));
        setConnectionLost(false);
        setNotice({ intent: 'success', text: s.saved, canUndo: false, canRetry: false });
        setAnnouncement(s.saved);
        onSaved?.(result.map((p) => ({ id: p.id, role: p.role })));
      },
      onError: (error, plan, _saved) => {
        if (error.code === 'aborted') return;
        if (error.code === 'network') setConnectionLost(true);
        const sent = saveStep.current === 'upsert' ? plan.upserts.map((p) => p.id) : plan.removals;
        setFailures((f) => {
          const next = new Map(f);
          for (const id of failedIds(error, sent)) next.set(id, failureText(error, id, strings));
          return next;
        });
        const text = format(s.saveFailed, { message: strings.errors[error.code] });
        setNotice(error.code === 'network' ? undefined : { intent: 'error', text, canUndo: false, canRetry: true });
        setAnnouncement(text);
      },
    },
  );
  const saving = saveDraft.status === 'pending';

  // ---------------------------------------------------------------------------------------------------------------
  // Changes made elsewhere

  const live = useRosterLiveUpdates({
    adapter: bound ? adapter : undefined,
    roomId,
    ready: load.status === 'ready',
    baseline,
    draft: boundDraft,
    setBaseline,
    setDraft: setBoundDraft,
    inFlight: saving || pending.size > 0,
    pageSize,
    ensure,
    strings,
    format,
    nameOf,
    announce: setAnnouncement,
  });
  // A room deleted elsewhere has no roster left to change: what is on screen stays, to read.
  const readOnly = readOnlyProp || live.deleted;

  const saveNow = useCallback(
    async (retrying = false): Promise<boolean> => {
      // A retry is the user saying the connection may be back, so only the browser's own offline status stops it.
      if (!bound || saving || !online || (connectionLost && !retrying)) return false;
      const plan = planRosterSave(diff);
      if (plan.upserts.length === 0 && plan.removals.length === 0) return true;
      setReviewOpen(false);
      const result = await saveDraft.run(plan, baseline);
      return result !== undefined;
    },
    [bound, saving, online, connectionLost, diff, saveDraft, baseline],
  );

  const discard = useCallback(() => {
    if (!bound) return;
    setBoundDraft(baseline);
    setFailures(EMPTY_FAILURES);
    setReviewOpen(false);
    setNotice(undefined);
  }, [bound, baseline]);

  // ---------------------------------------------------------------------------------------------------------------
  // Edits

  const commit = useCallback(
    (changes: { upserts: RoomParticipantInput[]; removals: string[] }, done: string) => {
      if (readOnly) return;
      const ids = idsOf(changes);
      if (ids.length === 0) return;
      setAnnouncement(done);
      if (!bound) {
        setControlledDraft(applyRosterChanges(controlledDraft, changes));
        return;
      }
      if (saveMode === 'staged' || offline) {
        setBoundDraft((d) => applyRosterChanges(d, changes));
        setFailures((f) => withoutKeys(f, ids));
        return;
      }
      const before = boundDraft;
      const beforeRoles = new Map<string, RoomRole>();
      const touched = new Set(ids);
      for (const p of before) if (touched.has(p.id)) beforeRoles.set(p.id, p.role);
      const inverse = inverseOf(beforeRoles, changes);
      void immediate.run({
        ...changes,
        before,
        after: applyRosterChanges(before, changes),
        done,
        inverse: inverse.upserts.length + inverse.removals.length > 0 ? inverse : undefined,
      });
    },
    [readOnly, bound, saveMode, offline, controlledDraft, setControlledDraft, boundDraft, immediate],
  );

  const roleName = useCallback((role: RoomRole) => strings.organisers.roles[role].name, [strings.organisers.roles]);
  // The role inside a sentence, with its article where the language has one: "is now an Attendee".
  const roleInSentence = useCallback(
    (role: RoomRole) => strings.organisers.roles[role].inSentence,
    [strings.organisers.roles],
  );

  const [addRole, setAddRole] = useControllableState<RoomRole>({
    value: addRoleProp,
    defaultValue: defaultRole,
    onChange: onAddRoleChange,
  });
  const { ids: rosterIds, set: draftIds } = useMembership(draft);

  // Names for participants added later (and for every participant of a controlled editor). Keyed on who is on the
  // roster, not on roles, so a role change does not walk 10,000 ids again.
  useEffect(() => {
    if (load.status !== 'ready') return;
    const controller = new AbortController();
    void ensure(rosterIds, controller.signal);
    return () => controller.abort();
  }, [rosterIds, ensure, load.status]);

  const addParticipants = useCallback(
    (added: RoomParticipant[]): number => {
      const fresh = added.filter((p) => !draftIds.has(p.id));
      if (fresh.length === 0) return 0;
      const first = fresh[0];
      const done =
        fresh.length === 1 && first
          ? format(s.addedOne, { name: nameOf(first.id), role: roleInSentence(first.role) })
          : format(s.addedMany, { count: fresh.length });
      commit({ upserts: fresh.map((p) => ({ id: p.id, role: p.role })), removals: [] }, done);
      return fresh.length;
    },
    [draftIds, commit, format, s.addedOne, s.addedMany, nameOf, roleInSentence],
  );

  const [scrollTarget, setScrollTarget] = useState<string | undefined>(undefined);

  const addPerson = useCallback(
    (person: Person) => {
      const parsed = parseParticipantId(person.id);
      if (!parsed.ok || draftIds.has(parsed.rawId)) return;
      // A pasted id the directory does not know comes back with the id as its name: leave it to `ensure`.
      if (person.displayName && person.displayName !== person.id) remember([person]);
      const done = format(s.addedOne, {
        name: person.displayName || parsed.rawId,
        role: roleInSentence(addRole),
      });
      commit({ upserts: [{ id: parsed.rawId, role: addRole }], removals: [] }, done);
      setScrollTarget(parsed.rawId);
    },
    [draftIds, remember, format, s.addedOne, roleInSentence, addRole, commit],
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
      const wanted = new Set(ids);
      const changing: string[] = [];
      // One pass over the draft, no map of everyone: a single role change in 10,000 rows stays cheap.
      for (const p of draft) if (wanted.has(p.id) && p.role !== role) changing.push(p.id);
      const first = changing[0];
      if (first === undefined) return;
      const done =
        changing.length === 1
          ? format(s.roleChangedOne, { name: nameOf(first), role: roleInSentence(role) })
          : format(s.roleChangedMany, { count: changing.length, role: roleName(role) });
      commit({ upserts: changing.map((id) => ({ id, role })), removals: [] }, done);
    },
    [draft, commit, format, s.roleChangedOne, s.roleChangedMany, nameOf, roleName, roleInSentence],
  );

  const removeIds = useCallback(
    (ids: readonly string[]) => {
      const removing = ids.filter((id) => draftIds.has(id));
      const first = removing[0];
      if (first === undefined) return;
      const done =
        removing.length === 1
          ? format(s.removedOne, { name: nameOf(first) })
          : format(s.removedMany, { count: removing.length });
      commit({ upserts: [], removals: removing }, done);
    },
    [draftIds, commit, format, s.removedOne, s.removedMany, nameOf],
  );

  const restore = useCallback(
    (id: string) => {
      const saved = baseline.find((p) => p.id === id);
      if (saved) commit({ upserts: [{ id, role: saved.role }], removals: [] }, format(s.undone));
      else commit({ upserts: [], removals: [id] }, format(s.undone));
    },
    [baseline, commit, format, s.undone],
  );

  const undo = useCallback(() => {
    const edit = notice?.undoEdit;
    if (!edit?.inverse) return;
    setNotice(undefined);
    commit(edit.inverse, s.undone);
  }, [notice, commit, s.undone]);

  const retry = useCallback(() => {
    if (connectionLost) {
      setConnectionLost(false);
      if (dirty) void saveNow(true);
      return;
    }
    const edit = notice?.retryEdit;
    setNotice(undefined);
    if (edit) commit({ upserts: edit.upserts, removals: edit.removals }, edit.done);
    else void saveNow();
  }, [connectionLost, dirty, notice, commit, saveNow]);

  const { conflicts } = live;
  const takeTheirs = useCallback(
    (ids: readonly string[]) => {
      const first = ids[0];
      if (first === undefined) return;
      live.takeTheirs(ids);
      setAnnouncement(
        ids.length === 1
          ? format(s.conflictTookTheirs, { name: nameOf(first) })
          : format(s.conflictTookTheirsMany, {
              count: ids.length,
            }),
      );
    },
    [live, format, s.conflictTookTheirs, s.conflictTookTheirsMany, nameOf],
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
      else setAnnouncement(done);
    },
    [live, format, s.conflictKeptMine, s.conflictKeptMineMany, nameOf, saveMode, commit],
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
          : format(s.conflictOne, { name: nameOf(first), role: roleInSentence(conflict.theirs) }),
      count: 1,
    };
  }, [conflictIds, conflicts, format, s.conflictMany, s.conflictOne, s.conflictOneRemoved, nameOf, roleInSentence]);

  // ---------------------------------------------------------------------------------------------------------------
  // Filters, sort, selection

  const [showIds, setShowIds] = useControllableState({
    value: showIdsProp,
    defaultValue: defaultShowIds,
    onChange: onShowIdsChange,
  });
  const [filterText, setFilterText] = useControllableState({
    value: filterTextProp,
    defaultValue: defaultFilterText,
    onChange: onFilterTextChange,
  });
  const [roleFilterValue, setRoleFilter] = useControllableState<RoomRole | null>({
    value: roleFilterProp,
    defaultValue: defaultRoleFilter,
    onChange: onRoleFilterChange,
  });
  const roleFilter = roleFilterValue ?? null;
  const [sortValue, setSort] = useControllableState<RosterSort>({
    value: sortProp,
    defaultValue: defaultSort,
    onChange: onSortChange,
  });
  const sort: Required<RosterSort> = useMemo(
    () => ({ by: sortValue.by, direction: sortValue.direction ?? 'ascending' }),
    [sortValue.by, sortValue.direction],
  );
  const [selected, setSelected] = useControllableState<ReadonlySet<string>>({
    value: selectedIdsProp,
    defaultValue: defaultSelectedIds,
    onChange: onSelectionChange,
  });

  const ranks = useMemo(() => rankByName(people.keys(), (id) => people.get(id)?.displayName, locale), [people, locale]);
  // Search texts are folded once per person and kept until the directory's answers change.
  const searchTexts = useMemo(() => {
    const cache = new Map<string, string>();
    return (id: string): string => {
      let text = cache.get(id);
      if (text === undefined) {
        const person = people.get(id);
        text = rosterSearchText(id, person?.displayName, person?.secondaryText);
        cache.set(id, text);
      }
      return text;
    };
  }, [people]);

  // Folding 10,000 names takes tens of milliseconds: done in small tasks right after the roster shows, the first
  // keystroke in the filter does not pay for it.
  useEffect(() => {
    if (load.status !== 'ready' || rosterIds.length < WARM_THRESHOLD) return;
    let cancelled = false;
    let next = 0;
    const ids = rosterIds;
    const step = () => {
      if (cancelled) return;
      const end = Math.min(ids.length, next + WARM_CHUNK);
      for (; next < end; next++) searchTexts(ids[next] ?? '');
      if (next < ids.length) schedule(step);
    };
    schedule(step);
    return () => {
      cancelled = true;
    };
  }, [searchTexts, load.status, rosterIds]);

  const entries = useMemo((): RosterEntry[] => {
    const from = new Map(diff.roleChanged.map((c) => [c.id, c.from]));
    const added = new Set(diff.added.map((p) => p.id));
    const list: RosterEntry[] = draft.map((p) => ({
      id: p.id,
      role: p.role,
      change: added.has(p.id) ? 'added' : from.has(p.id) ? 'roleChanged' : undefined,
      previousRole: from.get(p.id),
    }));
    for (const p of diff.removed) {
      if (!pending.has(p.id)) list.push({ id: p.id, role: p.role, change: 'removed', previousRole: undefined });
    }
    return list;
  }, [draft, diff, pending]);

  const shown = useMemo(() => {
    const words = foldRosterText(filterText).split(/\s+/).filter(Boolean);
    const filtered =
      words.length === 0 && roleFilter === null
        ? entries
        : entries.filter((entry) => {
            if (roleFilter !== null && entry.role !== roleFilter) return false;
            if (words.length === 0) return true;
            const text = searchTexts(entry.id);
            return words.every((word) => text.includes(word));
          });
    return sortRoster(filtered, sort, ranks);
  }, [entries, filterText, roleFilter, sort, ranks, searchTexts]);

  const roleCounts = useMemo(() => countRoles(draft), [draft]);
  const interactive = interactiveCountOf(roleCounts);

  const { selectedShown, selectableShown } = useMemo(() => {
    let selectable = 0;
    let chosen = 0;
    for (const entry of shown) {
      if (entry.change === 'removed') continue;
      selectable++;
      if (selected.size > 0 && selected.has(entry.id)) chosen++;
    }
    return { selectedShown: chosen, selectableShown: selectable };
  }, [shown, selected]);
  const allShownSelected: boolean | 'mixed' =
    selectedShown === 0 ? false : selectedShown === selectableShown ? true : 'mixed';
  const selectedPresent = useMemo(() => [...selected].filter((id) => draftIds.has(id)), [selected, draftIds]);

  const toggleSelected = useCallback(
    (id: string, on: boolean) => {
      const next = new Set(selected);
      if (on) next.add(id);
      else next.delete(id);
      setSelected(next);
    },
    [selected, setSelected],
  );
  const toggleAllShown = useCallback(
    (on: boolean) => {
      const next = new Set(selected);
      for (const entry of shown) {
        if (entry.change === 'removed') continue;
        if (on) next.add(entry.id);
        else next.delete(entry.id);
      }
      setSelected(next);
    },
    [selected, shown, setSelected],
  );
  const clearSelection = useCallback(() => setSelected(EMPTY_SET), [setSelected]);

  // ---------------------------------------------------------------------------------------------------------------
  // The virtual list and keyboard navigation

  const rowHeight = ROW_HEIGHT[size];
  const {
    scrollRef,
    virtualizer: rowVirtualizer,
    activeIndex,
    onGridKeyDown,
    onRowFocus,
    focusLater,
  } = useRosterGrid({
    count: shown.length,
    keyOf: (index) => shown[index]?.id ?? index,
    rowHeight,
    listHeight,
    dir,
  });

  useEffect(() => {
    if (scrollTarget === undefined) return;
    const index = shown.findIndex((e) => e.id === scrollTarget);
    if (index >= 0) rowVirtualizer.scrollToIndex(index, { align: 'auto' });
    setScrollTarget(undefined);
  }, [scrollTarget, shown, rowVirtualizer]);

  const removeFromRow = useCallback(
    (id: string) => {
      const index = shown.findIndex((e) => e.id === id);
      removeIds([id]);
      // The row (or its Remove button) goes away; focus stays in the same place of the list.
      if (index >= 0) focusLater(index, 'actions');
    },
    [shown, removeIds, focusLater],
  );
  const restoreFromRow = useCallback(
    (id: string) => {
      const index = shown.findIndex((e) => e.id === id);
      restore(id);
      if (index >= 0) focusLater(index, 'actions');
    },
    [shown, restore, focusLater],
  );

  const conflictOf = (id: string, name: string): RosterRowState['conflict'] => {
    const conflict = conflicts.get(id);
    if (!conflict) return undefined;
    const valueName = (value: RoomRole | null) => (value === null ? s.conflictValueRemoved : roleName(value));
    return {
      kind: conflict.theirs === null ? 'removed' : 'changed',
      text:
        conflict.theirs === null ? s.conflictRemoved : format(s.conflictChanged, { role: roleName(conflict.theirs) }),
      menuLabel: format(s.conflictResolve, { name }),
      theirsLabel: format(s.conflictTakeTheirs, { value: valueName(conflict.theirs) }),
      mineLabel: format(s.conflictKeepMine, { value: valueName(conflict.mine) }),
    };
  };
  const virtualRows = rowVirtualizer.getVirtualItems().flatMap((item) => {
    const entry = shown[item.index];
    if (!entry) return [];
    const person = people.get(entry.id);
    const name = person?.displayName ?? entry.id;
    const row: RosterRowState = {
      id: entry.id,
      index: item.index,
      role: entry.role,
      name,
      secondaryText: person ? person.secondaryText : s.unknownPerson,
      known: person !== undefined,
      change: pending.has(entry.id) ? undefined : entry.change,
      previousRoleName: entry.previousRole ? roleName(entry.previousRole) : undefined,
      pending: pending.has(entry.id),
      failure: failures.get(entry.id),
      selected: selected.has(entry.id),
      conflict: conflictOf(entry.id, name),
      labels: {
        select: format(s.selectRow, { name }),
        role: format(s.roleOf, { name }),
        remove: format(s.removeRow, { name }),
        restore: format(s.restoreRow, { name }),
      },
      nameId: `${idBase}-name-${item.index}`,
    };
    return [{ item, row }];
  });

  // ---------------------------------------------------------------------------------------------------------------
  // Bulk import

  const bulk = useRosterBulk({
    strings,
    rosterIds: draftIds,
    defaultRole: addRole,
    maxRows: maxBulkRows,
    add: addParticipants,
  });
  const reportScrollRef = useRef<HTMLDivElement>(null);
  const fileInputRef = useRef<HTMLInputElement>(null);
  // As in useRosterGrid: the virtualizer is read fresh every render, never memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const reportVirtualizer = useVirtualizer({
    count: bulk.state.reportRows.length,
    getScrollElement: () => reportScrollRef.current,
    estimateSize: () => REPORT_ROW_HEIGHT,
    overscan: REPORT_OVERSCAN,
    initialRect: { width: 0, height: REPORT_HEIGHT },
    observeElementRect: (instance, callback) =>
      observeElementRect(instance, (rect) =>
        callback(rect.height > 0 ? rect : { width: rect.width, height: REPORT_HEIGHT }),
      ),
  });
  const virtualReportRows = reportVirtualizer.getVirtualItems().flatMap((item) => {
    const row = bulk.state.reportRows[item.index];
    return row ? [{ item, row }] : [];
  });

  // ---------------------------------------------------------------------------------------------------------------
  // Reporting to the parent

  const lastDirty = useRef(false);
  useEffect(() => {
    if (lastDirty.current === dirty) return;
    lastDirty.current = dirty;
    onDirtyChange?.(dirty);
  }, [dirty, onDirtyChange]);

  const lastDraft = useRef(draft);
  useEffect(() => {
    if (!bound || lastDraft.current === draft) return;
    lastDraft.current = draft;
    onDraftChange?.(
      draft.map((p) => ({ id: p.id, role: p.role })),
      diff,
    );
  }, [bound, draft, diff, onDraftChange]);

  useImperativeHandle(
    imperativeRef,
    (): RosterEditorHandle => ({
      getDraft: () => draft.map((p) => ({ id: p.id, role: p.role })),
      getDiff: () => diff,
      isDirty: () => dirty,
      save: () => saveNow(),
      discard,
      reload: () => setReloadKey((k) => k + 1),
    }),
    [draft, diff, dirty, saveNow, discard],
  );

  const plan = useMemo(() => planRosterSave(diff), [diff]);
  const offlineNotice: RosterNotice | undefined = offline
    ? {
        intent: 'warning',
        text: dirty ? format(s.offlineWithChanges, { count: dirtyCount }) : s.offlineNoChanges,
        canUndo: false,
        // The browser says it is online, yet a request failed: let the user say when to try again.
        canRetry: online,
      }
    : undefined;

  const actions = useStableActions<RosterEditorActions>({
    addPerson,
    addPeople,
    setAddRole,
    changeRole: (id, role) => changeRoles([id], role),
    remove: removeFromRow,
    restore: restoreFromRow,
    toggleSelected,
    toggleAllShown,
    clearSelection,
    changeSelectedRole: (role) => changeRoles(selectedPresent, role),
    removeSelected: () => {
      removeIds(selectedPresent);
      clearSelection();
    },
    setFilterText,
    setRoleFilter,
    clearFilters: () => {
      setFilterText('');
      setRoleFilter(null);
    },
    sortBy: (by) =>
      setSort({
        by,
        direction: sort.by === by && sort.direction === 'ascending' ? 'descending' : 'ascending',
      }),
    setShowIds,
    retryLoad: () => setReloadKey((k) => k + 1),
    setReviewOpen,
    save: () => void saveNow(),
    discard,
    undo,
    retry,
    dismissNotice: () => setNotice(undefined),
    takeTheirs: (id) => takeTheirs([id]),
    keepMine: (id) => keepMine([id]),
    takeAllTheirs: () => takeTheirs(conflictIds),
    keepAllMine: () => keepMine(conflictIds),
    reloadLive: live.reload,
    bulk: bulk.actions,
    onGridKeyDown,
    onRowFocus,
  });
  // Shared by every row; changes only with the settings, so unchanged rows skip rendering.
  const rowContext = useMemo(
    (): RosterRowContext => ({ strings, format, readOnly, showIds, roles, rowHeight, actions }),
    [strings, format, readOnly, showIds, roles, rowHeight, actions],
  );

  return {
    root: { ...rest, ref },
    className,
    strings,
    format,
    mode: bound ? 'bound' : 'controlled',
    saveMode,
    size,
    rowHeight,
    // A short roster is as tall as its rows (at least one, so "no one matches" keeps its place), a long one scrolls.
    listHeight: Math.min(listHeight, Math.max(rowHeight, rowVirtualizer.getTotalSize())),
    readOnly,
    adapter,
    status: load.status,
    loadedCount: load.loaded,
    loadErrorCode: load.code,
    offline,
    saving,
    titleId,
    title: load.status === 'ready' ? format(s.titleWithCount, { count: draft.length }) : s.title,
    hintId,
    total: draft.length,
    shownCount: shown.length,
    roleCounts,
    interactive,
    interactiveLimit,
    roles,
    diff,
    dirtyCount,
    saveRequestCount: (plan.upserts.length > 0 ? 1 : 0) + (plan.removals.length > 0 ? 1 : 0),
    reviewOpen,
    nameOf,
    notice: offlineNotice ?? notice,
    conflictNotice,
    deleted: live.deleted,
    liveReloadFailed: live.reloadFailed,
    announcement,
    addRole,
    rosterIds,
    filterText,
    roleFilter,
    sort,
    showIds,
    selectedCount: selectedPresent.length,
    allShownSelected,
    bulk: bulk.state,
    scrollRef,
    reportScrollRef,
    virtualRows,
    totalHeight: rowVirtualizer.getTotalSize(),
    virtualReportRows,
    reportTotalHeight: reportVirtualizer.getTotalSize(),
    reportRowHeight: REPORT_ROW_HEIGHT,
    // The border's two pixels keep a short report from scrolling.
    reportHeight: Math.min(REPORT_HEIGHT, bulk.state.reportRows.length * REPORT_ROW_HEIGHT + 2),
    verdictOf: bulk.verdictOf,
    activeIndex,
    actions,
    rowContext,
    fileInputRef,
  };
}
