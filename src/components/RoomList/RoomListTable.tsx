import {
  Badge,
  Button,
  Link,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  SkeletonItem,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  mergeClasses,
  type BadgeProps,
} from '@fluentui/react-components';
import {
  Call16Filled,
  Checkmark16Regular,
  Copy16Regular,
  Copy20Regular,
  Delete20Regular,
  Edit20Regular,
  MoreHorizontal20Regular,
  Open20Regular,
} from '@fluentui/react-icons';
import type { ValidityStatus } from '../../core/validity';
import type { RoomListClasses, RoomListRowState, RoomListState } from './RoomList.types';

/** Badge colours per status; the text says the status, the colour only repeats it. */
const STATUS_COLOR: Readonly<Record<ValidityStatus, BadgeProps['color']>> = {
  scheduled: 'informative',
  open: 'success',
  ended: 'subtle',
};

function renderRow(state: RoomListState, classes: RoomListClasses, row: RoomListRowState): JSX.Element {
  const { room } = row;
  return (
    <TableRow
      key={room.id}
      ref={state.list.measureRow}
      className={classes.row}
      aria-rowindex={row.rowIndex}
      data-index={row.index}
      data-room-id={room.id}
      data-status={row.status}
      data-in-call={row.call ? row.call.count : undefined}
    >
      <TableCell className={classes.idCell}>
        <div className={classes.roomName} data-untitled={row.titled ? undefined : ''}>
          {state.actions.canOpen ? (
            <Link
              as="button"
              className={classes.roomLink}
              aria-label={row.openLabel}
              onClick={() => state.actions.open(room)}
            >
              {row.name}
            </Link>
          ) : (
            row.name
          )}
        </div>
        {row.people && (
          <div dir="auto" className={classes.people} data-loading={row.people.loading ? '' : undefined}>
            {row.people.text ?? <SkeletonItem aria-hidden="true" size={12} />}
          </div>
        )}
        <div className={classes.idLine}>
          <span className={classes.idText}>{row.idText}</span>
          <Button
            size="small"
            appearance="transparent"
            icon={row.copied ? <Checkmark16Regular /> : <Copy16Regular />}
            aria-label={row.copyLabel}
            data-copy-id=""
            data-copied={row.copied ? '' : undefined}
            onClick={() => state.actions.copyId(room)}
          />
        </div>
      </TableCell>
      <TableCell data-column="status">
        <div className={classes.statusCell}>
          <Badge appearance="tint" color={STATUS_COLOR[row.status]}>
            {row.statusText}
          </Badge>
          {row.call && (
            <Badge
              className={classes.callBadge}
              appearance="filled"
              color="brand"
              icon={<Call16Filled />}
              data-call-count={row.call.count}
            >
              <span aria-hidden="true">{row.call.text}</span>
              <span className={classes.visuallyHidden}>{row.call.label}</span>
            </Badge>
          )}
        </div>
      </TableCell>
      <TableCell data-column="window">
        <div dir="auto" className={classes.text}>
          {row.windowText}
        </div>
        {row.viewerWindowText && (
          <div dir="auto" className={mergeClasses(classes.text, classes.viewerWindow)}>
            {row.viewerWindowText}
          </div>
        )}
      </TableCell>
      <TableCell data-column="created">
        <span dir="auto" className={classes.text}>
          {row.createdText}
        </span>
      </TableCell>
      <TableCell data-column="dialOut" data-dial-out={room.pstnDialOutEnabled ? 'true' : 'false'}>
        {row.dialOutText}
      </TableCell>
      <TableCell className={classes.actionsCell}>
        <Button
          appearance="subtle"
          icon={<MoreHorizontal20Regular />}
          aria-label={row.actionsLabel}
          aria-haspopup="menu"
          aria-expanded={state.menu.current?.room.id === room.id}
          data-actions=""
          onClick={(event) => state.menu.open(room, event.currentTarget)}
        />
      </TableCell>
    </TableRow>
  );
}

/**
 * The one row menu of a {@link RoomList}, anchored to the actions button of the row it was opened from.
 *
 * @example
 * ```tsx
 * {renderRoomListMenu(state)}
 * ```
 */
export function renderRoomListMenu(state: RoomListState): JSX.Element | null {
  const menu = state.menu.current;
  if (!menu) return null;
  const { room } = menu;
  const { actions } = state.strings;
  return (
    <Menu
      open
      positioning={{ target: menu.target, position: 'below', align: 'end' }}
      onOpenChange={(_, data) => {
        if (!data.open) state.menu.close();
      }}
    >
      <MenuPopover ref={state.menu.popoverRef}>
        <MenuList aria-label={menu.label}>
          {state.actions.canOpen && (
            <MenuItem icon={<Open20Regular />} onClick={() => state.actions.open(room)}>
              {actions.open}
            </MenuItem>
          )}
          {state.actions.canEdit && (
            <MenuItem icon={<Edit20Regular />} onClick={() => state.actions.edit(room)}>
              {actions.edit}
            </MenuItem>
          )}
          <MenuItem icon={<Copy20Regular />} onClick={() => state.actions.copyId(room)}>
            {actions.copyId}
          </MenuItem>
          <MenuItem icon={<Delete20Regular />} onClick={() => state.actions.askDelete(room)}>
            {actions.delete}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/**
 * The table of a {@link RoomList}: sortable headers, the rows in view and spacers for the rows out of view.
 *
 * @example
 * ```tsx
 * {renderRoomListTable(state, classes)}
 * ```
 */
export function renderRoomListTable(state: RoomListState, classes: RoomListClasses): JSX.Element {
  const { columns } = state.strings;
  const { headers: sortHeaders } = state.sort;
  const { list } = state;
  return (
    <div ref={list.scrollRef} className={classes.scroller}>
      <Table
        sortable
        className={classes.table}
        aria-labelledby={state.heading.id}
        aria-rowcount={state.counts.shown + 1}
      >
        <TableHeader>
          <TableRow aria-rowindex={1} className={classes.headerRow}>
            <TableHeaderCell sortable={false} className={classes.headerCell}>
              {columns.id}
            </TableHeaderCell>
            {(['status', 'window', 'created'] as const).map((column) => (
              <TableHeaderCell
                key={column}
                className={classes.headerCell}
                sortDirection={sortHeaders[column].sortDirection}
                button={{ onClick: sortHeaders[column].onSort }}
              >
                {columns[column]}
              </TableHeaderCell>
            ))}
            <TableHeaderCell sortable={false} className={classes.headerCell}>
              {columns.dialOut}
            </TableHeaderCell>
            <TableHeaderCell sortable={false} className={classes.headerCell}>
              {columns.actions}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {list.spacer.before > 0 && (
            <tr aria-hidden="true" className={classes.spacer}>
              <td colSpan={list.columnCount} style={{ height: list.spacer.before }} />
            </tr>
          )}
          {list.rows.map((row) => renderRow(state, classes, row))}
          {list.spacer.after > 0 && (
            <tr aria-hidden="true" className={classes.spacer}>
              <td colSpan={list.columnCount} style={{ height: list.spacer.after }} />
            </tr>
          )}
        </TableBody>
      </Table>
    </div>
  );
}
