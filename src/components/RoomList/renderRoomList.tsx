import {
  Badge,
  Button,
  Field,
  Link,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  SearchBox,
  Select,
  SkeletonItem,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Toast,
  Toaster,
  ToastTitle,
  ToggleButton,
  mergeClasses,
  type BadgeProps,
} from '@fluentui/react-components';
import { RetryMessageBar } from '../shared/RetryMessageBar';
import {
  Add20Regular,
  Call16Filled,
  Checkmark16Regular,
  Copy16Regular,
  ArrowClockwise20Regular,
  Copy20Regular,
  Delete20Regular,
  Dismiss20Regular,
  Edit20Regular,
  MoreHorizontal20Regular,
  Open20Regular,
} from '@fluentui/react-icons';
import type { ValidityStatus } from '../../core/validity';
import type { RoomListClasses, RoomListRowState, RoomListState } from './RoomList.types';
import { ConfirmDialog } from '../shared/ConfirmDialog';

/** Badge colours per status; the text says the status, the colour only repeats it. */
const STATUS_COLOR: Readonly<Record<ValidityStatus, BadgeProps['color']>> = {
  scheduled: 'informative',
  open: 'success',
  ended: 'subtle',
};

/**
 * The content of a {@link RoomList} toast. Kept here so the state hook dispatches toasts without writing JSX.
 *
 * @example
 * ```ts
 * dispatchToast(renderRoomListToast('Room 123 deleted.'), { intent: 'success' });
 * ```
 */
export function renderRoomListToast(text: string): JSX.Element {
  return (
    <Toast>
      <ToastTitle>
        <span dir="auto">{text}</span>
      </ToastTitle>
    </Toast>
  );
}

