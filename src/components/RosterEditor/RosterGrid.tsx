import {
  Badge,
  Button,
  Checkbox,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Spinner,
} from '@fluentui/react-components';
import {
  ArrowSortDown16Regular,
  ArrowSortUp16Regular,
  ArrowUndo20Regular,
  Delete20Regular,
  Warning20Regular,
} from '@fluentui/react-icons';
import { memo, useCallback, type ReactNode } from 'react';
import type { RosterSortKey } from '../../core/roster';
import type { RoomRole } from '../../core/roles';
import { dataFlag } from '../shared/dataFlags';
import { RolePicker } from '../RolePicker';
import type { RosterEditorClasses } from './RosterEditor.types';
import type {
  RosterEditorActions,
  RosterEditorState,
  RosterRowContext,
  RosterRowState,
} from './rosterEditorState.types';

// Elements made once: a new icon element per render would defeat the memoised buttons below.
const DELETE_ICON = <Delete20Regular />;
const RESTORE_ICON = <ArrowUndo20Regular />;
const WARNING_ICON = <Warning20Regular />;

/** Props of {@link RosterGridHeader}. */
interface RosterGridHeaderProps {
  strings: RosterEditorState['strings'];
  classes: RosterEditorClasses;
  readOnly: boolean;
  allShownSelected: boolean | 'mixed';
  sortBy: RosterSortKey;
  sortDirection: 'ascending' | 'descending';
  actions: RosterEditorActions;
  stacked: boolean;
}

/** The grid's header row: select all shown, and the two sortable columns. */
const RosterGridHeader = memo(function RosterGridHeader(props: RosterGridHeaderProps) {
  const { strings, classes, actions } = props;
  const s = strings.rosterEditor;
  const sortButton = (by: RosterSortKey, label: string) => {
    const active = props.sortBy === by;
    const Icon = active && props.sortDirection === 'descending' ? ArrowSortDown16Regular : ArrowSortUp16Regular;
    return (
      <Button
        appearance="transparent"
        size="small"
        icon={active ? <Icon /> : undefined}
        iconPosition="after"
        onClick={() => actions.sortBy(by)}
      >
        {label}
      </Button>
    );
  };
  const ariaSort = (by: RosterSortKey) => (props.sortBy === by ? props.sortDirection : undefined);
  return (
    <div role="rowgroup">
      <div role="row" aria-rowindex={1} className={classes.headerRow} data-stacked={dataFlag(props.stacked)}>
        {!props.readOnly && (
          <div role="columnheader" className={classes.cell} aria-label={s.selectColumn} data-col="select">
            <Checkbox
              aria-label={s.selectAllShown}
              checked={props.allShownSelected}
              onChange={(_, data) => actions.toggleAllShown(data.checked === true)}
            />
          </div>
        )}
        <div role="columnheader" className={classes.cell} aria-sort={ariaSort('name')} data-col="name">
          {sortButton('name', s.nameColumn)}
        </div>
        <div role="columnheader" className={classes.cell} aria-sort={ariaSort('role')} data-col="role">
          {sortButton('role', s.roleColumn)}
        </div>
        {!props.readOnly && (
          <div role="columnheader" className={classes.cell} data-col="actions">
            <span className={classes.visuallyHidden}>{s.actionsColumn}</span>
          </div>
        )}
      </div>
    </div>
  );
});

/**
 * The roster's grid: the header and the virtual rows, with the empty and no-match messages in its place when there
 * is nothing to show.
 */
