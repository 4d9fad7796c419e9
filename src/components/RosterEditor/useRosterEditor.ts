import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, type Ref } from 'react';
import type { RoomParticipant } from '../../adapter/types';
import { RoomsError } from '../../core/errors';
import {
  applyRosterChanges,
  countRoles,
  diffRoster,
  interactiveCountOf,
  planRosterSave,
  type RosterPlaces,
} from '../../core/roster';
import { DEFAULT_ROLE, INTERACTIVE_PARTICIPANT_LIMIT, isRoomRole, ROOM_ROLES, type RoomRole } from '../../core/roles';
import { useControllableState } from '../../hooks/useControllableState';
import { useComponentKit } from '../../provider/RoomsKitProvider';
import type { RosterEditorProps } from './RosterEditor.types';
import type { RosterEditorActions, RosterEditorState, RosterNotice, RosterRowContext } from './rosterEditorState.types';
import { useMembership, useRosterReports, useStableActions } from './rosterEditorHelpers';
import { useBoundRoster } from './useBoundRoster';
import { useRosterBulk } from './useRosterBulk';
import { useRosterEdits, type RosterChangeSet } from './useRosterEdits';
import { useRosterGrid } from './useRosterGrid';
import { useRosterLiveUpdates } from './useRosterLiveUpdates';
import { useRosterPeople } from './useRosterPeople';
import { rowsInView } from './rosterRows';
import { useRosterView } from './useRosterView';

const EMPTY_ROSTER: readonly RoomParticipant[] = Object.freeze([]);
const EMPTY_DIFF = { added: [], removed: [], roleChanged: [] };