function renderRow(state: RoomListState, classes: RoomListClasses, row: RoomListRowState): JSX.Element {
  const { room } = row;
  return (
    <TableRow
      key={room.id}
      ref={state.measureRow}
      className={classes.row}
      aria-rowindex={row.rowIndex}
      data-index={row.index}
      data-room-id={room.id}
      data-status={row.status}
      data-in-call={row.call ? row.call.count : undefined}
    >
      <TableCell className={classes.idCell}>
        <div className={classes.roomName} data-untitled={row.titled ? undefined : ''}>
          {state.canOpen ? (
            <Link as="button" className={classes.roomLink} aria-label={row.openLabel} onClick={() => state.open(room)}>
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
            onClick={() => state.copyId(room)}
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
          aria-expanded={state.menu?.room.id === room.id}
          data-actions=""
          onClick={(event) => state.openMenu(room, event.currentTarget)}
        />
      </TableCell>
    </TableRow>
  );
}

function renderRowMenu(state: RoomListState): JSX.Element | null {
  const { menu } = state;
  if (!menu) return null;
  const { room } = menu;
  const { actions } = state.strings;
  return (
    <Menu
      open
      positioning={{ target: menu.target, position: 'below', align: 'end' }}
      onOpenChange={(_, data) => {
        if (!data.open) state.closeMenu();
      }}
    >
      <MenuPopover ref={state.menuPopoverRef}>
        <MenuList aria-label={menu.label}>
          {state.canOpen && (
            <MenuItem icon={<Open20Regular />} onClick={() => state.open(room)}>
              {actions.open}
            </MenuItem>
          )}
          {state.canEdit && (
            <MenuItem icon={<Edit20Regular />} onClick={() => state.edit(room)}>
              {actions.edit}
            </MenuItem>
          )}
          <MenuItem icon={<Copy20Regular />} onClick={() => state.copyId(room)}>
            {actions.copyId}
          </MenuItem>
          <MenuItem icon={<Delete20Regular />} onClick={() => state.askDelete(room)}>
            {actions.delete}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function renderTable(state: RoomListState, classes: RoomListClasses): JSX.Element {
  const { columns } = state.strings;
  const { sortHeaders } = state;
  return (
    <div ref={state.scrollRef} className={classes.scroller}>
      <Table sortable className={classes.table} aria-labelledby={state.headingId} aria-rowcount={state.shownCount + 1}>
        <TableHeader>
          <TableRow aria-rowindex={1} className={classes.headerRow}>
            <TableHeaderCell sortable={false} className={classes.headerCell}>
              {columns.id}
            </TableHeaderCell>
            <TableHeaderCell
              className={classes.headerCell}
              sortDirection={sortHeaders.status.sortDirection}
              button={{ onClick: sortHeaders.status.onSort }}
            >
              {columns.status}
            </TableHeaderCell>
            <TableHeaderCell
              className={classes.headerCell}
              sortDirection={sortHeaders.window.sortDirection}
              button={{ onClick: sortHeaders.window.onSort }}
            >
              {columns.window}
            </TableHeaderCell>
            <TableHeaderCell
              className={classes.headerCell}
              sortDirection={sortHeaders.created.sortDirection}
              button={{ onClick: sortHeaders.created.onSort }}
            >
              {columns.created}
            </TableHeaderCell>
            <TableHeaderCell sortable={false} className={classes.headerCell}>
              {columns.dialOut}
            </TableHeaderCell>
            <TableHeaderCell sortable={false} className={classes.headerCell}>
              {columns.actions}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {state.spacer.before > 0 && (
            <tr aria-hidden="true" className={classes.spacer}>
              <td colSpan={state.columnCount} style={{ height: state.spacer.before }} />
            </tr>
          )}
          {state.rows.map((row) => renderRow(state, classes, row))}
          {state.spacer.after > 0 && (
            <tr aria-hidden="true" className={classes.spacer}>
              <td colSpan={state.columnCount} style={{ height: state.spacer.after }} />
            </tr>
          )}
        </TableBody>
      </Table>
    </div>
  );
}

function renderBody(state: RoomListState, classes: RoomListClasses): JSX.Element {
  const { strings } = state;
  if (state.totalCount === 0) {
    if (state.loadStatus === 'loading' || state.loadStatus === 'refreshing') {
      return (
        <div className={classes.placeholder} role="status">
          <Spinner size="small" label={strings.loading} />
        </div>
      );
    }
    if (state.loadStatus === 'failed') return <></>;
    return (
      <div className={classes.placeholder} data-empty="">
        <p>{strings.empty}</p>
        <p>{strings.emptyHint}</p>
      </div>
    );
  }
  if (state.searchStatus === 'failed') return <></>;
  if (state.noSearchMatchesText !== undefined) {
    return (
      <div className={classes.placeholder} data-no-matches="">
        <p role="status" dir="auto">
          {state.noSearchMatchesText}
        </p>
        <Button onClick={state.clearSearch}>{state.common.clearSearch}</Button>
      </div>
    );
  }
  if (state.searchStatus === 'loading' && state.shownCount === 0) {
    return (
      <div className={classes.placeholder} role="status">
        <Spinner size="small" label={strings.searching} />
      </div>
    );
  }
  if (state.shownCount === 0) {
    return (
      <div className={classes.placeholder} data-no-matches="">
        <p role="status">{strings.noMatches}</p>
        <Button onClick={state.clearFilters}>{strings.clearFilters}</Button>
      </div>
    );
  }
  return renderTable(state, classes);
}

/**
 * Renders {@link RoomList} from its state and classes: JSX only, no decisions.
 *
 * @example
 * ```tsx
 * return renderRoomList(useRoomList(props, ref), classes);
 * ```
 */
export function renderRoomList(state: RoomListState, classes: RoomListClasses): JSX.Element {
  const { strings, common } = state;
  return (
    <div
      {...state.root}
      className={classes.root}
      data-load-status={state.loadStatus}
      data-search-status={state.searchStatus}
      aria-busy={
        state.loadStatus === 'loading' || state.loadStatus === 'refreshing' || state.searchStatus === 'loading'
          ? true
          : undefined
      }
    >
      <div className={classes.header}>
        <h2 id={state.headingId} ref={state.headingRef} tabIndex={-1} className={classes.title}>
          {strings.title}
        </h2>
        {state.canCreate && (
          <Button appearance="primary" icon={<Add20Regular />} onClick={state.onCreate}>
            {strings.newRoom}
          </Button>
        )}
      </div>

      {!state.online && (
        <MessageBar intent="warning" layout="multiline" data-offline="">
          <MessageBarBody>{common.offline}</MessageBarBody>
        </MessageBar>
      )}
      {state.loadStatus === 'failed' && (
        <RetryMessageBar
          title={strings.loadFailed}
          message={state.loadErrorText}
          retryText={common.retry}
          onRetry={state.retry}
        />
      )}
      {state.searchStatus === 'failed' && (
        <MessageBar intent="error" layout="multiline" data-search-failed="">
          <MessageBarBody>
            <MessageBarTitle>{strings.searchFailed}</MessageBarTitle> {state.searchErrorText}
          </MessageBarBody>
          <MessageBarActions>
            <Button icon={<ArrowClockwise20Regular />} onClick={state.retrySearch}>
              {common.retry}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.newRoomsText && (
        <MessageBar intent="info" layout="multiline" data-new-rooms="">
          <MessageBarBody>{state.newRoomsText}</MessageBarBody>
          <MessageBarActions>
            <Button icon={<ArrowClockwise20Regular />} onClick={state.refreshNewRooms}>
              {strings.refreshSearch}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.notice && (
        <MessageBar intent={state.notice.intent} layout="multiline">
          <MessageBarBody>
            <span dir="auto">{state.notice.text}</span>
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={common.dismiss}
                icon={<Dismiss20Regular />}
                onClick={state.dismissNotice}
              />
            }
          />
        </MessageBar>
      )}

      <div className={classes.toolbar}>
        <Field label={strings.filterTextLabel} className={classes.search}>
          <SearchBox
            value={state.filterText}
            placeholder={strings.filterTextPlaceholder}
            dismiss={{ 'aria-label': state.common.clearSearch }}
            onChange={(_, data) => state.setFilterText(data.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && state.filterText !== '') {
                event.preventDefault();
                state.clearSearch();
              }
            }}
          />
        </Field>

        <div role="group" aria-labelledby={state.statusLabelId} className={classes.statusGroup}>
          <span id={state.statusLabelId}>{strings.statusFilterLabel}</span>
          {state.statusOptions.map((option) => (
            <ToggleButton
              key={option.status}
              checked={option.pressed}
              data-status={option.status}
              onClick={() => state.toggleStatus(option.status)}
            >
              {option.label}
            </ToggleButton>
          ))}
          {state.callFilter && (
            <ToggleButton checked={state.callFilter.pressed} data-in-call="" onClick={state.toggleCallFilter}>
              {state.callFilter.label}
            </ToggleButton>
          )}
        </div>
        <Field label={strings.sortLabel}>
          <Select value={state.sortValue} onChange={(_, data) => state.setSortValue(data.value)}>
            {state.sortOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>

      {renderBody(state, classes)}

      {state.totalCount > 0 && state.searchStatus !== 'failed' && (
        <div className={classes.footer}>
          <span role="status" dir="auto" className={classes.text}>
            {state.summaryText}
          </span>
          {state.progressText && <Spinner size="extra-tiny" label={state.progressText} />}
          {state.searchStatus === 'loading' && state.shownCount > 0 && (
            <Spinner className={classes.searchStatus} size="extra-tiny" label={strings.searching} />
          )}
        </div>
      )}

      {renderRowMenu(state)}
      <Toaster toasterId={state.toasterId} position="bottom-end" />
      <ConfirmDialog
        open={state.deleteDialogOpen}
        title={state.deleteDialog && <span dir="auto">{state.deleteDialog.title}</span>}
        body={state.deleteDialog && <span dir="auto">{state.deleteDialog.body}</span>}
        confirmLabel={strings.deleteConfirm}
        cancelLabel={common.cancel}
        onConfirm={state.confirmDelete}
        onCancel={state.cancelDelete}
      />
    </div>
  );
}
