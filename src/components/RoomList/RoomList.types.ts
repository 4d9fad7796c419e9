import type { HTMLAttributes, Ref, RefObject } from 'react';
import type { Virtualizer } from '@tanstack/react-virtual';
import type { Room, RoomsAdapter } from '../../adapter/types';
import type { RoomSort } from '../../core/rooms';
import type { ValidityStatus } from '../../core/validity';
import type { RoomListStrings } from '../../strings/areas/roomList';

/**
 * Props of {@link RoomList}. Any other `div` attribute (`id`, `style`, `aria-*`, `data-*`) is passed to the root
 * element. Texts come from `RoomsKitProvider`'s strings (`roomList`, `validity`, `errors`, `common`).
 */
export interface RoomListProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'onChange'> {
  /**
   * The backend to list rooms from; without it, the provider's adapter.
   * @default the `RoomsKitProvider` adapter
   */
  adapter?: RoomsAdapter;
  /**
   * Opens a room (e.g. navigates to its page). When given, each room id is a link and the row menu has "Open".
   * @default undefined (rooms cannot be opened from the list)
   */
  onOpen?: (room: Room) => void;
  /**
   * Edits a room (e.g. shows a `RoomEditor` for it). When given, the row menu has "Edit".
   * @default undefined (no "Edit" action)
   */
  onEdit?: (room: Room) => void;
  /**
   * Starts creating a room. When given, the list shows a "New room" button.
   * @default undefined (no "New room" button)
   */
  onCreate?: () => void;
  /**
   * Called after the backend deleted a room (the row is already gone).
   * @default undefined
   */
  onDeleted?: (room: Room) => void;
  /**
   * Reloads the list from the backend whenever this value changes (e.g. a counter bumped after a `RoomEditor`
   * saved). The rows on screen stay until the fresh list has arrived.
   * @default undefined
   */
  refreshToken?: string | number;
  /**
   * The page size asked of the backend when reading the list; every page is read either way.
   * @default the backend's own default
   */
  pageSize?: number;
  /**
   * The statuses shown, when the parent holds the filter (controlled); an empty list shows every status.
   * @default undefined (uncontrolled)
   */
  statusFilter?: readonly ValidityStatus[];
  /**
   * The statuses shown at first, when the list holds the filter itself.
   * @default [] (every status)
   */
  defaultStatusFilter?: readonly ValidityStatus[];
  /**
   * Called with the statuses the user chose to show.
   * @default undefined
   */
  onStatusFilterChange?: (statuses: ValidityStatus[]) => void;
  /**
   * The search text, when the parent holds it (controlled). Where the backend searches (`features.search`), the list
   * asks it (`listRooms({ search })`); otherwise it matches titles, the people shown and ids itself.
   * @default undefined (uncontrolled)
   */
  filterText?: string;
  /**
   * The search text at first, when the list holds it itself.
   * @default ''
   */
  defaultFilterText?: string;
  /**
   * Called with the text the user typed into the search box.
   * @default undefined
   */
  onFilterTextChange?: (text: string) => void;
  /**
   * How long the search text must stay unchanged before the backend is asked, in milliseconds.
   * @default 250
   */
  searchDebounceMs?: number;
  /**
   * The sort order, when the parent holds it (controlled).
   * @default undefined (uncontrolled)
   */
  sort?: RoomSort;
  /**
   * The sort order at first, when the list holds it itself.
   * @default { key: 'start', direction: 'ascending' }
   */
  defaultSort?: RoomSort;
  /**
   * Called with the sort order the user chose.
   * @default undefined
   */
  onSortChange?: (sort: RoomSort) => void;
  /**
   * Whether only rooms with a call going on are shown, when the parent holds the filter (controlled). The filter is
   * offered only where the backend hears calls (`features.activity`).
   * @default undefined (uncontrolled)
   */
  callFilter?: boolean;
  /**
   * Whether only rooms in a call are shown at first, when the list holds the filter itself.
   * @default false
   */
  defaultCallFilter?: boolean;
  /**
   * Called when the user turns the "In a call" filter on or off.
   * @default undefined
   */
  onCallFilterChange?: (inCallOnly: boolean) => void;
  /**
   * Extra class name for the root element, merged after the kit's own classes.
   * @default undefined
   */
  className?: string;
}

