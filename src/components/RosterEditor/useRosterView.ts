import { useCallback, useEffect, useMemo } from 'react';
import type { Person, RoomParticipant } from '../../adapter/types';
import {
  rosterMatcher,
  rankByName,
  rosterSearchText,
  sortRoster,
  type RosterDiff,
  type RosterSort,
} from '../../core/roster';
import type { RoomRole } from '../../core/roles';
import { useControllableState } from '../../hooks/useControllableState';
import type { RosterEditorProps, RosterRowChange } from './RosterEditor.types';
import type { RosterViewState } from './rosterEditorState.types';

const EMPTY_SET: ReadonlySet<string> = new Set();
const NO_ROWS: readonly RoomParticipant[] = Object.freeze([]);
const DEFAULT_SORT: Required<RosterSort> = { by: 'name', direction: 'ascending' };
const WARM_THRESHOLD = 500;
const WARM_CHUNK = 2000;

/** One row before it is rendered: cheap to build for 10,000 participants. */
export interface RosterEntry extends RoomParticipant {
  readonly change: RosterRowChange | undefined;
  readonly previousRole: RoomRole | undefined;
}

/** Options of {@link useRosterView}: the editor's view props, and the roster it shows. */
export interface UseRosterViewOptions extends Pick<
  RosterEditorProps,
  | 'showIds'
  | 'defaultShowIds'
  | 'onShowIdsChange'
  | 'filterText'
  | 'defaultFilterText'
  | 'onFilterTextChange'
  | 'roleFilter'
  | 'defaultRoleFilter'
  | 'onRoleFilterChange'
  | 'sort'
  | 'defaultSort'
  | 'onSortChange'
  | 'selectedIds'
  | 'defaultSelectedIds'
  | 'onSelectionChange'
> {
  /** The draft (or the controlled roster). */
  draft: readonly RoomParticipant[];
  /** The draft's ids, the same array while only roles change. */
  rosterIds: readonly string[];
  /** The draft's ids as a set. */
  rosterIdSet: ReadonlySet<string>;
  /** Unsaved changes, for the rows' marks and the removed rows a staged draft still shows. */
  diff: RosterDiff;
  /** Ids whose save is on its way: their mark waits for the answer. */
  pending: ReadonlySet<string>;
  /** The directory's answers so far. */
  people: ReadonlyMap<string, Person>;
  /** For collation. */
  locale: string;
  /** Whether the whole roster is in (search texts are warmed up only then). */
  ready: boolean;
}

/** What {@link useRosterView} gives the editor. */
export interface RosterView {
  /** What the toolbar and the header show. */
  readonly state: RosterViewState;
  /** The ids shown, filtered and sorted (the same array while a role change leaves them as they are). */
  readonly shown: readonly string[];
  /** What a row shows of an id: its role and how it differs from the saved roster. */
  readonly entryOf: (id: string) => RosterEntry;
  /** Ids selected and still on the roster. */
  readonly selectedPresent: readonly string[];
  /** Whether an id is selected. */
  readonly selected: ReadonlySet<string>;
  readonly setFilterText: (text: string) => void;
  readonly setRoleFilter: (role: RoomRole | null) => void;
  readonly sortBy: (by: RosterSort['by']) => void;
  readonly setShowIds: (show: boolean) => void;
  readonly toggleSelected: (id: string, on: boolean) => void;
  readonly toggleAllShown: (on: boolean) => void;
  readonly clearSelection: () => void;
}

/** Runs `task` in its own task after the current one, so input is never held up for long. */
function schedule(task: () => void): void {
  setTimeout(task, 0);
}

/**
 * The editor's view of its roster: filter text and role, sort, raw ids and selection, each controlled or not. The
 * order is worked out once per sort and per change of who is on the roster (a role change under a name sort keeps
 * it), and filtered with `src/core`'s {@link rosterMatcher} (the test {@link filterRoster} applies) over search texts folded
 * once per person.
 */
