import type { HTMLAttributes, Ref } from 'react';
import type { CapabilityCell, CapabilityRowKey, CapabilityTableRow, RoomRole } from '../../core/roles';
import type { DeepPartial, RoomsKitStrings } from '../../strings/types';

/** The two densities of {@link CapabilityTable}, matching Fluent's `Table` sizes of the same name. */
export type CapabilityTableSize = 'small' | 'medium';

/**
 * Props of {@link CapabilityTable}. Any other `div` attribute (`id`, `style`, `aria-*`, `data-*`) is passed to the
 * root element. Texts come from `RoomsKitProvider`'s strings (`capabilityTable`, `roles`), so hosts translate or
 * replace them there.
 */
export interface CapabilityTableProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /**
   * The roles shown as columns, in this order. Unknown values and repeats are left out.
   * @default ROOM_ROLES (Presenter, Collaborator, Attendee, Consumer)
   */
  roles?: readonly RoomRole[];
  /**
   * This table's own words, over the provider's: the role names, rows and cells (`organisers`). Anything left out
   * comes from `RoomsKitProvider`.
   * @default undefined
   */
  strings?: DeepPartial<Pick<RoomsKitStrings, 'organisers'>>;
  /**
   * A role whose column is marked, e.g. the viewer's own role. Its cells carry `data-highlighted` and its header
   * `aria-current="true"`. Ignored when the role is not among `roles`.
   * @default undefined (no column marked)
   */
  highlightRole?: RoomRole;
  /**
   * Row height and icon size.
   * @default 'medium'
   */
  size?: CapabilityTableSize;
  /**
   * Hides the caption visually; it still names the table for assistive technology.
   * @default false
   */
  hideCaption?: boolean;
  /**
   * Extra class name for the root element, merged after the kit's own classes.
   * @default undefined
   */
  className?: string;
}

/** One role column of the table, as rendered. */
export interface CapabilityTableColumnState {
  /** The role this column shows. */
  readonly role: RoomRole;
  /** The role's display name, from `strings.organisers.roles[role].name`. */
  readonly name: string;
  /** Whether this is the `highlightRole` column. */
  readonly highlighted: boolean;
}

/** One cell of a role column, as rendered. */
export interface CapabilityTableCellState {
  /** The column's role. */
  readonly role: RoomRole;
  /** The documentation's verdict for this role and row. */
  readonly cell: CapabilityCell;
  /** The verdict as text (`strings.organisers.capabilityTable.cells[cell]`); the icon only repeats it. */
  readonly text: string;
  /** Whether the cell lies in the `highlightRole` column. */
  readonly highlighted: boolean;
}

/** A note under the table for rows that depend on something besides the role. */
export interface CapabilityTableFootnoteState {
  /** What the rows need (from {@link CapabilityTableRow.requires}). */
  readonly requires: NonNullable<CapabilityTableRow['requires']>;
  /** DOM id of the note, referenced by the rows' `aria-describedby`. */
  readonly id: string;
  /** The mark shown after the row label and before the note. */
  readonly marker: string;
  /** The note's text. */
  readonly text: string;
}

/** One row of the table, as rendered. */
export interface CapabilityTableRowState {
  /** The row's key in `ROLE_CAPABILITY_TABLE`; also its `data-row` attribute. */
  readonly key: CapabilityRowKey;
  /** The row label, from `strings.organisers.capabilityTable.rows[key]`. */
  readonly label: string;
  /** One cell per column, in column order. */
  readonly cells: readonly CapabilityTableCellState[];
  /** The footnote this row refers to, when the row has a condition outside the role. */
  readonly footnote: CapabilityTableFootnoteState | undefined;
}

/** Everything {@link renderCapabilityTable} needs; produced by {@link useCapabilityTable}. */
export interface CapabilityTableState {
  /** Attributes for the root element (the host's extra `div` props, without `className`). */
  readonly root: Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'className'> & { ref: Ref<HTMLDivElement> };
  /** The host's `className`, merged by the styles hook. */
  readonly className: string | undefined;
  /** Row height and icon size. */
  readonly size: CapabilityTableSize;
  /** Whether the caption is only for assistive technology. */
  readonly hideCaption: boolean;
  /** The table's caption, which is also its accessible name. */
  readonly caption: string;
  /** The header of the row-label column. */
  readonly capabilityHeader: string;
  /** The role columns, in order. */
  readonly columns: readonly CapabilityTableColumnState[];
  /** The rows of the documentation's table, in order. */
  readonly rows: readonly CapabilityTableRowState[];
  /** The notes under the table, one per distinct condition among the rows. */
  readonly footnotes: readonly CapabilityTableFootnoteState[];
}

/** Class names for each slot of {@link CapabilityTable}, static and Griffel-generated merged. */
export interface CapabilityTableClasses {
  /** The outer `div`. */
  readonly root: string;
  /** The Fluent `Table`. */
  readonly table: string;
  /** The `caption` element. */
  readonly caption: string;
  /** The header cell above the row labels. */
  readonly capabilityHeader: string;
  /** Each role's column header. */
  readonly roleHeader: string;
  /** The content box inside each role's column header (Fluent's `button` slot of `TableHeaderCell`). */
  readonly roleHeaderContent: string;
  /** Each row's label cell (a row header). */
  readonly rowHeader: string;
  /** Each role cell. */
  readonly cell: string;
  /** The icon-and-text group inside a role cell. */
  readonly cellContent: string;
  /** The icon inside a role cell. */
  readonly icon: string;
  /** The footnote mark after a row label. */
  readonly marker: string;
  /** The list of footnotes under the table. */
  readonly footnotes: string;
  /** One footnote. */
  readonly footnote: string;
}