/** Where loading the list stands. `refreshing`: rows are shown while a newer list is read. */
export type RoomListLoadStatus = 'loading' | 'refreshing' | 'ready' | 'failed';

/** One sort order the select offers. */
export interface RoomListSortOption {
  /** `key:direction`, the select option's value. */
  readonly value: string;
  /** The option's text. */
  readonly label: string;
  /** The order it stands for. */
  readonly sort: RoomSort;
}

/** One status filter button. */
export interface RoomListStatusOption {
  /** The status it shows. */
  readonly status: ValidityStatus;
  /** Its text. */
  readonly label: string;
  /** Whether the filter includes it. */
  readonly pressed: boolean;
}

/** A sortable column header. */
export interface RoomListSortableHeader {
  /** `aria-sort` value and arrow. */
  readonly sortDirection: 'ascending' | 'descending' | undefined;
  /** Sorts by this column (or flips the direction when already sorted by it). */
  readonly onSort: () => void;
}

/** Where searching stands: `off` without search text, `local` when the list matches rooms itself. */
export type RoomListSearchStatus = 'off' | 'local' | 'loading' | 'done' | 'failed';

/** The people line of a row ("with Priya Raman, Dr. Amara Okafor +2"). */
export interface RoomListPeopleState {
  /** The line; `undefined` while the names load (the line keeps its height). */
  readonly text: string | undefined;
  /** Whether names are still being looked up. */
  readonly loading: boolean;
}

/** One table row, as rendered. Only the rows in view (plus a few) are built when the list is long. */
export interface RoomListRowState {
  /** The room. */
  readonly room: Room;
  /** What the row is named by: the room's title, or "No title". */
  readonly name: string;
  /** Whether the room has a title. */
  readonly titled: boolean;
  /** The id as secondary text ("ID 2678…"). */
  readonly idText: string;
  /** Accessible name of the copy button next to the id. */
  readonly copyLabel: string;
  /** Whether the id was just copied (the button shows a tick for a moment). */
  readonly copied: boolean;
  /** The people line; `undefined` when the backend gives no roster preview. */
  readonly people: RoomListPeopleState | undefined;
  /** The window on the viewer's clock, only when the room's zone shows other times. */
  readonly viewerWindowText: string | undefined;
  /** 1-based position among all rows, header row included, for `aria-rowindex`. */
  readonly rowIndex: number;
  /** Position among the shown rooms, for the virtualizer's measurements. */
  readonly index: number;
  /** Where the room's window stands now. */
  readonly status: ValidityStatus;
  /** The status as text. */
  readonly statusText: string;
  /** The window in the room's zone (the viewer's when it has none), zone named. */
  readonly windowText: string;
  /** When the room was created, in the viewer's zone. */
  readonly createdText: string;
  /** The dial-out cell's text. */
  readonly dialOutText: string;
  /**
   * The call going on in the room now, kept live by call events ("In a call · 3"); `undefined` when there is none.
   */
  readonly call: RoomListCallState | undefined;
  /** Accessible name of the title link. */
  readonly openLabel: string;
  /** Accessible name of the action menu button. */
  readonly actionsLabel: string;
}

/** A row's "in a call" badge. */
export interface RoomListCallState {
  /** How many people are in the call. */
  readonly count: number;
  /** The badge's short text: "In a call · 3". */
  readonly text: string;
  /** What assistive technology reads instead: "In a call with 3 people". */
  readonly label: string;
}

/** The row menu, while it is open. */
export interface RoomListMenuState {
  /** The room the menu acts on. */
  readonly room: Room;
  /** The row's actions button, which the menu is anchored to and returns focus to. */
  readonly target: HTMLElement;
  /** The menu's accessible name, the same as its button's. */
  readonly label: string;
}

/** The delete confirmation, while it is open. */
export interface RoomListDeleteDialogState {
  /** The room to delete. */
  readonly room: Room;
  /** Title naming the room. */
  readonly title: string;
  /** Text naming the room and its window. */
  readonly body: string;
}

