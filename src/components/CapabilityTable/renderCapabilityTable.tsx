import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import {
  Checkmark16Regular,
  Checkmark20Regular,
  CircleHalfFill16Regular,
  CircleHalfFill20Regular,
  Dismiss16Regular,
  Dismiss20Regular,
  type FluentIcon,
} from '@fluentui/react-icons';
import type { CapabilityCell } from '../../core/roles';
import type { CapabilityTableClasses, CapabilityTableSize, CapabilityTableState } from './CapabilityTable.types';

/** The icon that repeats each cell's text, per size: sized icons keep their design stroke at 16 and 20 px. */
const CELL_ICONS: Readonly<Record<CapabilityTableSize, Readonly<Record<CapabilityCell, FluentIcon>>>> = {
  small: { yes: Checkmark16Regular, no: Dismiss16Regular, remoteOnly: CircleHalfFill16Regular },
  medium: { yes: Checkmark20Regular, no: Dismiss20Regular, remoteOnly: CircleHalfFill20Regular },
};

/** `true` → present attribute, `false` → absent, so hosts can select `[data-highlighted]`. */
const flag = (on: boolean): 'true' | undefined => (on ? 'true' : undefined);

/**
 * Renders {@link CapabilityTable} from its state and classes: JSX only, no decisions. Hosts that want different markup
 * call {@link useCapabilityTable} and {@link useCapabilityTableStyles} and render the state themselves.
 *
 * @example
 * ```tsx
 * return renderCapabilityTable(useCapabilityTable(props, ref), classes);
 * ```
 */
export function renderCapabilityTable(state: CapabilityTableState, classes: CapabilityTableClasses): JSX.Element {
  const icons = CELL_ICONS[state.size];
  return (
    <div {...state.root} className={classes.root} data-size={state.size}>
      <Table size={state.size} className={classes.table}>
        <caption className={classes.caption}>{state.caption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col" className={classes.capabilityHeader}>
              {state.capabilityHeader}
            </TableHeaderCell>
            {state.columns.map((column) => (
              <TableHeaderCell
                key={column.role}
                scope="col"
                className={classes.roleHeader}
                button={{ className: classes.roleHeaderContent }}
                aria-current={flag(column.highlighted)}
                data-role={column.role}
                data-highlighted={flag(column.highlighted)}
              >
                {column.name}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {state.rows.map((row) => (
            <TableRow key={row.key} data-row={row.key}>
              <TableHeaderCell scope="row" className={classes.rowHeader} aria-describedby={row.footnote?.id}>
                <span>
                  {row.label}
                  {row.footnote && (
                    <span className={classes.marker} aria-hidden="true">
                      {row.footnote.marker}
                    </span>
                  )}
                </span>
              </TableHeaderCell>
              {row.cells.map((cell) => {
                const Icon = icons[cell.cell];
                return (
                  <TableCell
                    key={cell.role}
                    className={classes.cell}
                    data-role={cell.role}
                    data-cell={cell.cell}
                    data-highlighted={flag(cell.highlighted)}
                  >
                    <span className={classes.cellContent}>
                      <Icon className={classes.icon} aria-hidden="true" />
                      {cell.text}
                    </span>
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {state.footnotes.length > 0 && (
        <div className={classes.footnotes}>
          {state.footnotes.map((note) => (
            <p key={note.requires} id={note.id} className={classes.footnote}>
              <span aria-hidden="true">{note.marker}</span> {note.text}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