/**
 * State and behaviour of {@link RosterEditor}, made of parts: the bound roster ({@link useBoundRoster}: load, save,
 * optimistic edits, offline), the edits ({@link useRosterEdits}), the view ({@link useRosterView}: filter, sort,
 * selection), the virtual grid and the bulk panel. This hook joins them and reports to the parent. No JSX.
 *
 * @example
 * ```tsx
 * const state = useRosterEditor({ roomId, saveMode: 'staged' }, ref);
 * state.draft.dirtyCount; // unsaved changes
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
    showIds,
    defaultShowIds,
    onShowIdsChange,
    filterText,
    defaultFilterText,
    onFilterTextChange,
    roleFilter,
    defaultRoleFilter,
    onRoleFilterChange,
    sort,
    defaultSort,
    onSortChange,
    selectedIds,
    defaultSelectedIds,
    onSelectionChange,
    maxBulkRows,
    pageSize = 100,
    resolveBatchSize = 500,
    className,
    strings: stringsProp,
    ...rest
  } = props;
  const kit = useComponentKit('rosterEditor', stringsProp);
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
  const roles = useMemo(
    () => rolesProp.filter((role, i) => isRoomRole(role) && rolesProp.indexOf(role) === i),
    [rolesProp],
  );
  const idBase = useId();
  const ids = useMemo(() => ({ title: `${idBase}-title`, hint: `${idBase}-hint`, bulk: `${idBase}-bulk` }), [idBase]);

  // The roster: the bound roster's draft, or the parent's value (controlled) or the editor's own (uncontrolled).
  const { people, ensure, remember } = useRosterPeople(adapter, resolveBatchSize);
  const placesRef = useRef<RosterPlaces | undefined>(undefined);
  const boundRoster = useBoundRoster({
    placesRef,
    adapter: bound ? adapter : undefined,
    roomId,
    saveMode,
    pageSize,
    ensure,
    strings,
    format,
    onSaved,
  });
  const emitChange = useCallback(
    (next: readonly RoomParticipant[]) => onChange?.(next.map((p) => ({ id: p.id, role: p.role }))),
    [onChange],
  );
  const [controlled, setControlled] = useControllableState<readonly RoomParticipant[]>({
    value: participants,
    defaultValue: defaultParticipants ?? EMPTY_ROSTER,
    onChange: onChange ? emitChange : undefined,
    name: 'RosterEditor (participants)',
  });
  const draft = bound ? boundRoster.draft : controlled;
  const baseline = bound ? boundRoster.baseline : controlled;
  const membership = useMembership(draft);
  // The bound roster's saves happen in events, after this render: they read the places as this render leaves them.
  useLayoutEffect(() => {
    placesRef.current = membership.places;
  }, [placesRef, membership.places]);
  const { load, pending, failures, announce } = boundRoster;
  const ready = !bound || load.status === 'ready';
  const diff = useMemo(() => (bound ? diffRoster(baseline, draft) : EMPTY_DIFF), [bound, baseline, draft]);
  const dirtyCount = useMemo(() => {
    let count = 0;
    for (const list of [diff.added, diff.removed, diff.roleChanged]) {
      for (const item of list) if (!pending.has(item.id)) count++;
    }
    return count;
  }, [diff, pending]);
  const dirty = dirtyCount > 0;
  const offline = bound && (!boundRoster.online || boundRoster.connectionLost);
  const nameOf = useCallback((id: string) => people.get(id)?.displayName ?? id, [people]);

  const live = useRosterLiveUpdates({
    adapter: bound ? adapter : undefined,
    roomId,
    ready: load.status === 'ready',
    baseline: boundRoster.baseline,
    draft: boundRoster.draft,
    setBaseline: boundRoster.setBaseline,
    setDraft: boundRoster.setDraft,
    inFlight: boundRoster.saving || pending.size > 0,
    pageSize,
    ensure,
    strings,
    format,
    nameOf,
    announce,
    places: membership.places,
  });
  // A room deleted elsewhere has no roster left to change: what is on screen stays, to read. While the rest of a
  // long roster loads, its first page is shown to read as well.
  const readOnly = readOnlyProp || live.deleted || !ready;

  const commit = useCallback(
    (changes: RosterChangeSet, done: string) => {
      if (readOnly) return;
      if (bound) boundRoster.commit(changes, done);
      else if (changes.upserts.length + changes.removals.length > 0) {
        announce(done);
        setControlled((current) => applyRosterChanges(current, changes, membership.places));
      }
    },
    [readOnly, bound, boundRoster, announce, setControlled, membership.places],
  );

  const [addRole, setAddRole] = useControllableState<RoomRole>({
    value: addRoleProp,
    defaultValue: defaultRole,
    onChange: onAddRoleChange,
    name: 'RosterEditor (addRole)',
  });
  // Names for participants added later (and for every participant of a controlled editor). Keyed on who is on the
  // roster, not on roles, so a role change does not walk 10,000 ids again.
  useEffect(() => {
    if (!ready) return;
    const controller = new AbortController();
    void ensure(membership.ids, controller.signal);
    return () => controller.abort();
  }, [membership.ids, ensure, ready]);

  const edits = useRosterEdits({
    draft,
    baseline,
    rosterIdSet: membership.set,
    places: membership.places,
    commit,
    announce,
    addRole,
    saveMode,
    live,
    nameOf,
    remember,
    strings,
    format,
  });

  const view = useRosterView({
    ...{ showIds, defaultShowIds, onShowIdsChange, filterText, defaultFilterText, onFilterTextChange },
    ...{ roleFilter, defaultRoleFilter, onRoleFilterChange, sort, defaultSort, onSortChange },
    ...{ selectedIds, defaultSelectedIds, onSelectionChange },
    draft,
    rosterIds: membership.ids,
    rosterIdSet: membership.set,
    diff,
    pending,
    people,
    locale,
    ready,
  });

  const grid = useRosterGrid({ shown: view.shown, size, readOnly, listHeight, dir });
  const { rowHeight, stacked, keepFocus } = grid;

  const bulk = useRosterBulk({
    strings,
    format,
    rosterIds: membership.set,
    defaultRole: addRole,
    maxRows: maxBulkRows,
    add: edits.addParticipants,
  });
  const fileInputRef = useRef<HTMLInputElement>(null);

  const saveNow = useCallback((retrying?: boolean) => boundRoster.saveNow(diff, retrying), [boundRoster, diff]);
  useRosterReports({
    bound,
    draft,
    diff,
    dirty,
    onDirtyChange,
    onDraftChange,
    imperativeRef,
    saveNow: () => saveNow(),
    discard: boundRoster.discard,
    reload: load.retry,
  });

  const actions = useStableActions<RosterEditorActions>({
    addPerson: (person) => {
      const id = edits.addPerson(person);
      if (id !== undefined) grid.revealLater(id);
    },
    addPeople: edits.addPeople,
    setAddRole,
    changeRole: (id, role) => edits.changeRoles([id], role),
    remove: (id) => keepFocus(id, (one) => edits.removeIds([one])),
    restore: (id) => keepFocus(id, edits.restore),
    toggleSelected: view.toggleSelected,
    toggleAllShown: view.toggleAllShown,
    clearSelection: view.clearSelection,
    changeSelectedRole: (role) => edits.changeRoles(view.selectedPresent, role),
    removeSelected: () => {
      edits.removeIds(view.selectedPresent);
      view.clearSelection();
    },
    setFilterText: view.setFilterText,
    setRoleFilter: view.setRoleFilter,
    clearFilters: () => {
      view.setFilterText('');
      view.setRoleFilter(null);
    },
    sortBy: view.sortBy,
    setShowIds: view.setShowIds,
    retryLoad: load.retry,
    setReviewOpen: boundRoster.setReviewOpen,
    save: () => void saveNow(),
    discard: boundRoster.discard,
    undo: boundRoster.undo,
    retry: () => boundRoster.retry(diff, dirty),
    dismissNotice: () => boundRoster.setNotice(undefined),
    takeTheirs: (id) => edits.takeTheirs([id]),
    keepMine: (id) => edits.keepMine([id]),
    takeAllTheirs: () => edits.takeTheirs(edits.conflictIds),
    keepAllMine: () => edits.keepMine(edits.conflictIds),
    reloadLive: live.reload,
    bulk: bulk.actions,
    onGridKeyDown: grid.onGridKeyDown,
    onRowFocus: grid.onRowFocus,
    idAt: (index) => view.shown[index],
  });
  // Shared by every row; changes only with the settings, so unchanged rows skip rendering.
  const rowContext = useMemo(
    (): RosterRowContext => ({
      strings,
      format,
      readOnly,
      showIds: view.state.showIds,
      roles,
      rowHeight,
      stacked,
      idBase,
      actions,
    }),
    [strings, format, readOnly, view.state.showIds, roles, rowHeight, stacked, idBase, actions],
  );
  const rows = rowsInView({
    virtualizer: grid.virtualizer,
    shown: view.shown,
    entryOf: view.entryOf,
    people,
    pending,
    failures,
    selected: view.selected,
    conflicts: live.conflicts,
    strings,
    format,
  });

  const roleCounts = useMemo(() => countRoles(draft), [draft]);
  // One object while nothing in it changes: the counts line is memoised on it.
  const counts = useMemo(
    () => ({
      total: draft.length,
      shown: view.shown.length,
      removed: diff.removed.length,
      byRole: roleCounts,
      interactive: interactiveCountOf(roleCounts),
      interactiveLimit,
    }),
    [draft.length, view.shown.length, diff.removed.length, roleCounts, interactiveLimit],
  );
  const plan = useMemo(() => planRosterSave(diff), [diff]);
  const offlineNotice: RosterNotice | undefined = offline
    ? {
        intent: 'warning',
        text: dirty ? format(s.offlineWithChanges, { count: dirtyCount }) : s.offlineNoChanges,
        canUndo: false,
        // The browser says it is online, yet a request failed: let the user say when to try again.
        canRetry: boundRoster.online,
      }
    : undefined;
  const totalHeight = grid.virtualizer.getTotalSize();

  return {
    root: { ...rest, ref },
    className,
    strings,
    format,
    mode: bound ? 'bound' : 'controlled',
    saveMode,
    size,
    readOnly,
    adapter,
    ids,
    title: ready ? format(s.titleWithCount, { count: draft.length }) : s.title,
    load: {
      status: bound ? load.status : 'ready',
      loadedCount: load.loadedCount,
      errorCode: load.error?.code,
    },
    counts,
    roles,
    draft: {
      diff,
      dirtyCount,
      saveRequestCount: (plan.upserts.length > 0 ? 1 : 0) + (plan.removals.length > 0 ? 1 : 0),
      offline,
      saving: boundRoster.saving,
      reviewOpen: boundRoster.reviewOpen,
      nameOf,
    },
    notices: {
      notice: offlineNotice ?? boundRoster.notice,
      conflict: edits.conflictNotice,
      deleted: live.deleted,
      liveReloadFailed: live.reloadFailed,
      announcement: boundRoster.announcement,
    },
    add: { role: addRole, rosterIds: membership.ids },
    view: view.state,
    bulk: { ...bulk.state, report: bulk.report, fileInputRef },
    list: {
      scrollRef: grid.scrollRef,
      rows,
      totalHeight,
      // A short roster is as tall as its rows (at least one, so "no one matches" keeps its place), a long one scrolls.
      height: Math.min(listHeight, Math.max(rowHeight, totalHeight)),
      rowHeight,
      activeIndex: grid.activeIndex,
      measureRef: grid.measureRef,
      stacked,
    },
    rowContext,
    actions,
  };
}
