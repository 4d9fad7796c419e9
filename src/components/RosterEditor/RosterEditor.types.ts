import type { ChangeEvent, DragEvent, HTMLAttributes, KeyboardEvent, Ref, RefObject } from 'react';
import type { VirtualItem } from '@tanstack/react-virtual';
import type { Person, RoomParticipant, RoomsAdapter } from '../../adapter/types';
import type { RoomsErrorCode } from '../../core/errors';
import type { BulkRosterResult, BulkRosterRow, RosterDiff, RosterSort } from '../../core/roster';
import type { RoomRole } from '../../core/roles';
import type { RoomsKitStrings } from '../../strings';

/** How a bound {@link RosterEditor} saves: each change at once, or a reviewed draft. */
export type RosterSaveMode = 'immediate' | 'staged';

/** Row height and control size of {@link RosterEditor}. */
export type RosterEditorSize = 'small' | 'medium';

/** How a row differs from the saved roster (bound editors only). */
export type RosterRowChange = 'added' | 'removed' | 'roleChanged';

/**
 * What a parent (a room form, a wizard) can do with a {@link RosterEditor} through `imperativeRef`, e.g. read the
 * draft and save it together with the room.
 */
export interface RosterEditorHandle {
  /** The roster as the user has edited it (removed participants left out). */
  getDraft(): RoomParticipant[];
  /** What the draft changes compared with the saved roster (empty in controlled mode). */
  getDiff(): RosterDiff;
  /** Whether the draft holds unsaved changes. */
  isDirty(): boolean;
  /** Saves the draft (bound editors); resolves `true` when everything was saved. */
  save(): Promise<boolean>;
  /** Drops the draft and shows the saved roster again. */
  discard(): void;
  /** Reads the roster from the backend again (bound editors). */
  reload(): void;
}

/**
 * Props of {@link RosterEditor}. Any other `div` attribute (`id`, `style`, `aria-*`, `data-*`) is passed to the root
 * element. Texts come from `RoomsKitProvider`'s strings (`rosterEditor`, `roles`, `errors`, `common`).
 *
 * Two ways to hold it: **bound** (`roomId`, with `adapter` or the provider's): the editor loads every page of the
 * room's roster and saves through the adapter; **controlled** (`participants` + `onChange`, or
 * `defaultParticipants`): for a room that does not exist yet, the parent holds the list.
 */