/** A message shown above the table until dismissed. */
export interface RoomListNotice {
  /** `error` for a failed delete, `warning` for a clipboard that refused. */
  readonly intent: 'error' | 'warning';
  /** The text. */
  readonly text: string;
}

/** Everything {@link renderRoomList} needs; produced by {@link useRoomList}. */
export interface RoomListState {
  /** Attributes for the root element (the host's extra `div` props, without `className`). */
  readonly root: Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'className' | 'onChange'> & {
    ref: Ref<HTMLDivElement>;
  };
  /** The host's `className`, merged by the styles hook. */
  readonly className: string | undefined;
  /** The area's strings. */
  readonly strings: RoomListStrings;
  /** Words shared across the kit (retry, cancel, offline, …). */
  readonly common: { retry: string; cancel: string; dismiss: string; clearSearch: string; offline: string };
  /** DOM id of the heading, which names the table. */
  readonly headingId: string;
  /** The heading; focus goes there when the row that had it disappears and no row is left. */
  readonly headingRef: RefObject<HTMLHeadingElement>;
  /** Where loading stands. */
  readonly loadStatus: RoomListLoadStatus;
  /** The message for a failed load, in the viewer's language. */
  readonly loadErrorText: string | undefined;
  /** "Loading more rooms… N so far", while later pages load. */
  readonly progressText: string | undefined;
  /** Reads the list again. */
  readonly retry: () => void;
  /** Whether the browser is online. */
  readonly online: boolean;
  /** Whether to show the "New room" button. */
  readonly canCreate: boolean;
  /** Starts creating a room. */
  readonly onCreate: () => void;
  /** Whether the id cells are links that open the room. */
  readonly canOpen: boolean;
  /** Whether the row menu has "Edit". */
  readonly canEdit: boolean;
  /** The search text. */
  readonly filterText: string;
  /** Changes the search text. */
  readonly setFilterText: (text: string) => void;
  /** Empties the search box (and keeps the status filter). */
  readonly clearSearch: () => void;
  /** Where searching stands. */
  readonly searchStatus: RoomListSearchStatus;
  /** The message for a failed search, in the viewer's language. */
  readonly searchErrorText: string | undefined;
  /** Runs the failed search again. */
  readonly retrySearch: () => void;
  /** "No rooms match “x”", when the search found nothing. */
  readonly noSearchMatchesText: string | undefined;
  /** DOM id of the status filter's visible label. */
  readonly statusLabelId: string;
  /** The status filter buttons. */
  readonly statusOptions: readonly RoomListStatusOption[];
  /** Adds or removes a status from the filter. */
  readonly toggleStatus: (status: ValidityStatus) => void;
  /** The "In a call" filter button, where the backend hears calls. */
  readonly callFilter: { readonly label: string; readonly pressed: boolean } | undefined;
  /** Turns the "In a call" filter on or off. */
  readonly toggleCallFilter: () => void;
  /** Says rooms were created that the search shown may not place yet (they may match by a name); else `undefined`. */
  readonly newRoomsText: string | undefined;
  /** Asks the search again, placing those rooms. */
  readonly refreshNewRooms: () => void;
  /** Whether any filter is on (search text, statuses, in a call). */
  readonly filtered: boolean;
  /** Clears both filters. */
  readonly clearFilters: () => void;
  /** The sort orders offered. */
  readonly sortOptions: readonly RoomListSortOption[];
  /** The current sort's option value. */
  readonly sortValue: string;
  /** Picks a sort order by option value. */
  readonly setSortValue: (value: string) => void;
  /** The sortable column headers. */
  readonly sortHeaders: Readonly<Record<'status' | 'window' | 'created', RoomListSortableHeader>>;
  /** How many rooms the backend has (as loaded). */
  readonly totalCount: number;
  /** How many rooms pass the filters. */
  readonly shownCount: number;
  /** "{shown} of {total} rooms". */
  readonly summaryText: string;
  /** The rows to render now. */
  readonly rows: readonly RoomListRowState[];
  /** Empty space above and below the rendered rows, so the scroll bar matches the whole list. */
  readonly spacer: { readonly before: number; readonly after: number };
  /** Number of columns, for the spacer cells. */
  readonly columnCount: number;
  /** The scrolling container the virtualizer watches. */
  readonly scrollRef: RefObject<HTMLDivElement>;
  /** Measures a rendered row (attach as its `ref`); `undefined` when every row is rendered. */
  readonly measureRow: Virtualizer<HTMLDivElement, HTMLTableRowElement>['measureElement'] | undefined;
  /** The row menu, while it is open: one menu for the whole table, anchored to the row's button. */
  readonly menu: RoomListMenuState | undefined;
  /** Opens the row menu of a room, next to the button that asked for it. */
  readonly openMenu: (room: Room, target: HTMLElement) => void;
  /** Closes the row menu. */
  readonly closeMenu: () => void;
  /** The open menu's popover, so focus can return to the row when the menu closes. */
  readonly menuPopoverRef: RefObject<HTMLDivElement>;
  /** Opens a room. */
  readonly open: (room: Room) => void;
  /** Edits a room. */
  readonly edit: (room: Room) => void;
  /** Copies a room's id to the clipboard (a toast confirms it; a message says so when the clipboard refuses). */
  readonly copyId: (room: Room) => void;
  /** Asks to delete a room (opens the confirmation). */
  readonly askDelete: (room: Room) => void;
  /** The delete confirmation's content (kept while it closes). */
  readonly deleteDialog: RoomListDeleteDialogState | undefined;
  /** Whether the delete confirmation is open. */
  readonly deleteDialogOpen: boolean;
  /** Deletes the room of the open confirmation. */
  readonly confirmDelete: () => void;
  /** Closes the confirmation without deleting. */
  readonly cancelDelete: () => void;
  /** The message above the table. */
  readonly notice: RoomListNotice | undefined;
  /** Hides the message. */
  readonly dismissNotice: () => void;
  /** Id of this list's toaster. */
  readonly toasterId: string;
}

