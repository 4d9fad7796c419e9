import { useId, useMemo, useRef, type Ref } from 'react';
import { useOnlineStatus } from '../../hooks/useOnlineStatus';
import { useComponentKit, useRoomsAdapter } from '../../provider/RoomsKitProvider';
import { useTick } from '../shared/useTick';
import type { RoomListProps, RoomListState } from './RoomList.types';
import { useRoomListActions } from './useRoomListActions';
import { useRoomListFilters } from './useRoomListFilters';
import { useRoomListLive } from './useRoomListLive';
import { useRoomListNames } from './useRoomListNames';
import { useRoomListRooms } from './useRoomListRooms';
import { roomListNameOf, useRoomListRows } from './useRoomListRows';
import { useRoomListSearch } from './useRoomListSearch';

/** How often the statuses are read again (a room opens or ends while the list is on screen). */
const STATUS_REFRESH_MS = 30_000;

/**
 * State of {@link RoomList}: reads every page of the backend's rooms, filters and sorts them, virtualises long lists,
 * and runs the row actions (copy, optimistic delete with rollback). No JSX or styling. It is made of the list's
 * parts: its rooms (`useRoomListRooms`), names, search, live updates, filters, rows and actions.
 *
 * @example
 * ```tsx
 * const state = useRoomList({ onOpen: (room) => navigate(`/rooms/${room.id}`) }, ref);
 * state.list.rows.map((row) => row.windowText);
 * ```
 */
export function useRoomList(props: RoomListProps, ref: Ref<HTMLDivElement>): RoomListState {
  const {
    adapter: adapterProp,
    onOpen,
    onEdit,
    onCreate,
    onDeleted,
    refreshToken,
    pageSize,
    statusFilter,
    defaultStatusFilter,
    onStatusFilterChange,
    filterText,
    defaultFilterText,
    onFilterTextChange,
    searchDebounceMs,
    sort,
    defaultSort,
    onSortChange,
    callFilter,
    defaultCallFilter,
    onCallFilterChange,
    className,
    strings: stringsProp,
    ...rest
  } = props;
  const kit = useComponentKit('roomList', stringsProp);
  const adapter = useRoomsAdapter(adapterProp);
  const strings = kit.strings.roomList;
  const online = useOnlineStatus();
  const headingId = useId();
  const toasterId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  const names = useRoomListNames(adapter, kit);
  const { resolveNames } = names;
  const rooms = useRoomListRooms({ adapter, pageSize, refreshToken, resolveNames });
  const tick = useTick(STATUS_REFRESH_MS);
  // Read once per change, so every row of one render agrees on the time.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `tick` and the rooms are reasons to read the clock again
  const now = useMemo(() => kit.now(), [kit.now, tick, rooms.rooms]);

  const search = useRoomListSearch({
    adapter,
    pageSize,
    refreshToken,
    rooms: rooms.rooms,
    people: names.people,
    resolveNames,
    filterText,
    defaultFilterText,
    onFilterTextChange,
    searchDebounceMs,
  });
  const live = useRoomListLive({
    adapter,
    setRooms: rooms.setRooms,
    hide: rooms.hide,
    isHidden: rooms.isHidden,
    resolveNames,
    journal: rooms.journal,
    reload: rooms.reload,
    retrySearch: search.retry,
    searchResult: search.status === 'done' ? search.result : undefined,
    matchesSearch: search.matchesRoom,
  });
  const { hiddenIds } = rooms;
  const { applyToSearch, callOf } = live;
  const { matches } = search;
  const searched = useMemo(
    () => matches((result) => applyToSearch(result).filter((room) => !hiddenIds.has(room.id))),
    [matches, applyToSearch, hiddenIds],
  );
  const {
    shown,
    filters,
    sort: sorting,
  } = useRoomListFilters({
    kit,
    callsHeard: adapter.features.activity === true,
    searched,
    search,
    callOf,
    now,
    statusFilter,
    defaultStatusFilter,
    onStatusFilterChange,
    sort,
    defaultSort,
    onSortChange,
    callFilter,
    defaultCallFilter,
    onCallFilterChange,
  });

  const act = useRoomListActions({
    kit,
    adapter,
    rooms,
    shown,
    scrollRef,
    headingRef,
    toasterId,
    onOpen,
    onEdit,
    onDeleted,
  });
  const { textsOf, ...list } = useRoomListRows({
    kit,
    scrollRef,
    shown,
    now,
    callOf,
    peopleOf: names.peopleOf,
    copiedId: act.copiedId,
  });

  const searchFoundNone =
    (search.status === 'local' || (search.status === 'done' && search.fresh)) && searched.length === 0;
  const { error } = rooms;
  const target = act.deleteTarget;

  return {
    root: { ...rest, ref },
    className,
    strings,
    common: kit.strings.common,
    heading: { id: headingId, ref: headingRef },
    load: {
      status: rooms.status,
      errorText: error
        ? !online && error.code === 'network'
          ? kit.strings.common.offline
          : kit.strings.errors[error.code]
        : undefined,
      progressText:
        rooms.status === 'loading' && rooms.rooms.length > 0
          ? kit.format(strings.loadingMore, { count: rooms.rooms.length })
          : undefined,
      retry: rooms.reload,
      online,
    },
    create: onCreate && (() => onCreate()),
    search: {
      text: search.text,
      setText: search.setText,
      clear: () => {
        if (search.text !== '') search.setText('');
      },
      status: search.status,
      errorText: search.error && search.status === 'failed' ? kit.strings.errors[search.error.code] : undefined,
      retry: search.retry,
      noMatchesText: searchFoundNone ? kit.format(strings.noSearchMatches, { query: search.query }) : undefined,
      newRoomsText:
        live.unplaced > 0 && search.status === 'done'
          ? kit.format(strings.newRooms, { count: live.unplaced })
          : undefined,
      refreshNewRooms: live.refreshSearch,
    },
    filters,
    sort: sorting,
    counts: {
      total: rooms.rooms.length,
      shown: shown.length,
      summaryText: kit.format(strings.summary, { shown: shown.length, total: rooms.rooms.length }),
    },
    list,
    menu: act.menu,
    actions: act.actions,
    deletion: {
      dialog: target && {
        room: target,
        title: kit.format(strings.deleteTitle, { room: roomListNameOf(kit, target) }),
        body: kit.format(strings.deleteBody, { room: roomListNameOf(kit, target), window: textsOf(target).window }),
      },
      open: act.deleteOpen,
      confirm: act.confirmDelete,
      cancel: act.cancelDelete,
    },
    notice: act.notice,
    toasterId,
  };
}
