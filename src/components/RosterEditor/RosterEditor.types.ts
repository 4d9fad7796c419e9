import type { HTMLAttributes, Ref } from 'react';
import type { RoomParticipant, RoomsAdapter } from '../../adapter/types';
import type { RosterDiff, RosterSort } from '../../core/roster';
import type { RoomRole } from '../../core/roles';
import type { DeepPartial } from '../../strings';
import type { RosterEditorStrings } from '../../strings/areas/rosterEditor';

export type * from './rosterEditorState.types';

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
 * element. Texts come from `RoomsKitProvider`'s strings (`rosterEditor`, `organisers.roles`, `errors`, `common`), with
 * the editor's own `strings` prop laid over its area.
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
  /**
   * This editor's own texts, laid over the provider's `rosterEditor` strings; what it leaves out keeps the
   * provider's text. Counts are ICU plurals: `'{count, plural, one {# change} other {# changes}}'`.
   * @default undefined
   */
  strings?: DeepPartial<RosterEditorStrings>;
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
