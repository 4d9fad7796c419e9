import type { ChangeEvent, DragEvent, HTMLAttributes, KeyboardEvent, Ref, RefObject } from 'react';
import type { VirtualItem } from '@tanstack/react-virtual';
import type { Person, RoomsAdapter } from '../../adapter/types';
import type { RoomsErrorCode } from '../../core/errors';
import type { BulkRosterResult, BulkRosterRow, RosterDiff, RosterSort } from '../../core/roster';
import type { RoomRole } from '../../core/roles';
import type { LoadStatus } from '../../hooks/useLoad';
import type { RoomsKitStrings } from '../../strings';
import type { RosterEditorSize, RosterRowChange, RosterSaveMode } from './RosterEditor.types';

/** Fills a template's `{placeholders}` and ICU plurals in the kit's locale. */
export type RosterFormat = (template: string, values?: Readonly<Record<string, string | number>>) => string;

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
}

/** A row the user is editing that changed elsewhere, as the row shows it. */
export interface RosterRowConflict {
  /** Changed to another role, or removed. */
  readonly kind: 'changed' | 'removed';
  /** "Changed elsewhere: now Consumer" or "Removed elsewhere". */
  readonly text: string;
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
  /** Fills `{placeholders}` and plurals. */
  readonly format: RosterFormat;
  /** Whether editing controls are left out (a read-only editor, or one still loading). */
  readonly readOnly: boolean;
  /** Whether raw ids are shown. */
  readonly showIds: boolean;
  /** The roles offered. */
  readonly roles: readonly RoomRole[];
  /** Height of one row, in pixels. */
  readonly rowHeight: number;
  /** Whether each row has its role under the name (see {@link RosterListState.stacked}). */
  readonly stacked: boolean;
  /** Prefix of the DOM ids of each row slot's labels (`${idBase}-${index}-role`…). */
  readonly idBase: string;
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

/** The bulk report's virtual list. */
export interface RosterReportState {
  /** The scrolling element of the report. */
  readonly scrollRef: RefObject<HTMLDivElement>;
  /** The report rows in the page now. */
  readonly rows: ReadonlyArray<{ readonly item: VirtualItem; readonly row: BulkRosterRow }>;
  /** Height of the whole report. */
  readonly totalHeight: number;
  /** Height of one report row, in pixels. */
  readonly rowHeight: number;
  /** Height of the report's viewport, in pixels: its rows, up to a limit, then it scrolls. */
  readonly height: number;
  /** The verdict text of a report row. */
  readonly verdictOf: (row: BulkRosterRow) => string;
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
  /**
   * The id of the participant shown at a place in the list. Row controls are kept per place and ask it when used, so
   * filtering (which puts other people in the same places) does not render their pickers again.
   */
  readonly idAt: (index: number) => string | undefined;
}

/** How far reading a bound editor's roster has got. */
export interface RosterLoadState {
  /** The kit's read words; a controlled editor is always `ready`. */
  readonly status: LoadStatus;
  /** Participants read so far. */
  readonly loadedCount: number;
  /** Why loading failed. */
  readonly errorCode: RoomsErrorCode | undefined;
}

/** The counts above the list. */
export interface RosterCountsState {
  /** Participants in the draft (removed ones left out). */
  readonly total: number;
  /** Rows shown after filters (removed rows of a staged draft included). */
  readonly shown: number;
  /** Rows of the draft that are removals not saved yet. */
  readonly removed: number;
  /** Participants per role in the draft. */
  readonly byRole: Readonly<Record<RoomRole, number>>;
  /** Participants with an interactive role. */
  readonly interactive: number;
  /** The interactive limit. */
  readonly interactiveLimit: number;
}

/** A bound editor's unsaved changes and saving. */
export interface RosterDraftState {
  /** Unsaved changes. */
  readonly diff: RosterDiff;
  /** Number of unsaved changes. */
  readonly dirtyCount: number;
  /** Adapter calls a save would make (0–2). */
  readonly saveRequestCount: number;
  /** Whether saving is impossible now (no network). */
  readonly offline: boolean;
  /** Whether a save is under way. */
  readonly saving: boolean;
  /** Whether the review dialog is open. */
  readonly reviewOpen: boolean;
  /** Names for the review dialog. */
  readonly nameOf: (id: string) => string;
}

/** What the editor tells the user about, besides the rows. */
export interface RosterNoticesState {
  /** The notice above the roster, most important first. */
  readonly notice: RosterNotice | undefined;
  /** Rows the user is editing that changed elsewhere, when there are any. */
  readonly conflict: RosterConflictNotice | undefined;
  /** Whether the room was deleted elsewhere while shown (the roster is then read-only). */
  readonly deleted: boolean;
  /** Whether changes made elsewhere could not be read (the roster shown may be out of date). */
  readonly liveReloadFailed: boolean;
  /** The polite live region's text. */
  readonly announcement: string;
}

/** Filters, sort, ids and selection as the toolbar and header show them. */
export interface RosterViewState {
  /** Filter text. */
  readonly filterText: string;
  /** Role filter. */
  readonly roleFilter: RoomRole | null;
  /** Sort order. */
  readonly sort: Required<RosterSort>;
  /** Whether raw ids are shown. */
  readonly showIds: boolean;
  /** Selected participants still on the roster. */
  readonly selectedCount: number;
  /** The header checkbox: all shown rows selected, some, or none. */
  readonly allShownSelected: boolean | 'mixed';
}

/** The virtual list of rows. */
export interface RosterListState {
  /** The scrolling element. */
  readonly scrollRef: RefObject<HTMLDivElement>;
  /** The rows in the page now. */
  readonly rows: ReadonlyArray<{ readonly item: VirtualItem; readonly row: RosterRowState }>;
  /** Height of the whole virtual list. */
  readonly totalHeight: number;
  /** Height of the viewport, in pixels: its rows' height, at most the `listHeight` prop. */
  readonly height: number;
  /** Height of one row, in pixels. */
  readonly rowHeight: number;
  /** The index of the row that holds the grid's tab stop. */
  readonly activeIndex: number;
  /** Gives the grid element, whose width decides whether each row's role goes under the name. */
  readonly measureRef: (element: HTMLElement | null) => void;
  /**
   * Whether the grid is too narrow for name and role side by side (a phone, a panel beside a call): each row then
   * has the role under the name, and the name the row's whole width.
   */
  readonly stacked: boolean;
}

/** Everything {@link renderRosterEditor} needs; produced by {@link useRosterEditor}. */
export interface RosterEditorState {
  /** Attributes for the root element (the host's extra `div` props, without `className`). */
  readonly root: Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'className' | 'onChange'> & {
    ref: Ref<HTMLDivElement>;
  };
  /** The host's `className`, merged by the styles hook. */
  readonly className: string | undefined;
  /** The kit's strings (the editor's own `strings` prop laid over them). */
  readonly strings: RoomsKitStrings;
  /** Fills `{placeholders}` and plurals. */
  readonly format: RosterFormat;
  /** Bound (loads and saves through the adapter) or controlled. */
  readonly mode: 'bound' | 'controlled';
  /** Save mode of a bound editor. */
  readonly saveMode: RosterSaveMode;
  /** Row height and control size. */
  readonly size: RosterEditorSize;
  /** Whether editing controls are left out. */
  readonly readOnly: boolean;
  /** The adapter, for the PeoplePicker (undefined when there is none). */
  readonly adapter: RoomsAdapter | undefined;
  /** DOM ids: the heading (names the grid), the keyboard hint and the bulk panel. */
  readonly ids: { readonly title: string; readonly hint: string; readonly bulk: string };
  /** The heading text. */
  readonly title: string;
  /** Reading the roster. */
  readonly load: RosterLoadState;
  /** Counts above the list. */
  readonly counts: RosterCountsState;
  /** The roles offered. */
  readonly roles: readonly RoomRole[];
  /** Unsaved changes and saving. */
  readonly draft: RosterDraftState;
  /** Notices and announcements. */
  readonly notices: RosterNoticesState;
  /** Adding people: the role they get and who is on the roster already (the PeoplePicker's exclusions). */
  readonly add: { readonly role: RoomRole; readonly rosterIds: readonly string[] };
  /** Filters, sort, ids and selection. */
  readonly view: RosterViewState;
  /** The bulk panel, its report and its file input. */
  readonly bulk: RosterBulkState & {
    readonly report: RosterReportState;
    readonly fileInputRef: RefObject<HTMLInputElement>;
  };
  /** The virtual list. */
  readonly list: RosterListState;
  /** What every row shares. */
  readonly rowContext: RosterRowContext;
  /** Everything the user can do; the functions keep their identity from render to render. */
  readonly actions: RosterEditorActions;
}
