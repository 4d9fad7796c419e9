import { useId, useMemo, type Ref } from 'react';
import {
  isRoomRole,
  ROLE_CAPABILITY_TABLE,
  ROOM_ROLES,
  type CapabilityTableRow,
  type RoomRole,
} from '../../core/roles';
import { useRoomsKit } from '../../provider/RoomsKitProvider';
import type { RoomsKitStrings } from '../../strings';
import type {
  CapabilityTableColumnState,
  CapabilityTableFootnoteState,
  CapabilityTableProps,
  CapabilityTableRowState,
  CapabilityTableState,
} from './CapabilityTable.types';

type Requirement = NonNullable<CapabilityTableRow['requires']>;

/** Footnote marks in order of first use; typographic marks read the same in every locale. */
const FOOTNOTE_MARKERS = ['*', '†', '‡', '§'] as const;

/** The note for each condition a row can carry; a `Record` so a new condition in core fails to compile here. */
function requirementTexts(strings: RoomsKitStrings): Record<Requirement, string> {
  return { pstnDialOutEnabled: strings.organisers.capabilityTable.requiresPstnDialOut };
}

/** Keeps the first occurrence of each valid role, so a host's list cannot produce duplicate or empty columns. */
function distinctRoles(roles: readonly RoomRole[]): RoomRole[] {
  const seen = new Set<RoomRole>();
  for (const role of roles) if (isRoomRole(role)) seen.add(role);
  return [...seen];
}

/**
 * State of {@link CapabilityTable}: derives columns, rows and footnotes from `ROLE_CAPABILITY_TABLE` and the
 * provider's strings. Contains no JSX or styling, so hosts can render the same state their own way.
 *
 * @example
 * ```tsx
 * const state = useCapabilityTable({ roles: ['Presenter', 'Consumer'] }, ref);
 * state.rows[0]?.cells.map((c) => c.text); // ['Yes', 'No']
 * ```
 */
export function useCapabilityTable(props: CapabilityTableProps, ref: Ref<HTMLDivElement>): CapabilityTableState {
  const { roles = ROOM_ROLES, highlightRole, size = 'medium', hideCaption = false, className, ...others } = props;
  const { strings: stringsProp, ...rest } = others;
  const { strings } = useRoomsKit(stringsProp);
  const idBase = useId();

  const derived = useMemo(() => {
    const columns: CapabilityTableColumnState[] = distinctRoles(roles).map((role) => ({
      role,
      name: strings.organisers.roles[role].name,
      highlighted: role === highlightRole,
    }));

    const texts = requirementTexts(strings);
    const footnotes: CapabilityTableFootnoteState[] = [];
    const footnoteFor = (requires: Requirement): CapabilityTableFootnoteState => {
      const existing = footnotes.find((note) => note.requires === requires);
      if (existing) return existing;
      const note: CapabilityTableFootnoteState = {
        requires,
        id: `${idBase}-footnote-${requires}`,
        marker: FOOTNOTE_MARKERS[footnotes.length] ?? '*'.repeat(footnotes.length + 1),
        text: texts[requires],
      };
      footnotes.push(note);
      return note;
    };

    const rows: CapabilityTableRowState[] = ROLE_CAPABILITY_TABLE.map((row) => ({
      key: row.key,
      label: strings.organisers.capabilityTable.rows[row.key],
      cells: columns.map(({ role, highlighted }) => {
        const cell = row.cells[role];
        return { role, cell, text: strings.organisers.capabilityTable.cells[cell], highlighted };
      }),
      footnote: row.requires ? footnoteFor(row.requires) : undefined,
    }));

    return { columns, rows, footnotes };
  }, [roles, highlightRole, strings, idBase]);

  return {
    root: { ...rest, ref },
    className,
    size,
    hideCaption,
    caption: strings.organisers.capabilityTable.caption,
    capabilityHeader: strings.organisers.capabilityTable.capabilityHeader,
    ...derived,
  };
}