export function renderRosterGrid(state: RosterEditorState, classes: RosterEditorClasses): ReactNode {
  const s = state.strings.rosterEditor;
  const { counts, list, view } = state;
  if (counts.total === 0 && counts.removed === 0) {
    return (
      <div className={classes.empty} data-empty="">
        <span>{s.empty}</span>
        {!state.readOnly && <span>{s.emptyHint}</span>}
      </div>
    );
  }
  if (counts.shown === 0) {
    return (
      <div className={classes.empty} data-empty="filtered">
        <span>{s.noMatches}</span>
        <Button onClick={state.actions.clearFilters}>{s.clearFilters}</Button>
      </div>
    );
  }
  return (
    <div
      ref={list.measureRef}
      className={classes.grid}
      data-stacked={dataFlag(list.stacked)}
      role="grid"
      aria-labelledby={state.ids.title}
      aria-describedby={state.ids.hint}
      aria-rowcount={counts.shown + 1}
      aria-colcount={state.readOnly ? 2 : 4}
      aria-multiselectable={state.readOnly ? undefined : true}
      aria-readonly={state.readOnly || undefined}
      aria-busy={state.load.status === 'loading' || undefined}
      onKeyDown={state.actions.onGridKeyDown}
      // The tab stop is the active row's controls (roving); the grid itself is only focusable from script.
      tabIndex={-1}
    >
      <span id={state.ids.hint} className={classes.visuallyHidden}>
        {s.keyboardHint}
      </span>
      <RosterGridHeader
        strings={state.strings}
        classes={classes}
        readOnly={state.readOnly}
        allShownSelected={view.allShownSelected}
        sortBy={view.sort.by}
        sortDirection={view.sort.direction}
        actions={state.actions}
        stacked={list.stacked}
      />
      <div role="rowgroup" ref={list.scrollRef} className={classes.scroller} style={{ height: list.height }}>
        <div role="presentation" className={classes.sizer} style={{ height: list.totalHeight }}>
          {/* Keyed by place in the list, not by person: filtering or sorting then updates the rows in the page
              instead of building new ones, which is what keeps a keystroke quick at 10,000 participants. */}
          {list.rows.map(({ item, row }) => (
            <RosterRow key={item.index} row={row} start={item.start} ctx={state.rowContext} classes={classes} />
          ))}
        </div>
      </div>
    </div>
  );
}

/** Props of {@link RosterRow}. */
interface RosterRowProps {
  row: RosterRowState;
  start: number;
  ctx: RosterRowContext;
  classes: RosterEditorClasses;
}

function sameRow(a: RosterRowState, b: RosterRowState): boolean {
  return (
    a.id === b.id &&
    a.index === b.index &&
    a.role === b.role &&
    a.name === b.name &&
    a.secondaryText === b.secondaryText &&
    a.known === b.known &&
    a.change === b.change &&
    a.previousRoleName === b.previousRoleName &&
    a.pending === b.pending &&
    a.failure === b.failure &&
    a.selected === b.selected &&
    a.conflict?.text === b.conflict?.text &&
    a.conflict?.theirsLabel === b.conflict?.theirsLabel &&
    a.conflict?.mineLabel === b.conflict?.mineLabel
  );
}

/** A row's checkbox; kept per place, so it renders again only when its tick changes. */
const RowCheckbox = memo(function RowCheckbox(props: {
  index: number;
  checked: boolean;
  labelledBy: string;
  actions: RosterEditorActions;
}) {
  const { index, actions } = props;
  const onChange = useCallback(
    (_: unknown, data: { checked: boolean | 'mixed' }) => {
      const id = actions.idAt(index);
      if (id !== undefined) actions.toggleSelected(id, data.checked === true);
    },
    [actions, index],
  );
  return <Checkbox aria-labelledby={props.labelledBy} checked={props.checked} onChange={onChange} />;
});

/** A row's role picker; kept per place, so it renders again only when the role in that place changes. */
const RowRolePicker = memo(function RowRolePicker(props: {
  index: number;
  role: RoomRole;
  roles: readonly RoomRole[];
  labelledBy: string;
  actions: RosterEditorActions;
}) {
  const { index, actions } = props;
  const onChange = useCallback(
    (role: RoomRole) => {
      const id = actions.idAt(index);
      if (id !== undefined) actions.changeRole(id, role);
    },
    [actions, index],
  );
  return (
    <RolePicker
      variant="compact"
      size="small"
      value={props.role}
      roles={props.roles}
      aria-labelledby={props.labelledBy}
      onChange={onChange}
    />
  );
});

/** A row's Remove (or, for a removed row of a draft, Restore) button, kept per place. */
const RowAction = memo(function RowAction(props: {
  index: number;
  removed: boolean;
  labelledBy: string;
  actions: RosterEditorActions;
}) {
  const { index, removed, actions } = props;
  const onClick = useCallback(() => {
    const id = actions.idAt(index);
    if (id === undefined) return;
    if (removed) actions.restore(id);
    else actions.remove(id);
  }, [actions, index, removed]);
  return (
    <Button
      appearance="subtle"
      size="small"
      icon={removed ? RESTORE_ICON : DELETE_ICON}
      aria-labelledby={props.labelledBy}
      onClick={onClick}
    />
  );
});

