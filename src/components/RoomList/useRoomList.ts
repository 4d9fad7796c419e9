import { useCallback, useEffect, useId, useMemo, useRef, useState, type Ref } from 'react';
import { useToastController } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { allPages } from '../../adapter/paging';
import type { Person, Room } from '../../adapter/types';
import { toRoomsError, type RoomsError } from '../../core/errors';
import { formatRoomWindow } from '../../core/format';
import { foldForSearch } from '../../core/people';
import { roomMatchesSearch, roomSearchText } from '../../core/roomDetails';
import { filterRooms, sortRooms, type RoomSort, type RoomSortKey } from '../../core/rooms';
import { validityStatus, type ValidityStatus } from '../../core/validity';
import { useControllableState } from '../../hooks/useControllableState';
import { useDebouncedSearch } from '../../hooks/useDebouncedSearch';
import { useMutation } from '../../hooks/useMutation';
import { useOnlineStatus } from '../../hooks/useOnlineStatus';
import { useRoomsAdapter, useRoomsKit } from '../../provider/RoomsKitProvider';
import type {
  RoomListDeleteDialogState,
  RoomListLoadStatus,
  RoomListMenuState,
  RoomListNotice,
  RoomListPeopleState,
  RoomListProps,
  RoomListRowState,
  RoomListSearchStatus,
  RoomListSortableHeader,
  RoomListSortOption,
  RoomListState,
} from './RoomList.types';
import { renderRoomListToast } from './renderRoomList';
import { useRoomListJournal, useRoomListLive } from './useRoomListLive';

/** Statuses in the order the filter offers them: the order a room goes through. */
const STATUSES: readonly ValidityStatus[] = ['scheduled', 'open', 'ended'];
const SORT_KEYS: readonly RoomSortKey[] = ['start', 'end', 'created', 'status'];
const DEFAULT_SORT: RoomSort = { key: 'start', direction: 'ascending' };
const NO_STATUSES: readonly ValidityStatus[] = [];
const COLUMN_COUNT = 6;
/** Up to this many rows everything is rendered (find-in-page works); longer lists render only what is in view. */
const VIRTUALIZE_ABOVE = 50;
/** Estimates until rows are measured; the header row sits above the first room row inside the scroller. */
const ROW_HEIGHT_ESTIMATE = 44;
const HEADER_HEIGHT_ESTIMATE = 44;
/** Statuses change with time alone; re-deriving them this often keeps the badges honest while the page stays open. */
const STATUS_REFRESH_MS = 30_000;
/** How many names the people line spells out before "+N". */
const NAMES_SHOWN = 2;
const NO_ROOMS: readonly Room[] = [];
/** How long a copy button shows its tick. */
const COPIED_TICK_MS = 2_000;

/** Names of the people directory as far as looked up: `null` for an id the directory does not know. */
type PeopleNames = ReadonlyMap<string, Person | null>;

/** The ids of a page's roster previews that have not been asked for yet. */
function previewIds(rooms: ReadonlyArray<Pick<Room, 'rosterPreview'>>, asked: ReadonlySet<string>): string[] {
  const ids = new Set<string>();
  for (const room of rooms)
    for (const participant of room.rosterPreview?.participants ?? []) {
      if (!asked.has(participant.id)) ids.add(participant.id);
    }
  return [...ids];
}

interface LoadState {
  status: RoomListLoadStatus;
  error: RoomsError | undefined;
}

const sortValueOf = (sort: RoomSort): string => `${sort.key}:${sort.direction}`;

