import type { HTMLAttributes } from 'react';
import type { Room, RoomsAdapter } from '../../adapter/types';
import type { RoomSort } from '../../core/rooms';
import type { ValidityStatus } from '../../core/validity';
import type { DeepPartial } from '../../strings';
import type { RoomListStrings } from '../../strings/areas/roomList';

export type * from './roomListState.types';

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
  /**
   * This list's own texts, laid over the provider's `roomList` strings; what it leaves out keeps the provider's text.
   * Counts are ICU plurals: `'{count, plural, one {# person} other {# people}}'`.
   * @default undefined
   */
  strings?: DeepPartial<RoomListStrings>;
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