export interface RosterEditorProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'children' | 'onChange' | 'defaultValue' | 'onSelect'
> {
  /**
   * The backend. Bound editors load and save through it; every editor resolves names through its directory.
   * @default the `RoomsKitProvider`'s adapter
   */
  adapter?: RoomsAdapter;
  /**
   * The room whose roster is edited. Makes the editor **bound**: it loads and saves the roster itself, and
   * `participants`/`defaultParticipants` are ignored.
   * @default undefined (controlled or uncontrolled)
   */
  roomId?: string;
  /**
   * Bound editors only. `immediate`: every change is saved at once (optimistically, rolled back with a message when
   * the backend refuses, with Undo). `staged`: changes collect as a draft, marked on the rows, until the user
   * reviews and saves them (at most two adapter calls).
   * @default 'immediate'
   */
  saveMode?: RosterSaveMode;
  /**
   * The roster, when the parent holds it (controlled). Pair with `onChange`.
   * @default undefined
   */
  participants?: readonly RoomParticipant[];
  /**
   * The roster at first, when the editor holds it (uncontrolled).
   * @default []
   */
  defaultParticipants?: readonly RoomParticipant[];
  /**
   * Called with the whole new roster after every edit (controlled and uncontrolled modes).
   * @default undefined
   */
  onChange?: (participants: RoomParticipant[]) => void;
  /**
   * Called when the editor starts or stops holding unsaved changes (bound editors).
   * @default undefined
   */
  onDirtyChange?: (dirty: boolean) => void;
  /**
   * Called with the draft and its diff whenever the draft changes (bound editors), for a parent form that saves
   * the roster with the rest of the room.
   * @default undefined
   */
  onDraftChange?: (draft: RoomParticipant[], diff: RosterDiff) => void;
  /**
   * Called with the saved roster after changes were saved (bound editors).
   * @default undefined
   */
  onSaved?: (participants: RoomParticipant[]) => void;
  /**
   * Receives the {@link RosterEditorHandle}: read the draft, save, discard, reload.
   * @default undefined
   */
  imperativeRef?: Ref<RosterEditorHandle>;
  /**
   * Shows the roster with no editing controls at all (no add, role change, remove or selection), for someone who
   * may view the roster but not manage it. Filtering, sorting and showing ids still work.
   * @default false
   */
  readOnly?: boolean;
  /**
   * The roles offered in the role pickers, in order.
   * @default ROOM_ROLES
   */
  roles?: readonly RoomRole[];
  /**
   * The role people get when added without one: the "Add as" picker starts on it when uncontrolled.
   * @default 'Attendee'
   */
  defaultRole?: RoomRole;
  /**
   * The role the "Add as" picker shows (controlled); people added one by one or in bulk get it.
   * @default undefined
   */
  addRole?: RoomRole;
  /**
   * Called when the user picks another "Add as" role.
   * @default undefined
   */
  onAddRoleChange?: (role: RoomRole) => void;
  /**
   * Warn when more participants than this hold an interactive role (everyone but Consumers).
   * @default INTERACTIVE_PARTICIPANT_LIMIT (350)
   */
  interactiveLimit?: number;
  /**
   * Most height of the scrolling list, in pixels: a shorter roster is as tall as its rows. The list is virtualised:
   * only the rows in view (and a few more) are in the page, whatever the roster's size.
   * @default 480
   */
  listHeight?: number;
  /**
   * Row height and control size.
   * @default 'medium'
   */
  size?: RosterEditorSize;
  /**
   * Whether raw ids are shown under the names (controlled).
   * @default undefined
   */
  showIds?: boolean;
  /**
   * Whether raw ids are shown at first (uncontrolled).
   * @default false
   */
  defaultShowIds?: boolean;
  /**
   * Called when the user shows or hides raw ids.
   * @default undefined
   */
  onShowIdsChange?: (showIds: boolean) => void;
  /**
   * The filter text (controlled).
   * @default undefined
   */
  filterText?: string;
  /**
   * The filter text at first (uncontrolled).
   * @default ''
   */
  defaultFilterText?: string;
  /**
   * Called when the user types in the filter box.
   * @default undefined
   */
  onFilterTextChange?: (text: string) => void;
  /**
   * The role filter (controlled); `null` shows every role.
   * @default undefined
   */
  roleFilter?: RoomRole | null;
  /**
   * The role filter at first (uncontrolled).
   * @default null
   */
  defaultRoleFilter?: RoomRole | null;
  /**
   * Called when the user picks a role filter.
   * @default undefined
   */
  onRoleFilterChange?: (role: RoomRole | null) => void;
  /**
   * The sort order (controlled).
   * @default undefined
   */
  sort?: RosterSort;
  /**
   * The sort order at first (uncontrolled).
   * @default { by: 'name', direction: 'ascending' }
   */
  defaultSort?: RosterSort;
  /**
   * Called when the user sorts by a column.
   * @default undefined
   */
  onSortChange?: (sort: RosterSort) => void;
  /**
   * The selected participant ids (controlled).
   * @default undefined
   */
  selectedIds?: ReadonlySet<string>;
  /**
   * The selected ids at first (uncontrolled).
   * @default an empty set
   */
  defaultSelectedIds?: ReadonlySet<string>;
  /**
   * Called when the selection changes.
   * @default undefined
   */
  onSelectionChange?: (ids: ReadonlySet<string>) => void;
  /**
   * Most rows a pasted or dropped list may have.
   * @default BULK_ROSTER_MAX_ROWS (50,000)
   */
  maxBulkRows?: number;
  /**
   * Page size asked of `listParticipants` while loading (the backend may return fewer).
   * @default 100
   */
  pageSize?: number;
  /**
   * How many ids one `resolvePeople` call asks for.
   * @default 500
   */
  resolveBatchSize?: number;
  /**
   * Extra class name for the root element, merged after the kit's own classes.
   * @default undefined
   */
  className?: string;
}