function sortOptionLabel(
  strings: RoomListState['strings'],
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
 * State of {@link RoomList}: reads every page of the backend's rooms, filters and sorts them, virtualises long lists,
 * and runs the row actions (copy, optimistic delete with rollback). No JSX or styling.
 *
 * @example
 * ```tsx
 * const state = useRoomList({ onOpen: (room) => navigate(`/rooms/${room.id}`) }, ref);
 * state.rows.map((row) => row.windowText);
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
    defaultStatusFilter = NO_STATUSES,
    onStatusFilterChange,
    filterText: filterTextProp,
    defaultFilterText = '',
    onFilterTextChange,
    searchDebounceMs = 250,
    sort: sortProp,
    defaultSort = DEFAULT_SORT,
    onSortChange,
    callFilter: callFilterProp,
    defaultCallFilter = false,
    onCallFilterChange,
    className,
    ...rest
  } = props;
  const kit = useRoomsKit();
  const adapter = useRoomsAdapter(adapterProp);
  const strings = kit.strings.roomList;
  const online = useOnlineStatus();
  const headingId = useId();
  const statusLabelId = useId();
  const toasterId = useId();
  const { dispatchToast } = useToastController(toasterId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  const [statuses, setStatuses] = useControllableState<readonly ValidityStatus[]>({
    value: statusFilter,
    defaultValue: defaultStatusFilter,
    onChange: onStatusFilterChange as ((value: readonly ValidityStatus[]) => void) | undefined,
  });
  const [filterText, setFilterText] = useControllableState({
    value: filterTextProp,
    defaultValue: defaultFilterText,
    onChange: onFilterTextChange,
  });
  const [sort, setSort] = useControllableState({ value: sortProp, defaultValue: defaultSort, onChange: onSortChange });
  const [callFilterValue, setCallFilter] = useControllableState({
    value: callFilterProp,
    defaultValue: defaultCallFilter,
    onChange: onCallFilterChange,
  });
  // Offered only where the backend hears calls; elsewhere no room could pass it.
  const callsHeard = adapter.features.activity === true;
  const callFilter = callsHeard && callFilterValue;

  // ---- Loading every page -------------------------------------------------------------------------------------
  const [rooms, setRooms] = useState<Room[]>([]);
  const roomsRef = useRef(rooms);
  useEffect(() => {
    roomsRef.current = rooms;
  }, [rooms]);
  const [load, setLoad] = useState<LoadState>({ status: 'loading', error: undefined });
  const [attempt, setAttempt] = useState(0);
  const loadedOnce = useRef(false);
  const journal = useRoomListJournal();
  // Rooms deleted while a (re)load is under way must not come back with its answer.
  const deletedIds = useRef(new Set<string>());
  // The same, for the answers of searches; state, because search results are rendered from it.
  const [hiddenIds, setHiddenIds] = useState<ReadonlySet<string>>(() => new Set());
  const hide = useCallback((id: string, hidden: boolean) => {
    if (hidden) deletedIds.current.add(id);
    else deletedIds.current.delete(id);
    setHiddenIds((current) => {
      const next = new Set(current);
      if (hidden) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  // The copy button shows a tick for a moment, next to where the user looked; the toast says it in words.
  const [copiedId, setCopiedId] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (copiedId === undefined) return undefined;
    const timer = setTimeout(() => setCopiedId(undefined), COPIED_TICK_MS);
    return () => clearTimeout(timer);
  }, [copiedId]);

  // ---- Names of the people in the roster previews -------------------------------------------------------------
  const [people, setPeople] = useState<PeopleNames>(() => new Map());
  // Ids asked for (or answered), so each id is looked up once: one lookup per page of rooms, never one per row.
  const askedIds = useRef(new Set<string>());
  useEffect(() => {
    // Another backend has another directory.
    askedIds.current = new Set();
    setPeople(new Map());
  }, [adapter]);
  const resolveNames = useCallback(
    (page: ReadonlyArray<Pick<Room, 'rosterPreview'>>, signal: AbortSignal) => {
      const ids = previewIds(page, askedIds.current);
      if (ids.length === 0) return;
      for (const id of ids) askedIds.current.add(id);
      const settle = (found: readonly Person[]) => {
        const byId = new Map(found.map((person) => [person.id, person]));
        setPeople((current) => {
          const next = new Map(current);
          for (const id of ids) next.set(id, byId.get(id) ?? null);
          return next;
        });
      };
      adapter.resolvePeople(ids, { signal }).then(settle, () => {
        // A cancelled lookup is asked again with the next answer; a failed one shows the people as a count.
        if (signal.aborted) for (const id of ids) askedIds.current.delete(id);
        else settle([]);
      });
    },
    [adapter],
  );

  useEffect(() => {
    const controller = new AbortController();
    // A first load shows rooms page by page; a reload keeps the rows on screen until the fresh list is complete.
    const progressive = !loadedOnce.current;
    setLoad({ status: progressive ? 'loading' : 'refreshing', error: undefined });
    journal.beginLoad();
    void (async () => {
      const loaded: Room[] = [];
      try {
        const options = { signal: controller.signal, ...(pageSize === undefined ? {} : { pageSize }) };
        for await (const items of allPages((o) => adapter.listRooms(o), options)) {
          if (controller.signal.aborted) return;
          loaded.push(...items.filter((room) => !deletedIds.current.has(room.id)));
          resolveNames(items, controller.signal);
          if (progressive) setRooms(journal.settle(loaded));
        }
        if (controller.signal.aborted) return;
        loadedOnce.current = true;
        setRooms(journal.settle(loaded));
        setLoad({ status: 'ready', error: undefined });
      } catch (thrown) {
        if (controller.signal.aborted) return;
        if (progressive && loaded.length > 0) loadedOnce.current = true;
        setLoad({ status: 'failed', error: toRoomsError(thrown) });
      }
    })();
    return () => controller.abort();
  }, [adapter, pageSize, refreshToken, attempt, resolveNames, journal]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  // Coming back online retries a load that failed while offline.
  const wasOnline = useRef(online);
  useEffect(() => {
    if (online && !wasOnline.current && load.status === 'failed') retry();
    wasOnline.current = online;
  }, [online, load.status, retry]);

  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), STATUS_REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
  // Read once per change, so every row of one render agrees on the time.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `tick` and `rooms` are reasons to read the clock again
  const now = useMemo(() => kit.now(), [kit.now, tick, rooms]);

  // ---- Searching ----------------------------------------------------------------------------------------------
  const query = filterText.trim();
  const backendSearches = adapter.features.search === true;
  const searchRooms = useCallback(
    async (search: string, signal: AbortSignal): Promise<Room[]> => {
      const found: Room[] = [];
      const options = { signal, ...(pageSize === undefined ? {} : { pageSize }) };
      for await (const items of allPages((o) => adapter.listRooms({ ...o, search }), options)) {
        found.push(...items);
        resolveNames(items, signal);
      }
      return found;
    },
    // A refresh token asks the backend again, as it does for the whole list.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `refreshToken` is a reason to search again
    [adapter, pageSize, resolveNames, refreshToken],
  );
  const search = useDebouncedSearch(backendSearches ? query : '', searchRooms, { debounceMs: searchDebounceMs });
  let searchStatus: RoomListSearchStatus;
  if (query === '') searchStatus = 'off';
  else if (!backendSearches) searchStatus = 'local';
  else searchStatus = search.status === 'idle' ? 'loading' : search.status;

  // Without a backend search, the list matches what it has: titles, references, ids, and the names it has shown. With
  // one, the same matches stand in while the backend's answer is on its way, so the table neither blanks nor flickers.
  const localMatches = useMemo(() => {
    const text = roomSearchText(query);
    if (text === undefined) return undefined;
    const participantIds = new Set<string>();
    for (const [id, person] of people)
      if (person && foldForSearch(person.displayName).includes(text)) participantIds.add(id);
    return rooms.filter((room) =>
      roomMatchesSearch(
        room,
        (room.rosterPreview?.participants ?? []).map((p) => p.id),
        { text, participantIds },
      ),
    );
  }, [query, people, rooms]);

  // ---- Changes made elsewhere --------------------------------------------------------------------------------
  // What the list can tell itself about a room and the backend's search: its title, reference, id, and the names
  // it has shown.
  const matchesSearch = useCallback(
    (room: Room): boolean => {
      const text = roomSearchText(query);
      if (text === undefined) return true;
      const participantIds = new Set<string>();
      for (const [id, person] of people)
        if (person && foldForSearch(person.displayName).includes(text)) participantIds.add(id);
      return roomMatchesSearch(
        room,
        (room.rosterPreview?.participants ?? []).map((p) => p.id),
        { text, participantIds },
      );
    },
    [query, people],
  );
  const live = useRoomListLive({
    adapter,
    setRooms,
    hide,
    isHidden: (id) => deletedIds.current.has(id),
    resolveNames,
    journal,
    reload: retry,
    retrySearch: search.retry,
    searchResult: searchStatus === 'done' ? search.result : undefined,
    matchesSearch,
  });
  const { callOf } = live;

  // ---- Filtering and sorting ----------------------------------------------------------------------------------
  const searched: readonly Room[] = useMemo(() => {
    if (searchStatus === 'off') return rooms;
    if (searchStatus === 'local') return localMatches ?? rooms;
    if (searchStatus === 'failed') return NO_ROOMS;
    if (searchStatus === 'loading') return localMatches ?? rooms;
    return live.applyToSearch(search.result ?? NO_ROOMS).filter((room) => !hiddenIds.has(room.id));
  }, [searchStatus, rooms, localMatches, search.result, hiddenIds, live]);
  const shown = useMemo(() => {
    const filtered = filterRooms(searched, { statuses }, now);
    return sortRooms(callFilter ? filtered.filter((room) => callOf(room) !== undefined) : filtered, sort, now);
  }, [searched, statuses, sort, now, callFilter, callOf]);
  const searchFoundNone =
    (searchStatus === 'local' || (searchStatus === 'done' && search.fresh)) && searched.length === 0;

  const toggleStatus = useCallback(
    (status: ValidityStatus) => {
      const next = statuses.includes(status) ? statuses.filter((s) => s !== status) : [...statuses, status];
      // Kept in the filter's own order, so a controlled parent sees a stable value.
      setStatuses(STATUSES.filter((s) => next.includes(s)));
    },
    [statuses, setStatuses],
  );
  const clearFilters = useCallback(() => {
    if (statuses.length > 0) setStatuses([]);
    if (filterText !== '') setFilterText('');
    if (callFilter) setCallFilter(false);
  }, [statuses, filterText, setStatuses, setFilterText, callFilter, setCallFilter]);
  const clearSearch = useCallback(() => {
    if (filterText !== '') setFilterText('');
  }, [filterText, setFilterText]);

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
  const setSortValue = useCallback(
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
  // The window column stands for both its ends: sorted by start or by end, it shows the arrow.
  const sortHeaders = {
    status: header(['status']),
    window: header(['start', 'end']),
    created: header(['created']),
  };

  // ---- Virtualisation -----------------------------------------------------------------------------------------
  const virtualize = shown.length > VIRTUALIZE_ABOVE;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render on purpose
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT_ESTIMATE,
    // A row measured at 0 (not laid out yet, or hidden with its tab) would let every row count as "in view".
    measureElement: (element) => element.getBoundingClientRect().height || ROW_HEIGHT_ESTIMATE,
    paddingStart: HEADER_HEIGHT_ESTIMATE,
    overscan: 10,
    enabled: virtualize,
    getItemKey: (index) => shown[index]?.id ?? index,
  });
  const items = virtualize ? virtualizer.getVirtualItems() : undefined;
  const indices = items ? items.map((item) => item.index) : shown.map((_, index) => index);
  const first = items?.[0];
  const last = items?.[items.length - 1];
  let spacer = { before: 0, after: 0 };
  if (first && last)
    spacer = {
      before: Math.max(0, first.start - HEADER_HEIGHT_ESTIMATE),
      after: virtualizer.getTotalSize() - last.end,
    };
  // Nothing in view yet (a scroller with no height: the stacked narrow layout hides the header row): the whole list's
  // height gives the scroller its size, so the virtualizer sees a view and fills it.
  else if (virtualize) spacer = { before: 0, after: virtualizer.getTotalSize() - HEADER_HEIGHT_ESTIMATE };

  // Formatting dates builds Intl formatters; rows scrolled back into view reuse their texts until locale or zone change.
  const { formatDateTime, locale, timeZone: viewerTimeZone } = kit;
  const dateTexts = useMemo(
    () => new Map<string, { window: string; viewerWindow: string | undefined; created: string }>(),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new locale, zone or wording: start afresh
    [formatDateTime, locale, viewerTimeZone, strings],
  );
  const year = now.getUTCFullYear();
  const textsOf = (room: Room): { window: string; viewerWindow: string | undefined; created: string } => {
    const key = `${room.id}|${room.validFrom.getTime()}|${room.validUntil.getTime()}|${room.timeZone ?? ''}|${year}`;
    let texts = dateTexts.get(key);
    if (!texts) {
      const window = formatRoomWindow(room, {
        locale,
        timeZone: room.timeZone,
        viewerTimeZone,
        now,
        phrases: { inZone: strings.windowInZone, inViewerZone: strings.windowInViewerZone },
      });
      texts = { window: window.room, viewerWindow: window.viewer, created: formatDateTime(room.createdAt) };
      dateTexts.set(key, texts);
    }
    return texts;
  };

  const nameOf = useCallback(
    (room: Room): string =>
      room.subject
        ? kit.format(strings.roomName, { subject: room.subject })
        : kit.format(strings.untitledRoomName, { roomId: room.id }),
    [kit, strings],
  );
  const listFormat = useMemo(() => new Intl.ListFormat(locale, { type: 'unit', style: 'short' }), [locale]);
  const peopleOf = (room: Room): RoomListPeopleState | undefined => {
    const preview = room.rosterPreview;
    if (!preview) return undefined;
    if (preview.participants.some((p) => !people.has(p.id))) return { text: undefined, loading: true };
    // Raw ids are never shown as names: people the directory does not know are only counted.
    const names = preview.participants
      .map((p) => people.get(p.id)?.displayName)
      .filter((name): name is string => name !== undefined && name !== '')
      .slice(0, NAMES_SHOWN);
    const total = Math.max(preview.total, names.length);
    let text: string;
    if (total === 0) text = strings.noPeople;
    else if (names.length === 0)
      text =
        new Intl.PluralRules(locale).select(total) === 'one'
          ? strings.peopleCountOne
          : kit.format(strings.peopleCountOther, { count: total });
    else if (total > names.length)
      text = kit.format(strings.peopleWithMore, { names: listFormat.format(names), count: total - names.length });
    else text = kit.format(strings.peopleWith, { names: listFormat.format(names) });
    return { text, loading: false };
  };

  const rows: RoomListRowState[] = indices.flatMap((index) => {
    const room = shown[index];
    if (!room) return [];
    const status = validityStatus(room, now);
    const texts = textsOf(room);
    const call = callOf(room);
    return [
      {
        room,
        index,
        rowIndex: index + 2,
        status,
        name: room.subject ? room.subject : strings.untitled,
        titled: Boolean(room.subject),
        idText: kit.format(strings.roomId, { roomId: room.id }),
        copyLabel: kit.format(strings.copyIdButton, { roomId: room.id }),
        copied: copiedId === room.id,
        people: peopleOf(room),
        statusText: kit.strings.validity.status[status],
        windowText: texts.window,
        viewerWindowText: texts.viewerWindow,
        createdText: texts.created,
        dialOutText: room.pstnDialOutEnabled ? strings.dialOutOn : strings.dialOutOff,
        call: call && {
          count: call.participantCount,
          text: kit.format(strings.inCallBadge, { count: call.participantCount }),
          label:
            new Intl.PluralRules(locale).select(call.participantCount) === 'one'
              ? strings.inCallOne
              : kit.format(strings.inCallOther, { count: call.participantCount }),
        },
        openLabel: room.subject
          ? kit.format(strings.openRoom, { room: nameOf(room) })
          : kit.format(strings.openUntitledRoom, { roomId: room.id }),
        actionsLabel: kit.format(strings.actionsButton, { room: nameOf(room) }),
      },
    ];
  });

  // ---- Row actions --------------------------------------------------------------------------------------------
  const [notice, setNotice] = useState<RoomListNotice | undefined>(undefined);
  // One menu for the whole table instead of one per row: rows stay light, so scrolling 1,000 rooms stays smooth.
  const [menu, setMenu] = useState<RoomListMenuState | undefined>(undefined);
  const menuPopoverRef = useRef<HTMLDivElement>(null);
  const lastMenuTarget = useRef<HTMLElement | undefined>(undefined);
  const openMenu = useCallback(
    (room: Room, target: HTMLElement) => {
      lastMenuTarget.current = target;
      setMenu((current) =>
        current?.room.id === room.id
          ? undefined
          : { room, target, label: kit.format(strings.actionsButton, { room: nameOf(room) }) },
      );
    },
    [kit, strings, nameOf],
  );
  const closeMenu = useCallback(() => setMenu(undefined), []);
  // A menu without a trigger of its own leaves focus in its popover or on the page when it closes: put it back on
  // the row's button, unless the user has already moved it elsewhere (a click outside, a dialog taking it).
  useEffect(() => {
    if (menu) return;
    const target = lastMenuTarget.current;
    lastMenuTarget.current = undefined;
    if (!target?.isConnected) return;
    const active = document.activeElement;
    if (!active || active === document.body || menuPopoverRef.current?.contains(active)) target.focus();
  }, [menu]);
  // The dialog keeps showing its room while it closes, so its text does not blank out during the exit animation.
  const [deleteTarget, setDeleteTarget] = useState<Room | undefined>(undefined);
  const [deleteOpen, setDeleteOpen] = useState(false);
  const focusAfterDelete = useRef<{ roomId: string | undefined } | undefined>(undefined);

  const toast = useCallback(
    (text: string) => dispatchToast(renderRoomListToast(text), { intent: 'success' }),
    [dispatchToast],
  );

  const copyId = useCallback(
    (room: Room) => {
      const failed = () => setNotice({ intent: 'warning', text: kit.format(strings.copyFailed, { roomId: room.id }) });
      const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
      if (!clipboard?.writeText) {
        failed();
        return;
      }
      clipboard.writeText(room.id).then(() => {
        toast(kit.format(strings.copied, { roomId: room.id }));
        setCopiedId(room.id);
      }, failed);
    },
    [kit, strings, toast],
  );

  const remove = useMutation((signal, room: Room) => adapter.deleteRoom(room.id, { signal }), {
    optimistic: (room) => {
      const index = roomsRef.current.findIndex((r) => r.id === room.id);
      hide(room.id, true);
      setRooms((current) => current.filter((r) => r.id !== room.id));
      return () => {
        hide(room.id, false);
        setRooms((current) =>
          current.some((r) => r.id === room.id)
            ? current
            : [...current.slice(0, Math.max(0, index)), room, ...current.slice(Math.max(0, index))],
        );
      };
    },
    onSuccess: (_result, room) => {
      toast(kit.format(strings.deleted, { room: nameOf(room) }));
      onDeleted?.(room);
    },
    onError: (error, room) => {
      if (error.code === 'notFound') {
        // Someone else deleted it first: what the user wanted has happened.
        hide(room.id, true);
        setRooms((current) => current.filter((r) => r.id !== room.id));
        toast(kit.format(strings.deleted, { room: nameOf(room) }));
        onDeleted?.(room);
        return;
      }
      setNotice({
        intent: 'error',
        text: kit.format(strings.deleteFailed, { room: nameOf(room), reason: kit.strings.errors[error.code] }),
      });
    },
  });

  const confirmDelete = useCallback(() => {
    const room = deleteTarget;
    if (!room || !deleteOpen) return;
    setDeleteOpen(false);
    // Keyboard users keep their place: focus goes to the next row's actions (or the previous, or the heading).
    const position = shown.findIndex((r) => r.id === room.id);
    const neighbour = shown[position + 1] ?? shown[position - 1];
    focusAfterDelete.current = { roomId: neighbour?.id };
    void remove.run(room);
  }, [deleteTarget, deleteOpen, shown, remove]);

  useEffect(() => {
    const target = focusAfterDelete.current;
    if (!target) return;
    focusAfterDelete.current = undefined;
    const button =
      target.roomId === undefined
        ? null
        : scrollRef.current?.querySelector<HTMLElement>(`[data-room-id="${CSS.escape(target.roomId)}"] [data-actions]`);
    (button ?? headingRef.current)?.focus();
  }, [rooms]);

  const deleteDialog: RoomListDeleteDialogState | undefined = deleteTarget && {
    room: deleteTarget,
    title: kit.format(strings.deleteTitle, { room: nameOf(deleteTarget) }),
    body: kit.format(strings.deleteBody, {
      room: nameOf(deleteTarget),
      window: textsOf(deleteTarget).window,
    }),
  };

  const loadErrorText = load.error
    ? !online && load.error.code === 'network'
      ? kit.strings.common.offline
      : kit.strings.errors[load.error.code]
    : undefined;

  return {
    root: { ...rest, ref },
    className,
    strings,
    common: kit.strings.common,
    headingId,
    headingRef,
    loadStatus: load.status,
    loadErrorText,
    progressText:
      load.status === 'loading' && rooms.length > 0
        ? kit.format(strings.loadingMore, { count: rooms.length })
        : undefined,
    retry,
    online,
    canCreate: onCreate !== undefined,
    onCreate: () => onCreate?.(),
    canOpen: onOpen !== undefined,
    canEdit: onEdit !== undefined,
    filterText,
    setFilterText,
    clearSearch,
    searchStatus,
    searchErrorText: search.error && searchStatus === 'failed' ? kit.strings.errors[search.error.code] : undefined,
    retrySearch: search.retry,
    noSearchMatchesText: searchFoundNone ? kit.format(strings.noSearchMatches, { query }) : undefined,
    statusLabelId,
    statusOptions: STATUSES.map((status) => ({
      status,
      label: kit.strings.validity.status[status],
      pressed: statuses.includes(status),
    })),
    toggleStatus,
    callFilter: callsHeard ? { label: strings.inCallFilter, pressed: callFilter } : undefined,
    toggleCallFilter: () => setCallFilter(!callFilter),
    newRoomsText:
      live.unplaced > 0 && searchStatus === 'done'
        ? new Intl.PluralRules(locale).select(live.unplaced) === 'one'
          ? strings.newRoomsOne
          : kit.format(strings.newRoomsOther, { count: live.unplaced })
        : undefined,
    refreshNewRooms: live.refreshSearch,
    filtered: statuses.length > 0 || filterText.trim() !== '' || callFilter,
    clearFilters,
    sortOptions,
    sortValue: sortValueOf(sort),
    setSortValue,
    sortHeaders,
    totalCount: rooms.length,
    shownCount: shown.length,
    summaryText: kit.format(strings.summary, { shown: shown.length, total: rooms.length }),
    rows,
    spacer,
    columnCount: COLUMN_COUNT,
    scrollRef,
    measureRow: virtualize ? virtualizer.measureElement : undefined,
    menu,
    openMenu,
    closeMenu,
    menuPopoverRef,
    open: (room) => onOpen?.(room),
    edit: (room) => onEdit?.(room),
    copyId,
    askDelete: (room) => {
      setDeleteTarget(room);
      setDeleteOpen(true);
    },
    deleteDialog,
    deleteDialogOpen: deleteOpen,
    confirmDelete,
    cancelDelete: () => setDeleteOpen(false),
    notice,
    dismissNotice: () => setNotice(undefined),
    toasterId,
  };
}
