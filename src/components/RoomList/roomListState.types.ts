import type { HTMLAttributes, Ref, RefObject } from 'react';
import type { Virtualizer } from '@tanstack/react-virtual';
import type { Room } from '../../adapter/types';
import type { RoomSort } from '../../core/rooms';
import type { ValidityStatus } from '../../core/validity';
import type { RoomListStrings } from '../../strings/areas/roomList';

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

/** Loading the list: where it stands and how to try again. */
export interface RoomListLoadState {
  /** Where loading stands. */
  readonly status: RoomListLoadStatus;
  /** The message for a failed load, in the viewer's language. */
  readonly errorText: string | undefined;
  /** "Loading more rooms… N so far", while later pages load. */
  readonly progressText: string | undefined;
  /** Reads the list again. */
  readonly retry: () => void;
  /** Whether the browser is online. */
  readonly online: boolean;
}

/** The search box and what searching found. */
export interface RoomListSearchState {
  /** The search text. */
  readonly text: string;
  /** Changes the search text. */
  readonly setText: (text: string) => void;
  /** Empties the search box (and keeps the status filter). */
  readonly clear: () => void;
  /** Where searching stands. */
  readonly status: RoomListSearchStatus;
  /** The message for a failed search, in the viewer's language. */
  readonly errorText: string | undefined;
  /** Runs the failed search again. */
  readonly retry: () => void;
  /** "No rooms match “x”", when the search found nothing. */
  readonly noMatchesText: string | undefined;
  /** Says rooms were created that the search shown may not place yet (they may match by a name); else `undefined`. */
  readonly newRoomsText: string | undefined;
  /** Asks the search again, placing those rooms. */
  readonly refreshNewRooms: () => void;
}

/** The status and "In a call" filters. */
export interface RoomListFiltersState {
  /** DOM id of the status filter's visible label. */
  readonly statusLabelId: string;
  /** The status filter buttons. */
  readonly statusOptions: readonly RoomListStatusOption[];
  /** Adds or removes a status from the filter. */
  readonly toggleStatus: (status: ValidityStatus) => void;
  /** The "In a call" filter button, where the backend hears calls. */
  readonly call: { readonly label: string; readonly pressed: boolean } | undefined;
  /** Turns the "In a call" filter on or off. */
  readonly toggleCall: () => void;
  /** Whether any filter is on (search text, statuses, in a call). */
  readonly active: boolean;
  /** Clears every filter, the search text included. */
  readonly clear: () => void;
}

/** The sort select and the sortable column headers. */
export interface RoomListSortState {
  /** The sort orders offered. */
  readonly options: readonly RoomListSortOption[];
  /** The current sort's option value. */
  readonly value: string;
  /** Picks a sort order by option value. */
  readonly setValue: (value: string) => void;
  /** The sortable column headers. */
  readonly headers: Readonly<Record<'status' | 'window' | 'created', RoomListSortableHeader>>;
}

/** How many rooms there are and how many are shown. */
export interface RoomListCounts {
  /** How many rooms the backend has (as loaded). */
  readonly total: number;
  /** How many rooms pass the filters. */
  readonly shown: number;
  /** "{shown} of {total} rooms". */
  readonly summaryText: string;
}

/** The table's rows, virtualised when the list is long. */
export interface RoomListRowsState {
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
}

/** The one row menu of the table. */
export interface RoomListMenuControl {
  /** The row menu, while it is open: one menu for the whole table, anchored to the row's button. */
  readonly current: RoomListMenuState | undefined;
  /** Opens the row menu of a room, next to the button that asked for it. */
  readonly open: (room: Room, target: HTMLElement) => void;
  /** Closes the row menu. */
  readonly close: () => void;
  /** The open menu's popover, so focus can return to the row when the menu closes. */
  readonly popoverRef: RefObject<HTMLDivElement>;
}

/** What a row lets the user do. */
export interface RoomListRowActions {
  /** Whether the title is a link that opens the room. */
  readonly canOpen: boolean;
  /** Whether the row menu has "Edit". */
  readonly canEdit: boolean;
  /** Opens a room. */
  readonly open: (room: Room) => void;
  /** Edits a room. */
  readonly edit: (room: Room) => void;
  /** Copies a room's id to the clipboard (a toast confirms it; a message says so when the clipboard refuses). */
  readonly copyId: (room: Room) => void;
  /** Asks to delete a room (opens the confirmation). */
  readonly askDelete: (room: Room) => void;
}

/** The delete confirmation. */
export interface RoomListDeletion {
  /** The confirmation's content (kept while it closes). */
  readonly dialog: RoomListDeleteDialogState | undefined;
  /** Whether the confirmation is open. */
  readonly open: boolean;
  /** Deletes the room of the open confirmation. */
  readonly confirm: () => void;
  /** Closes the confirmation without deleting. */
  readonly cancel: () => void;
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
  /** The heading, which names the table; focus goes there when the row that had it goes and no row is left. */
  readonly heading: { readonly id: string; readonly ref: RefObject<HTMLHeadingElement> };
  /** Loading the list. */
  readonly load: RoomListLoadState;
  /** The "New room" button, when the host lets rooms be created. */
  readonly create: (() => void) | undefined;
  /** The search box. */
  readonly search: RoomListSearchState;
  /** The filters. */
  readonly filters: RoomListFiltersState;
  /** The sort. */
  readonly sort: RoomListSortState;
  /** The counts under the table. */
  readonly counts: RoomListCounts;
  /** The rows. */
  readonly list: RoomListRowsState;
  /** The row menu. */
  readonly menu: RoomListMenuControl;
  /** What a row lets the user do. */
  readonly actions: RoomListRowActions;
  /** The delete confirmation. */
  readonly deletion: RoomListDeletion;
  /** The message above the table, and how to hide it. */
  readonly notice: { readonly current: RoomListNotice | undefined; readonly dismiss: () => void };
  /** Id of this list's toaster. */
  readonly toasterId: string;
}
