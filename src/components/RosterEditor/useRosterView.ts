import { useCallback, useEffect, useMemo } from 'react';
import type { Person, RoomParticipant } from '../../adapter/types';
import {
  filterRoster,
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
  /** The rows shown, filtered and sorted. */
  readonly shown: readonly RosterEntry[];
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
 * it), and filtered with `src/core`'s {@link filterRoster} over search texts folded once per person.
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
  // The order depends on roles only when sorting by role: under a name sort a role change keeps it.
  const rolesForOrder = sort.by === 'role' ? draft : undefined;
  const order = useMemo((): readonly string[] => {
    const rows: readonly RoomParticipant[] = rolesForOrder ?? rosterIds.map((id) => ({ id, role: 'Attendee' }));
    return sortRoster(removed.length > 0 ? [...rows, ...removed] : rows, sort, ranks).map((p) => p.id);
  }, [rolesForOrder, rosterIds, removed, sort, ranks]);

  const entries = useMemo((): readonly RosterEntry[] => {
    const roles = new Map<string, RoomRole>();
    for (const p of draft) roles.set(p.id, p.role);
    for (const p of removed) roles.set(p.id, p.role);
    const from = new Map(diff.roleChanged.map((c) => [c.id, c.from]));
    const added = new Set(diff.added.map((p) => p.id));
    return order.map((id): RosterEntry => {
      const role = roles.get(id) ?? 'Attendee';
      const change: RosterRowChange | undefined = !rosterIdSet.has(id)
        ? 'removed'
        : added.has(id)
          ? 'added'
          : from.has(id)
            ? 'roleChanged'
            : undefined;
      return { id, role, change, previousRole: from.get(id) };
    });
  }, [order, draft, removed, diff.roleChanged, diff.added, rosterIdSet]);

  const shown = useMemo(
    () => filterRoster(entries, { text: filterText, role: roleFilter ?? undefined }, { searchTextOf }),
    [entries, filterText, roleFilter, searchTextOf],
  );

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
        for (const entry of shown) {
          if (entry.change === 'removed') continue;
          if (on) next.add(entry.id);
          else next.delete(entry.id);
        }
        return next;
      }),
    [shown, setSelected],
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