/** One row of the roster as rendered. */
export interface RosterRowState {
  /** Raw id. */
  readonly id: string;
  /** Index in the shown (filtered and sorted) list. */
  readonly index: number;
  /** The role (for a removed row, the role it had). */
  readonly role: RoomRole;
  /** The name from the directory, or the raw id when the directory does not know it. */
  readonly name: string;
  /** The directory's second line (job title…), or the "not in the directory" text. */
  readonly secondaryText: string | undefined;
  /** Whether the directory knows this person. */
  readonly known: boolean;
  /** How the row differs from the saved roster (bound editors). */
  readonly change: RosterRowChange | undefined;
  /** For a role change, the saved role's name. */
  readonly previousRoleName: string | undefined;
  /** Whether a save of this row is under way (immediate mode). */
  readonly pending: boolean;
  /** Why the last save of this row failed, when it did. */
  readonly failure: string | undefined;
  /** Whether the row is selected. */
  readonly selected: boolean;
  /**
   * Set while the user is editing this row and it changed elsewhere (bound editors whose backend has events): what
   * changed, and the texts of the two ways to settle it.
   */
  readonly conflict: RosterRowConflict | undefined;
  /** The row's accessible texts. */
  readonly labels: {
    readonly select: string;
    readonly role: string;
    readonly remove: string;
    readonly restore: string;
  };
  /** DOM id of the row's name cell. */
  readonly nameId: string;
}

/** A row the user is editing that changed elsewhere, as the row shows it. */
export interface RosterRowConflict {
  /** Changed to another role, or removed. */
  readonly kind: 'changed' | 'removed';
  /** "Changed elsewhere: now Consumer" or "Removed elsewhere". */
  readonly text: string;
  /** Accessible name of the row's menu that settles it. */
  readonly menuLabel: string;
  /** "Take theirs (Consumer)". */
  readonly theirsLabel: string;
  /** "Keep mine (Presenter)". */
  readonly mineLabel: string;
}

/** The message above the roster while rows the user is editing changed elsewhere. */
export interface RosterConflictNotice {
  /** Who changed and how, or how many rows did. */
  readonly text: string;
  /** How many rows are in conflict. */
  readonly count: number;
}

/** What every row shares: settings and stable handlers, so unchanged rows skip rendering. */
export interface RosterRowContext {
  /** The kit's strings. */
  readonly strings: RoomsKitStrings;
  /** Fills `{placeholders}`. */
  readonly format: (template: string, values?: Readonly<Record<string, string | number>>) => string;
  /** Whether editing controls are left out. */
  readonly readOnly: boolean;
  /** Whether raw ids are shown. */
  readonly showIds: boolean;
  /** The roles offered. */
  readonly roles: readonly RoomRole[];
  /** Height of one row, in pixels. */
  readonly rowHeight: number;
  /** The editor's actions. */
  readonly actions: RosterEditorActions;
}

/** The bulk-import panel's state. */
export interface RosterBulkState {
  /** Whether the panel is open. */
  readonly open: boolean;
  /** The text in the box. */
  readonly text: string;
  /** Whether a long list is being checked. */
  readonly checking: boolean;
  /** The last check's result, until the text changes. */
  readonly result: BulkRosterResult | undefined;
  /** The report rows shown (all, or only problems). */
  readonly reportRows: readonly BulkRosterRow[];
  /** Whether only rows with problems are shown. */
  readonly problemsOnly: boolean;
  /** A message about the dropped or chosen file, or the last apply. */
  readonly message: { readonly intent: 'error' | 'success' | 'warning'; readonly text: string } | undefined;
  /** Whether a file is being dragged over the drop zone. */
  readonly dragging: boolean;
}

