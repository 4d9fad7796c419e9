import { useCallback, useId, useMemo } from 'react';
import type { Room, RoomCallSummary } from '../../adapter/types';
import { filterRooms, sortRooms, type RoomSort, type RoomSortKey } from '../../core/rooms';
import type { ValidityStatus } from '../../core/validity';
import { useControllableState } from '../../hooks/useControllableState';
import type { RoomsKitContextValue } from '../../provider/RoomsKitProvider';
import type {
  RoomListFiltersState,
  RoomListProps,
  RoomListSortableHeader,
  RoomListSortOption,
  RoomListSortState,
} from './RoomList.types';
import type { RoomListSearch } from './useRoomListSearch';

/** Statuses in the order the filter offers them: the order a room goes through. */
const STATUSES: readonly ValidityStatus[] = ['scheduled', 'open', 'ended'];
const SORT_KEYS: readonly RoomSortKey[] = ['start', 'end', 'created', 'status'];
const DEFAULT_SORT: RoomSort = { key: 'start', direction: 'ascending' };
const NO_STATUSES: readonly ValidityStatus[] = [];

/** Options of {@link useRoomListFilters}. */
export interface UseRoomListFiltersOptions extends Pick<
  RoomListProps,
  | 'statusFilter'
  | 'defaultStatusFilter'
  | 'onStatusFilterChange'
  | 'sort'
  | 'defaultSort'
  | 'onSortChange'
  | 'callFilter'
  | 'defaultCallFilter'
  | 'onCallFilterChange'
> {
  /** The kit's context: strings and formatting. */
  kit: RoomsKitContextValue;
  /** Whether the backend hears calls: only then is "In a call" offered. */
  callsHeard: boolean;
  /** The rooms the search shows. */
  searched: readonly Room[];
  /** The search, which "Clear filters" empties too. */
  search: Pick<RoomListSearch, 'text' | 'setText'>;
  /** The call going on in a room now. */
  callOf: (room: Room) => RoomCallSummary | undefined;
  /** The time statuses are read at. */
  now: Date;
}

/** What {@link useRoomListFilters} gives the list. */
export interface RoomListFilters {
  /** The rooms that pass every filter, in the chosen order. */
  readonly shown: readonly Room[];
  /** The filters' state and actions. */
  readonly filters: RoomListFiltersState;
  /** The sort's state and actions. */
  readonly sort: RoomListSortState;
}

const sortValueOf = (sort: RoomSort): string => `${sort.key}:${sort.direction}`;

function sortOptionLabel(
  strings: RoomsKitContextValue['strings']['roomList'],
  key: RoomSortKey,
  direction: RoomSort['direction'],
): string {
  const ascending = direction === 'ascending';
  switch (key) {
    case 'start':
      return ascending ? strings.sortOptions.startAscending : strings.sortOptions.startDescending;
    case 'end':
      return ascending ? strings.sortOptions.endAscending : strings.sortOptions.endDescending;
    case 'created':
      return ascending ? strings.sortOptions.createdAscending : strings.sortOptions.createdDescending;
    case 'status':
      return ascending ? strings.sortOptions.statusAscending : strings.sortOptions.statusDescending;
  }
}

/**
 * The list's status and "In a call" filters and its sort, each controlled or not (`statusFilter`, `sort`,
 * `callFilter` with their `default…` and `on…Change`), and the rooms that pass them in order.
 *
 * @example
 * ```ts
 * const { shown, filters, sort } = useRoomListFilters({ ...props, kit, callsHeard, searched, search, callOf, now });
 * ```
 */
export function useRoomListFilters(options: UseRoomListFiltersOptions): RoomListFilters {
  const { kit, callsHeard, searched, search, callOf, now } = options;
  const strings = kit.strings.roomList;
  const statusLabelId = useId();
  const [statuses, setStatuses] = useControllableState<readonly ValidityStatus[]>({
    value: options.statusFilter,
    defaultValue: options.defaultStatusFilter ?? NO_STATUSES,
    onChange: options.onStatusFilterChange as ((value: readonly ValidityStatus[]) => void) | undefined,
  });
  const [sort, setSort] = useControllableState({
    value: options.sort,
    defaultValue: options.defaultSort ?? DEFAULT_SORT,
    onChange: options.onSortChange,
  });
  const [callFilterValue, setCallFilter] = useControllableState({
    value: options.callFilter,
    defaultValue: options.defaultCallFilter ?? false,
    onChange: options.onCallFilterChange,
  });
  // Offered only where the backend hears calls; elsewhere no room could pass it.
  const callFilter = callsHeard && callFilterValue;

  const shown = useMemo(() => {
    const filtered = filterRooms(searched, { statuses }, now);
    return sortRooms(callFilter ? filtered.filter((room) => callOf(room) !== undefined) : filtered, sort, now);
  }, [searched, statuses, sort, now, callFilter, callOf]);

  const toggleStatus = useCallback(
    (status: ValidityStatus) => {
      const next = statuses.includes(status) ? statuses.filter((s) => s !== status) : [...statuses, status];
      // Kept in the filter's own order, so a controlled parent sees a stable value.
      setStatuses(STATUSES.filter((s) => next.includes(s)));
    },
    [statuses, setStatuses],
  );
  const { text, setText } = search;
  const clear = useCallback(() => {
    if (statuses.length > 0) setStatuses([]);
    if (text !== '') setText('');
    if (callFilter) setCallFilter(false);
  }, [statuses, text, setStatuses, setText, callFilter, setCallFilter]);

  const sortOptions = useMemo<RoomListSortOption[]>(
    () =>
      SORT_KEYS.flatMap((key) =>
        (['ascending', 'descending'] as const).map((direction) => ({
          value: sortValueOf({ key, direction }),
          label: sortOptionLabel(strings, key, direction),
          sort: { key, direction },
        })),
      ),
    [strings],
  );
  const setValue = useCallback(
    (value: string) => {
      const option = sortOptions.find((o) => o.value === value);
      if (option) setSort(option.sort);
    },
    [sortOptions, setSort],
  );
  const header = (keys: readonly RoomSortKey[]): RoomListSortableHeader => {
    const active = keys.includes(sort.key);
    return {
      sortDirection: active ? sort.direction : undefined,
      onSort: () =>
        setSort(
          active
            ? { key: sort.key, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' }
            : { key: keys[0] ?? 'start', direction: 'ascending' },
        ),
    };
  };

  return {
    shown,
    filters: {
      statusLabelId,
      statusOptions: STATUSES.map((status) => ({
        status,
        label: kit.strings.validity.status[status],
        pressed: statuses.includes(status),
      })),
      toggleStatus,
      call: callsHeard ? { label: strings.inCallFilter, pressed: callFilter } : undefined,
      toggleCall: () => setCallFilter(!callFilter),
      active: statuses.length > 0 || text.trim() !== '' || callFilter,
      clear,
    },
    sort: {
      options: sortOptions,
      value: sortValueOf(sort),
      setValue,
      // The window column stands for both its ends: sorted by start or by end, it shows the arrow.
      headers: { status: header(['status']), window: header(['start', 'end']), created: header(['created']) },
    },
  };
}