export function useRosterView(options: UseRosterViewOptions): RosterView {
  const { draft, rosterIds, rosterIdSet, diff, pending, people, locale, ready } = options;
  const [showIds, setShowIds] = useControllableState({
    value: options.showIds,
    defaultValue: options.defaultShowIds ?? false,
    onChange: options.onShowIdsChange,
    name: 'RosterEditor (showIds)',
  });
  const [filterText, setFilterText] = useControllableState({
    value: options.filterText,
    defaultValue: options.defaultFilterText ?? '',
    onChange: options.onFilterTextChange,
    name: 'RosterEditor (filterText)',
  });
  const [roleFilterValue, setRoleFilter] = useControllableState<RoomRole | null>({
    value: options.roleFilter,
    defaultValue: options.defaultRoleFilter ?? null,
    onChange: options.onRoleFilterChange,
    name: 'RosterEditor (roleFilter)',
  });
  const roleFilter = roleFilterValue ?? null;
  const [sortValue, setSort] = useControllableState<RosterSort>({
    value: options.sort,
    defaultValue: options.defaultSort ?? DEFAULT_SORT,
    onChange: options.onSortChange,
    name: 'RosterEditor (sort)',
  });
  const sort: Required<RosterSort> = useMemo(
    () => ({ by: sortValue.by, direction: sortValue.direction ?? 'ascending' }),
    [sortValue.by, sortValue.direction],
  );
  const [selected, setSelected] = useControllableState<ReadonlySet<string>>({
    value: options.selectedIds,
    defaultValue: options.defaultSelectedIds ?? EMPTY_SET,
    onChange: options.onSelectionChange,
    name: 'RosterEditor (selectedIds)',
  });

  const ranks = useMemo(() => rankByName(people.keys(), (id) => people.get(id)?.displayName, locale), [people, locale]);
  // Search texts are folded once per person and kept until the directory's answers change.
  const searchTextOf = useMemo(() => {
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
    if (!ready || rosterIds.length < WARM_THRESHOLD) return;
    let cancelled = false;
    let next = 0;
    const step = () => {
      if (cancelled) return;
      const end = Math.min(rosterIds.length, next + WARM_CHUNK);
      for (; next < end; next++) searchTextOf(rosterIds[next] ?? '');
      if (next < rosterIds.length) schedule(step);
    };
    schedule(step);
    return () => {
      cancelled = true;
    };
  }, [searchTextOf, ready, rosterIds]);

  // Removed rows of a staged draft stay in the list, marked, until saved; those whose removal is on its way do not.
  // Empty is one array, so a role change (whose diff has a new, empty `removed`) does not sort again.
  const removed = useMemo(() => {
    const rows = diff.removed.filter((p) => !pending.has(p.id));
    return rows.length === 0 ? NO_ROWS : rows;
  }, [diff.removed, pending]);
  // Where each id sits in the draft: kept while only roles change, so a role is read in O(1) for a row in view
  // instead of building a map of everyone on every change.
  const places = useMemo(() => new Map(rosterIds.map((id, index) => [id, index])), [rosterIds]);
  const entryOf = useMemo(() => {
    const removedRoles = new Map(removed.map((p) => [p.id, p.role]));
    const from = new Map(diff.roleChanged.map((c) => [c.id, c.from]));
    const added = new Set(diff.added.map((p) => p.id));
    return (id: string): RosterEntry => {
      const place = places.get(id);
      const role = (place === undefined ? undefined : draft[place]?.role) ?? removedRoles.get(id) ?? 'Attendee';
      const change: RosterRowChange | undefined =
        place === undefined ? 'removed' : added.has(id) ? 'added' : from.has(id) ? 'roleChanged' : undefined;
      return { id, role, change, previousRole: from.get(id) };
    };
  }, [places, draft, removed, diff.roleChanged, diff.added]);

  // The order depends on roles only when sorting by role: under a name sort a role change keeps it.
  const rolesForOrder = sort.by === 'role' ? draft : undefined;
  const order = useMemo((): readonly string[] => {
    const rows: readonly RoomParticipant[] = rolesForOrder ?? rosterIds.map((id) => ({ id, role: 'Attendee' }));
    return sortRoster(removed.length > 0 ? [...rows, ...removed] : rows, sort, ranks).map((p) => p.id);
  }, [rolesForOrder, rosterIds, removed, sort, ranks]);
  // Each row's search text, in the order's order, looked up once per order rather than once per keystroke.
  const searchTexts = useMemo(() => order.map(searchTextOf), [order, searchTextOf]);
  // Roles matter to the filter only while filtering by role.
  const rolesForFilter = roleFilter === null ? undefined : entryOf;
  const shown = useMemo((): readonly string[] => {
    const matches = rosterMatcher({ text: filterText, role: roleFilter ?? undefined });
    if (!matches) return order;
    // The ids in order with core's test of each, without an object per participant: 100,000 on every keystroke.
    const kept: string[] = [];
    for (let i = 0; i < order.length; i++) {
      const id = order[i] as string;
      if (matches(searchTexts[i] ?? '', rolesForFilter?.(id).role ?? 'Attendee')) kept.push(id);
    }
    return kept;
  }, [order, rolesForFilter, filterText, roleFilter, searchTexts]);

  const { selectedShown, selectableShown } = useMemo(() => {
    let selectable = 0;
    let chosen = 0;
    for (const id of shown) {
      if (!rosterIdSet.has(id)) continue;
      selectable++;
      if (selected.size > 0 && selected.has(id)) chosen++;
    }
    return { selectedShown: chosen, selectableShown: selectable };
  }, [shown, selected, rosterIdSet]);
  const selectedPresent = useMemo(() => [...selected].filter((id) => rosterIdSet.has(id)), [selected, rosterIdSet]);

  const toggleSelected = useCallback(
    (id: string, on: boolean) =>
      setSelected((current) => {
        const next = new Set(current);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    [setSelected],
  );
  const toggleAllShown = useCallback(
    (on: boolean) =>
      setSelected((current) => {
        const next = new Set(current);
        for (const id of shown) {
          if (!rosterIdSet.has(id)) continue;
          if (on) next.add(id);
          else next.delete(id);
        }
        return next;
      }),
    [shown, rosterIdSet, setSelected],
  );
  const clearSelection = useCallback(() => setSelected(EMPTY_SET), [setSelected]);
  const sortBy = useCallback(
    (by: RosterSort['by']) =>
      setSort((current) => ({
        by,
        direction: current.by === by && (current.direction ?? 'ascending') === 'ascending' ? 'descending' : 'ascending',
      })),
    [setSort],
  );

  const state = useMemo(
    (): RosterViewState => ({
      filterText,
      roleFilter,
      sort,
      showIds,
      selectedCount: selectedPresent.length,
      allShownSelected: selectedShown === 0 ? false : selectedShown === selectableShown ? true : 'mixed',
    }),
    [filterText, roleFilter, sort, showIds, selectedPresent.length, selectedShown, selectableShown],
  );

  return {
    state,
    shown,
    entryOf,
    selectedPresent,
    selected,
    setFilterText,
    setRoleFilter,
    sortBy,
    setShowIds,
    toggleSelected,
    toggleAllShown,
    clearSelection,
  };
}