/** A notice shown above the roster. */
export interface RosterNotice {
  /** Its colour and icon. */
  readonly intent: 'success' | 'error' | 'warning' | 'info';
  /** The text. */
  readonly text: string;
  /** When set, the notice offers Undo. */
  readonly canUndo: boolean;
  /** When set, the notice offers Retry. */
  readonly canRetry: boolean;
}

/** What the user can do in {@link RosterEditor}. Each function keeps its identity for the editor's lifetime. */
export interface RosterEditorActions {
  /** Adds a person found in the directory with the "Add as" role. */
  readonly addPerson: (person: Person) => void;
  /** Adds several people at once (a list pasted into "Add a person") with the "Add as" role, in one change. */
  readonly addPeople: (people: readonly Person[]) => void;
  /** Sets the "Add as" role. */
  readonly setAddRole: (role: RoomRole) => void;
  /** Changes one participant's role. */
  readonly changeRole: (id: string, role: RoomRole) => void;
  /** Removes one participant. */
  readonly remove: (id: string) => void;
  /** Restores a participant removed in the draft, or reverts its role. */
  readonly restore: (id: string) => void;
  /** Selects or unselects a row. */
  readonly toggleSelected: (id: string, selected: boolean) => void;
  /** Selects or unselects every shown row. */
  readonly toggleAllShown: (selected: boolean) => void;
  /** Clears the selection. */
  readonly clearSelection: () => void;
  /** Gives every selected participant a role. */
  readonly changeSelectedRole: (role: RoomRole) => void;
  /** Removes every selected participant. */
  readonly removeSelected: () => void;
  /** Sets the filter text. */
  readonly setFilterText: (text: string) => void;
  /** Sets the role filter. */
  readonly setRoleFilter: (role: RoomRole | null) => void;
  /** Clears both filters. */
  readonly clearFilters: () => void;
  /** Sorts by a column (again: reverses). */
  readonly sortBy: (by: RosterSort['by']) => void;
  /** Shows or hides raw ids. */
  readonly setShowIds: (show: boolean) => void;
  /** Loads again after a failure. */
  readonly retryLoad: () => void;
  /** Opens or closes the review dialog. */
  readonly setReviewOpen: (open: boolean) => void;
  /** Saves the draft. */
  readonly save: () => void;
  /** Drops the draft. */
  readonly discard: () => void;
  /** Undoes the last saved change (immediate mode). */
  readonly undo: () => void;
  /** Tries the failed change again. */
  readonly retry: () => void;
  /** Hides the notice. */
  readonly dismissNotice: () => void;
  /** Settles a row that changed elsewhere with their value. */
  readonly takeTheirs: (id: string) => void;
  /** Settles a row that changed elsewhere with the user's value (saved at once in immediate mode). */
  readonly keepMine: (id: string) => void;
  /** Takes their value for every row that changed elsewhere. */
  readonly takeAllTheirs: () => void;
  /** Keeps the user's value for every row that changed elsewhere. */
  readonly keepAllMine: () => void;
  /** Reads the roster again after changes made elsewhere could not be read, keeping unsaved edits. */
  readonly reloadLive: () => void;
  /** Bulk panel handlers. */
  readonly bulk: {
    readonly setOpen: (open: boolean) => void;
    readonly onTextChange: (event: ChangeEvent<HTMLTextAreaElement>) => void;
    readonly check: () => void;
    readonly apply: () => void;
    readonly setProblemsOnly: (on: boolean) => void;
    readonly onFileChange: (event: ChangeEvent<HTMLInputElement>) => void;
    readonly onDragOver: (event: DragEvent<HTMLElement>) => void;
    readonly onDragLeave: (event: DragEvent<HTMLElement>) => void;
    readonly onDrop: (event: DragEvent<HTMLElement>) => void;
  };
  /** Keyboard navigation between rows and controls. */
  readonly onGridKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  /** Keeps the tab stop on the row that has focus. */
  readonly onRowFocus: (index: number) => void;
}