/** Class names for each slot of {@link RoomList}. */
export interface RoomListClasses {
  /** The outer `div`. */
  readonly root: string;
  /** The heading and the "New room" button. */
  readonly header: string;
  /** The heading. */
  readonly title: string;
  /** The filters and sort. */
  readonly toolbar: string;
  /** The status filter buttons' group. */
  readonly statusGroup: string;
  /** The scrolling box around the table. */
  readonly scroller: string;
  /** The Fluent `Table`. */
  readonly table: string;
  /** The sticky header row's cells. */
  readonly headerCell: string;
  /** A room row. */
  readonly row: string;
  /** The room cell: title, people and id. */
  readonly idCell: string;
  /** The title line (muted for "No title"). */
  readonly roomName: string;
  /** The link on the title, when rooms can be opened. */
  readonly roomLink: string;
  /** The table's header row (visually hidden in a narrow list, where rows stack). */
  readonly headerRow: string;
  /** The search field. */
  readonly search: string;
  /**
   * A line of dates, times or counts. It takes its direction from its own words (`dir="auto"`), so "3:00 – 3:45 PM
   * your time" keeps its order on a right-to-left page, and still aligns with the page.
   */
  readonly text: string;
  /** The people line. */
  readonly people: string;
  /** The id line with its copy button. */
  readonly idLine: string;
  /** The id text. */
  readonly idText: string;
  /** The second line of the window cell: the viewer's clock. */
  readonly viewerWindow: string;
  /** The search progress in the line under the table (the toolbar does not move while the user types). */
  readonly searchStatus: string;
  /** The actions cell. */
  readonly actionsCell: string;
  /** A spacer row standing in for rows out of view. */
  readonly spacer: string;
  /** The empty, loading and failed states. */
  readonly placeholder: string;
  /** The line under the table: count and progress. */
  readonly footer: string;
  /** The status cell's badges. */
  readonly statusCell: string;
  /** The "In a call · 3" badge. */
  readonly callBadge: string;
  /** Text only assistive technology reads. */
  readonly visuallyHidden: string;
}