/** One row; rendered again only when its own data, position or the shared context changed. */
const RosterRow = memo(
  function RosterRow({ row, start, ctx, classes }: RosterRowProps) {
    const s = ctx.strings.rosterEditor;
    const removed = row.change === 'removed';
    const editable = !ctx.readOnly && !removed;
    // The controls are named by hidden texts with ids fixed per place: the texts follow the person shown there
    // while the controls themselves keep their props.
    const slot = `${ctx.idBase}-${row.index}`;
    const nameValues = { name: row.name };
    return (
      <div
        role="row"
        aria-rowindex={row.index + 2}
        aria-selected={ctx.readOnly || removed ? undefined : row.selected}
        className={classes.row}
        style={{ height: ctx.rowHeight, transform: `translateY(${start}px)` }}
        data-stacked={dataFlag(ctx.stacked)}
        data-row-index={row.index}
        data-id={row.id}
        data-role={row.role}
        data-change={row.change}
        data-pending={dataFlag(row.pending)}
        data-failed={dataFlag(row.failure !== undefined)}
        data-selected={dataFlag(row.selected)}
        data-conflict={row.conflict?.kind}
        onFocus={() => ctx.actions.onRowFocus(row.index)}
      >
        {!ctx.readOnly && (
          <span hidden>
            <span id={`${slot}-select`}>{ctx.format(s.selectRow, nameValues)}</span>
            <span id={`${slot}-role`}>{ctx.format(s.roleOf, nameValues)}</span>
            <span id={`${slot}-action`}>{ctx.format(removed ? s.restoreRow : s.removeRow, nameValues)}</span>
          </span>
        )}
        {!ctx.readOnly && (
          <div role="gridcell" className={classes.cell} data-col="select">
            {!removed && (
              <RowCheckbox
                index={row.index}
                checked={row.selected}
                labelledBy={`${slot}-select`}
                actions={ctx.actions}
              />
            )}
          </div>
        )}
        <div role="rowheader" className={classes.nameCell} data-col="name" tabIndex={-1}>
          <span className={classes.name}>
            {/* Its own direction, so a Latin name in a right-to-left page loses its end, not its start, when cut. */}
            <span dir="auto" data-name-text="">
              {row.name}
            </span>
            {row.change && !row.conflict && (
              <Badge
                className={classes.badge}
                size="small"
                appearance="tint"
                color={row.change === 'added' ? 'success' : row.change === 'removed' ? 'danger' : 'warning'}
              >
                {row.change === 'added'
                  ? s.changeAdded
                  : row.change === 'removed'
                    ? s.changeRemoved
                    : ctx.format(s.changeRoleChanged, { role: row.previousRoleName ?? '' })}
              </Badge>
            )}
            {row.pending && <Spinner className={classes.badge} size="extra-tiny" aria-label={s.pending} />}
            {row.failure !== undefined && (
              <Badge className={classes.badge} size="small" appearance="filled" color="danger">
                {s.rowFailed}
              </Badge>
            )}
          </span>
          {row.conflict ? (
            <span className={classes.secondary} data-conflict-text="">
              {row.conflict.text}
            </span>
          ) : row.failure !== undefined ? (
            <span className={classes.secondary} data-failure="">
              {row.failure}
            </span>
          ) : (
            row.secondaryText !== undefined && (
              <span dir="auto" className={classes.secondary}>
                {row.secondaryText}
              </span>
            )
          )}
          {ctx.showIds && row.known && <span className={classes.rawId}>{row.id}</span>}
        </div>
        <div role="gridcell" className={classes.cell} data-col="role">
          {editable ? (
            <RowRolePicker
              index={row.index}
              role={row.role}
              roles={ctx.roles}
              labelledBy={`${slot}-role`}
              actions={ctx.actions}
            />
          ) : (
            <span>{ctx.strings.organisers.roles[row.role].name}</span>
          )}
        </div>
        {!ctx.readOnly && (
          <div role="gridcell" className={classes.cell} data-col="actions">
            {row.conflict ? (
              <Menu>
                <MenuTrigger disableButtonEnhancement>
                  <MenuButton
                    appearance="subtle"
                    size="small"
                    icon={WARNING_ICON}
                    menuIcon={null}
                    aria-label={ctx.format(s.conflictResolve, nameValues)}
                  />
                </MenuTrigger>
                <MenuPopover>
                  <MenuList>
                    <MenuItem onClick={() => ctx.actions.takeTheirs(row.id)}>{row.conflict.theirsLabel}</MenuItem>
                    <MenuItem onClick={() => ctx.actions.keepMine(row.id)}>{row.conflict.mineLabel}</MenuItem>
                  </MenuList>
                </MenuPopover>
              </Menu>
            ) : (
              <RowAction index={row.index} removed={removed} labelledBy={`${slot}-action`} actions={ctx.actions} />
            )}
          </div>
        )}
      </div>
    );
  },
  (a, b) => a.start === b.start && a.ctx === b.ctx && a.classes === b.classes && sameRow(a.row, b.row),
);