/** Everything {@link renderRosterEditor} needs; produced by {@link useRosterEditor}. */
export interface RosterEditorState {
  /** Attributes for the root element (the host's extra `div` props, without `className`). */
  readonly root: Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'className' | 'onChange'> & {
    ref: Ref<HTMLDivElement>;
  };
  /** The host's `className`, merged by the styles hook. */
  readonly className: string | undefined;
  /** The kit's strings for this component, and the role names. */
  readonly strings: RoomsKitStrings;
  /** Fills `{placeholders}`. */
  readonly format: (template: string, values?: Readonly<Record<string, string | number>>) => string;
  /** Bound (loads and saves through the adapter) or controlled. */
  readonly mode: 'bound' | 'controlled';
  /** Save mode of a bound editor. */
  readonly saveMode: RosterSaveMode;
  /** Row height and control size. */
  readonly size: RosterEditorSize;
  /** Height of one row, in pixels. */
  readonly rowHeight: number;
  /** Height of the list viewport, in pixels: its rows' height, at most the `listHeight` prop. */
  readonly listHeight: number;
  /** Whether editing controls are left out. */
  readonly readOnly: boolean;
  /** The adapter, for the PeoplePicker (undefined when there is none). */
  readonly adapter: RoomsAdapter | undefined;
  /** Loading, failed or ready. */
  readonly status: 'loading' | 'loadFailed' | 'ready';
  /** Participants read so far while loading. */
  readonly loadedCount: number;
  /** Why loading failed. */
  readonly loadErrorCode: RoomsErrorCode | undefined;
  /** Whether saving is impossible now (no network). */
  readonly offline: boolean;
  /** Whether a save is under way. */
  readonly saving: boolean;
  /** The heading id (names the grid). */
  readonly titleId: string;
  /** The heading text. */
  readonly title: string;
  /** DOM id of the keyboard hint. */
  readonly hintId: string;

  /** Participants in the draft (removed ones left out). */
  readonly total: number;
  /** Rows shown after filters (removed rows of a staged draft included). */
  readonly shownCount: number;
  /** Participants per role in the draft. */
  readonly roleCounts: Readonly<Record<RoomRole, number>>;
  /** Participants with an interactive role. */
  readonly interactive: number;
  /** The interactive limit. */
  readonly interactiveLimit: number;
  /** The roles offered. */
  readonly roles: readonly RoomRole[];

  /** Unsaved changes (bound editors). */
  readonly diff: RosterDiff;
  /** Number of unsaved changes. */
  readonly dirtyCount: number;
  /** Adapter calls a save would make (0–2). */
  readonly saveRequestCount: number;
  /** Whether the review dialog is open. */
  readonly reviewOpen: boolean;
  /** Names for the review dialog. */
  readonly nameOf: (id: string) => string;

  /** Notices above the roster, most important first. */
  readonly notice: RosterNotice | undefined;
  /** The polite live region's text. */
  readonly announcement: string;
  /** Rows the user is editing that changed elsewhere, when there are any. */
  readonly conflictNotice: RosterConflictNotice | undefined;
  /** Whether the room was deleted elsewhere while shown (the roster is then read-only). */
  readonly deleted: boolean;
  /** Whether changes made elsewhere could not be read (the roster shown may be out of date). */
  readonly liveReloadFailed: boolean;

  /** The role new people get. */
  readonly addRole: RoomRole;
  /** Ids already on the roster, for the PeoplePicker's exclusions. */
  readonly rosterIds: readonly string[];

  /** Filter text. */
  readonly filterText: string;
  /** Role filter. */
  readonly roleFilter: RoomRole | null;
  /** Sort order. */
  readonly sort: Required<RosterSort>;
  /** Whether raw ids are shown. */
  readonly showIds: boolean;

  /** Selected ids. */
  readonly selectedCount: number;
  /** The header checkbox: all shown rows selected, some, or none. */
  readonly allShownSelected: boolean | 'mixed';

  /** The bulk panel. */
  readonly bulk: RosterBulkState;

  /** The scrolling element of the list. */
  readonly scrollRef: RefObject<HTMLDivElement>;
  /** The scrolling element of the bulk report. */
  readonly reportScrollRef: RefObject<HTMLDivElement>;
  /** The rows in the page now. */
  readonly virtualRows: ReadonlyArray<{ readonly item: VirtualItem; readonly row: RosterRowState }>;
  /** Height of the whole virtual list. */
  readonly totalHeight: number;
  /** The bulk report rows in the page now. */
  readonly virtualReportRows: ReadonlyArray<{ readonly item: VirtualItem; readonly row: BulkRosterRow }>;
  /** Height of the whole bulk report. */
  readonly reportTotalHeight: number;
  /** Height of one report row, in pixels. */
  readonly reportRowHeight: number;
  /** Height of the bulk report's viewport, in pixels: its rows, up to a limit, then it scrolls. */
  readonly reportHeight: number;
  /** The verdict text of a report row. */
  readonly verdictOf: (row: BulkRosterRow) => string;
  /** The index of the row that holds the grid's tab stop. */
  readonly activeIndex: number;
  /** What every row shares. */
  readonly rowContext: RosterRowContext;

  /** Everything the user can do; the functions keep their identity from render to render. */
  readonly actions: RosterEditorActions;
  /** The file input, opened by the "Choose a file" button. */
  readonly fileInputRef: RefObject<HTMLInputElement>;
}

/** Class names for each slot of {@link RosterEditor}, static and Griffel-generated merged. */
export interface RosterEditorClasses {
  /** The outer element. */
  readonly root: string;
  /** The heading. */
  readonly title: string;
  /** The heading's line, which also holds a success notice (with its Undo) without moving anything below. */
  readonly header: string;
  /** A success notice in the heading's line. */
  readonly notice: string;
  /** A toolbar control with no label above it (the list button, the ids switch), stepped down to the others. */
  readonly unlabeled: string;
  /** The add / filter toolbar. */
  readonly toolbar: string;
  /** The group of add controls. */
  readonly addGroup: string;
  /** The group of filter controls. */
  readonly filterGroup: string;
  /** The per-role counts. */
  readonly counts: string;
  /** One count. */
  readonly count: string;
  /** The bar of selection or draft actions. */
  readonly actionBar: string;
  /** The grid. */
  readonly grid: string;
  /** The header row. */
  readonly headerRow: string;
  /** The scrolling list. */
  readonly scroller: string;
  /** The sizer inside the scrolling list. */
  readonly sizer: string;
  /**
   * A row; carries `data-change`, `data-pending`, `data-failed`, `data-selected`, `data-role`, and
   * `data-conflict="changed|removed"` while it changed elsewhere during the user's edit.
   */
  readonly row: string;
  /** A cell. */
  readonly cell: string;
  /** The name cell. */
  readonly nameCell: string;
  /** The name. */
  readonly name: string;
  /** The second line under the name. */
  readonly secondary: string;
  /** The raw id line. */
  readonly rawId: string;
  /** A row's change or failure badge. */
  readonly badge: string;
  /** The empty and no-match message. */
  readonly empty: string;
  /** The loading block. */
  readonly loading: string;
  /** The bulk panel. */
  readonly bulk: string;
  /** The drop zone. */
  readonly dropZone: string;
  /** The bulk report. */
  readonly report: string;
  /** A bulk report row; carries `data-status`. */
  readonly reportRow: string;
  /** The bulk report's header row. */
  readonly reportHeader: string;
  /** Visually hidden text. */
  readonly visuallyHidden: string;
}
