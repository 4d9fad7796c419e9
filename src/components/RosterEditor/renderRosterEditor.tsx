import {
  Badge,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  SearchBox,
  Select,
  Spinner,
  Switch,
  Textarea,
} from '@fluentui/react-components';
import {
  ArrowSortDown16Regular,
  ArrowSortUp16Regular,
  ArrowUndo20Regular,
  ClipboardPaste20Regular,
  Delete20Regular,
  DismissRegular,
  DocumentArrowUp20Regular,
  Warning20Regular,
} from '@fluentui/react-icons';
import { memo, type ReactNode } from 'react';
import type { RosterSortKey } from '../../core/roster';
import { isRoomRole, ROOM_ROLES, type RoomRole } from '../../core/roles';
import { PeoplePicker } from '../PeoplePicker';
import { RolePicker } from '../RolePicker';
import type {
  RosterEditorActions,
  RosterEditorClasses,
  RosterEditorState,
  RosterRowContext,
  RosterRowState,
} from './RosterEditor.types';

/** `true` → present attribute, `false` → absent, so hosts can select `[data-pending]`. */
const flag = (on: boolean): '' | undefined => (on ? '' : undefined);

/** How many people each section of the review dialog lists before "and N more". */
const REVIEW_LIST_MAX = 100;

/**
 * Renders {@link RosterEditor} from its state and classes: JSX only, no decisions. Hosts that want different markup
 * call {@link useRosterEditor} and {@link useRosterEditorStyles} and render the state themselves.
 *
 * @example
 * ```tsx
 * return renderRosterEditor(useRosterEditor(props, ref), classes);
 * ```
 */
export function renderRosterEditor(state: RosterEditorState, classes: RosterEditorClasses): JSX.Element {
  const s = state.strings.rosterEditor;
  return (
    <div
      {...state.root}
      className={classes.root}
      role="group"
      aria-labelledby={state.titleId}
      data-mode={state.mode}
      data-save-mode={state.mode === 'bound' ? state.saveMode : undefined}
      data-status={state.status}
      data-size={state.size}
      data-readonly={flag(state.readOnly)}
      data-offline={flag(state.offline)}
      data-dirty={flag(state.dirtyCount > 0)}
      data-deleted={flag(state.deleted)}
    >
      <div className={classes.header}>
        <span id={state.titleId} className={classes.title}>
          {state.title}
        </span>
        {state.status === 'ready' && isQuietNotice(state.notice) && renderNotice(state, classes)}
      </div>
      <div aria-live="polite" aria-atomic="true" className={classes.visuallyHidden}>
        {state.announcement}
      </div>
      {state.status === 'loading' && renderLoading(state, classes)}
      {state.status === 'loadFailed' && renderLoadFailed(state)}
      {state.status === 'ready' && (
        <>
          {renderLive(state)}
          {!isQuietNotice(state.notice) && renderNotice(state, classes)}
          {state.interactive > state.interactiveLimit && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{s.interactiveLimitTitle}</MessageBarTitle>
                {state.format(s.interactiveLimitBody, {
                  count: state.interactive,
                  limit: state.interactiveLimit,
                  consumerRole: state.strings.organisers.roles.Consumer.name,
                })}
              </MessageBarBody>
            </MessageBar>
          )}
          <div className={classes.toolbar}>
            {!state.readOnly && (
              <RosterAddGroup
                strings={state.strings}
                classes={classes}
                adapter={state.adapter}
                rosterIds={state.rosterIds}
                addRole={state.addRole}
                roles={state.roles}
                bulkOpen={state.bulk.open}
                bulkId={`${state.titleId}-bulk`}
                actions={state.actions}
              />
            )}
            <RosterFilterGroup
              strings={state.strings}
              format={state.format}
              classes={classes}
              filterText={state.filterText}
              roleFilter={state.roleFilter}
              roleCounts={state.roleCounts}
              showIds={state.showIds}
              actions={state.actions}
            />
          </div>
          {state.bulk.open && !state.readOnly && renderBulk(state, classes)}
          <RosterCounts
            strings={state.strings}
            format={state.format}
            classes={classes}
            roleCounts={state.roleCounts}
            interactive={state.interactive}
            interactiveLimit={state.interactiveLimit}
            shownCount={state.shownCount}
            total={state.total}
            removedCount={state.diff.removed.length}
          />
          {!state.readOnly && (
            <RosterActionBars
              strings={state.strings}
              format={state.format}
              classes={classes}
              mode={state.mode}
              saveMode={state.saveMode}
              selectedCount={state.selectedCount}
              roles={state.roles}
              roleCounts={state.roleCounts}
              dirtyCount={state.dirtyCount}
              offline={state.offline}
              saving={state.saving}
              actions={state.actions}
            />
          )}
          {renderList(state, classes)}
          {/* Mounted only while open: a Fluent Dialog sets up a focus-trapping modalizer even when closed, and its
              focus guards (aria-hidden yet focusable) would otherwise sit in the page all the time. */}
          {state.mode === 'bound' && state.reviewOpen && renderReview(state)}
        </>
      )}
    </div>
  );
}

function renderLoading(state: RosterEditorState, classes: RosterEditorClasses): ReactNode {
  return (
    <div className={classes.loading} role="status">
      <Spinner
        size="small"
        labelPosition="after"
        label={state.format(state.strings.rosterEditor.loadingProgress, { count: state.loadedCount })}
      />
    </div>
  );
}

function renderLoadFailed(state: RosterEditorState): ReactNode {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{state.strings.rosterEditor.loadFailed}</MessageBarTitle>
        {state.strings.errors[state.loadErrorCode ?? 'unknown']}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={state.actions.retryLoad}>{state.strings.common.retry}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/**
 * Whether a notice only confirms what the user did ("Ahmed Hassan is now a Presenter." with Undo): it is shown on one
 * line in the heading's line, where it moves nothing. Problems stay above the toolbar, on as many lines as they need.
 */
function isQuietNotice(notice: RosterEditorState['notice']): boolean {
  return notice !== undefined && (notice.intent === 'success' || notice.intent === 'info');
}

function renderNotice(state: RosterEditorState, classes: RosterEditorClasses): ReactNode {
  const notice = state.notice;
  if (!notice) return null;
  const common = state.strings.common;
  const quiet = isQuietNotice(notice);
  return (
    <MessageBar
      intent={notice.intent}
      layout={quiet ? 'singleline' : 'multiline'}
      className={quiet ? classes.notice : undefined}
      data-notice={notice.intent}
    >
      <MessageBarBody>{notice.text}</MessageBarBody>
      <MessageBarActions
        containerAction={
          state.offline ? undefined : (
            <Button
              appearance="transparent"
              aria-label={common.dismiss}
              icon={<DismissRegular />}
              onClick={state.actions.dismissNotice}
            />
          )
        }
      >
        {notice.canUndo && <Button onClick={state.actions.undo}>{common.undo}</Button>}
        {notice.canRetry && <Button onClick={state.actions.retry}>{common.retry}</Button>}
      </MessageBarActions>
    </MessageBar>
  );
}

/** What changed elsewhere: the room gone, changes that could not be read, rows the user is editing that changed. */
function renderLive(state: RosterEditorState): ReactNode {
  const s = state.strings.rosterEditor;
  const { conflictNotice } = state;
  return (
    <>
      {state.deleted && (
        <MessageBar intent="error" layout="multiline" data-notice="deleted">
          <MessageBarBody>
            <MessageBarTitle>{s.deletedTitle}</MessageBarTitle>
            {s.deletedBody}
            {state.dirtyCount > 0 && <> {state.format(s.deletedUnsaved, { count: state.dirtyCount })}</>}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.liveReloadFailed && !state.deleted && (
        <MessageBar intent="warning" layout="multiline" data-notice="stale">
          <MessageBarBody>{s.liveReloadFailed}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={state.actions.reloadLive}>{state.strings.common.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {conflictNotice && !state.deleted && (
        <MessageBar intent="warning" layout="multiline" data-notice="conflict">
          <MessageBarBody>{conflictNotice.text}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={state.actions.takeAllTheirs}>
              {conflictNotice.count > 1 ? s.conflictTakeAllTheirs : s.conflictTakeTheirsShort}
            </Button>
            <Button onClick={state.actions.keepAllMine}>
              {conflictNotice.count > 1 ? s.conflictKeepAllMine : s.conflictKeepMineShort}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}

/** Props of {@link RosterAddGroup}. */
interface RosterAddGroupProps {
  strings: RosterEditorState['strings'];
  classes: RosterEditorClasses;
  adapter: RosterEditorState['adapter'];
  rosterIds: readonly string[];
  addRole: RoomRole;
  roles: readonly RoomRole[];
  bulkOpen: boolean;
  bulkId: string;
  actions: RosterEditorActions;
}

/** Adding people; rendered again only when who is on the roster or the "Add as" role changes. */
const RosterAddGroup = memo(function RosterAddGroup(props: RosterAddGroupProps) {
  const { classes, actions } = props;
  const s = props.strings.rosterEditor;
  return (
    <div className={classes.addGroup}>
      {props.adapter && (
        <PeoplePicker
          adapter={props.adapter}
          onSelect={actions.addPerson}
          onSelectMany={actions.addPeople}
          excludeIds={props.rosterIds}
          label={s.addPersonLabel}
          placeholder={s.addPersonPlaceholder}
        />
      )}
      <RolePicker
        variant="compact"
        label={s.addAsRole}
        value={props.addRole}
        roles={props.roles}
        onChange={actions.setAddRole}
      />
      <Button
        className={classes.unlabeled}
        icon={<ClipboardPaste20Regular />}
        aria-expanded={props.bulkOpen}
        aria-controls={props.bulkOpen ? props.bulkId : undefined}
        onClick={() => actions.bulk.setOpen(!props.bulkOpen)}
      >
        {s.bulkOpen}
      </Button>
    </div>
  );
});

/** Props of {@link RosterFilterGroup}. */
interface RosterFilterGroupProps {
  strings: RosterEditorState['strings'];
  format: RosterEditorState['format'];
  classes: RosterEditorClasses;
  filterText: string;
  roleFilter: RoomRole | null;
  roleCounts: Readonly<Record<RoomRole, number>>;
  showIds: boolean;
  actions: RosterEditorActions;
}

/** Filtering and showing ids. */
const RosterFilterGroup = memo(function RosterFilterGroup(props: RosterFilterGroupProps) {
  const { strings, format, classes, actions } = props;
  const s = strings.rosterEditor;
  return (
    <div className={classes.filterGroup}>
      <Field label={s.filterLabel}>
        <SearchBox
          value={props.filterText}
          placeholder={s.filterPlaceholder}
          dismiss={{ 'aria-label': strings.common.clearSearch }}
          onChange={(_, data) => actions.setFilterText(data.value)}
        />
      </Field>
      <Field label={s.roleFilterLabel}>
        <Select
          value={props.roleFilter ?? ''}
          onChange={(_, data) => actions.setRoleFilter(isRoomRole(data.value) ? data.value : null)}
        >
          <option value="">{s.allRoles}</option>
          {ROOM_ROLES.map((role) => (
            <option key={role} value={role}>
              {format(s.roleOption, { role: strings.organisers.roles[role].name, count: props.roleCounts[role] })}
            </option>
          ))}
        </Select>
      </Field>
      <Switch
        className={classes.unlabeled}
        label={s.showIds}
        checked={props.showIds}
        onChange={(_, data) => actions.setShowIds(data.checked)}
      />
    </div>
  );
});

/** Props of {@link RosterCounts}. */
interface RosterCountsProps {
  strings: RosterEditorState['strings'];
  format: RosterEditorState['format'];
  classes: RosterEditorClasses;
  roleCounts: Readonly<Record<RoomRole, number>>;
  interactive: number;
  interactiveLimit: number;
  shownCount: number;
  total: number;
  removedCount: number;
}

/** Participants per role, the interactive count against the limit, and how many rows the filters show. */
const RosterCounts = memo(function RosterCounts(props: RosterCountsProps) {
  const { strings, format, classes } = props;
  const s = strings.rosterEditor;
  const filtered = props.shownCount !== props.total + props.removedCount;
  return (
    <ul className={classes.counts} aria-label={s.countsLabel}>
      {ROOM_ROLES.map((role) => (
        <li key={role} className={classes.count} data-role={role}>
          {format(s.roleCount, { role: strings.organisers.roles[role].name, count: props.roleCounts[role] })}
        </li>
      ))}
      <li
        className={classes.count}
        data-interactive=""
        data-over-limit={flag(props.interactive > props.interactiveLimit)}
      >
        {format(s.interactiveCount, { count: props.interactive, limit: props.interactiveLimit })}
      </li>
      {filtered && (
        <li className={classes.count} data-shown="">
          {format(s.showing, { shown: props.shownCount, total: props.total })}
        </li>
      )}
    </ul>
  );
});

/** Props of {@link RosterActionBars}. */
interface RosterActionBarsProps {
  strings: RosterEditorState['strings'];
  format: RosterEditorState['format'];
  classes: RosterEditorClasses;
  mode: RosterEditorState['mode'];
  saveMode: RosterEditorState['saveMode'];
  selectedCount: number;
  roles: readonly RoomRole[];
  roleCounts: Readonly<Record<RoomRole, number>>;
  dirtyCount: number;
  offline: boolean;
  saving: boolean;
  actions: RosterEditorActions;
}

/** The selection's bulk actions and the draft's save / review / discard. */
const RosterActionBars = memo(function RosterActionBars(props: RosterActionBarsProps) {
  const { strings, format, classes, actions } = props;
  const s = strings.rosterEditor;
  return (
    <>
      {props.selectedCount > 0 && (
        <div
          className={classes.actionBar}
          role="toolbar"
          aria-label={format(s.selectedCount, { count: props.selectedCount })}
          data-selection=""
        >
          <span>{format(s.selectedCount, { count: props.selectedCount })}</span>
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <MenuButton size="small">{s.changeRoleOfSelected}</MenuButton>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                {props.roles.map((role) => (
                  <MenuItem
                    key={role}
                    secondaryContent={props.roleCounts[role]}
                    onClick={() => actions.changeSelectedRole(role)}
                  >
                    {strings.organisers.roles[role].name}
                  </MenuItem>
                ))}
              </MenuList>
            </MenuPopover>
          </Menu>
          <Button size="small" icon={<Delete20Regular />} onClick={actions.removeSelected}>
            {s.removeSelected}
          </Button>
          <Button size="small" appearance="subtle" onClick={actions.clearSelection}>
            {s.clearSelection}
          </Button>
        </div>
      )}
      {props.mode === 'bound' && props.dirtyCount > 0 && (
        <div className={classes.actionBar} data-draft="">
          <span>{format(s.unsavedChanges, { count: props.dirtyCount })}</span>
          {props.saveMode === 'staged' ? (
            <Button size="small" appearance="primary" onClick={() => actions.setReviewOpen(true)}>
              {s.reviewChanges}
            </Button>
          ) : (
            <Button size="small" appearance="primary" onClick={actions.save} disabled={props.offline || props.saving}>
              {s.saveChanges}
            </Button>
          )}
          <Button size="small" onClick={actions.discard} disabled={props.saving}>
            {s.discardChanges}
          </Button>
          {props.saving && <Spinner size="tiny" label={s.saving} />}
        </div>
      )}
    </>
  );
});

/** Props of {@link RosterGridHeader}. */
interface RosterGridHeaderProps {
  strings: RosterEditorState['strings'];
  classes: RosterEditorClasses;
  readOnly: boolean;
  allShownSelected: boolean | 'mixed';
  sortBy: RosterSortKey;
  sortDirection: 'ascending' | 'descending';
  actions: RosterEditorActions;
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
      <div role="row" aria-rowindex={1} className={classes.headerRow}>
        {!props.readOnly && (
          <div role="columnheader" className={classes.cell} aria-label={s.selectColumn}>
            <Checkbox
              aria-label={s.selectAllShown}
              checked={props.allShownSelected}
              onChange={(_, data) => actions.toggleAllShown(data.checked === true)}
            />
          </div>
        )}
        <div role="columnheader" className={classes.cell} aria-sort={ariaSort('name')}>
          {sortButton('name', s.nameColumn)}
        </div>
        <div role="columnheader" className={classes.cell} aria-sort={ariaSort('role')}>
          {sortButton('role', s.roleColumn)}
        </div>
        {!props.readOnly && (
          <div role="columnheader" className={classes.cell}>
            <span className={classes.visuallyHidden}>{s.actionsColumn}</span>
          </div>
        )}
      </div>
    </div>
  );
});

function renderList(state: RosterEditorState, classes: RosterEditorClasses): ReactNode {
  const s = state.strings.rosterEditor;
  if (state.total === 0 && state.diff.removed.length === 0) {
    return (
      <div className={classes.empty} data-empty="">
        <span>{s.empty}</span>
        {!state.readOnly && <span>{s.emptyHint}</span>}
      </div>
    );
  }
  if (state.shownCount === 0) {
    return (
      <div className={classes.empty} data-empty="filtered">
        <span>{s.noMatches}</span>
        <Button onClick={state.actions.clearFilters}>{s.clearFilters}</Button>
      </div>
    );
  }
  return (
    <div
      className={classes.grid}
      role="grid"
      aria-labelledby={state.titleId}
      aria-describedby={state.hintId}
      aria-rowcount={state.shownCount + 1}
      aria-colcount={state.readOnly ? 2 : 4}
      aria-multiselectable={state.readOnly ? undefined : true}
      aria-readonly={state.readOnly || undefined}
      onKeyDown={state.actions.onGridKeyDown}
      // The tab stop is the active row's controls (roving); the grid itself is only focusable from script.
      tabIndex={-1}
    >
      <span id={state.hintId} className={classes.visuallyHidden}>
        {s.keyboardHint}
      </span>
      <RosterGridHeader
        strings={state.strings}
        classes={classes}
        readOnly={state.readOnly}
        allShownSelected={state.allShownSelected}
        sortBy={state.sort.by}
        sortDirection={state.sort.direction}
        actions={state.actions}
      />
      <div role="rowgroup" ref={state.scrollRef} className={classes.scroller} style={{ height: state.listHeight }}>
        <div role="presentation" className={classes.sizer} style={{ height: state.totalHeight }}>
          {/* Keyed by place in the list, not by person: filtering or sorting then updates the rows in the page
              instead of building new ones, which is what keeps a keystroke quick at 10,000 participants. */}
          {state.virtualRows.map(({ item, row }) => (
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
    a.conflict?.menuLabel === b.conflict?.menuLabel &&
    a.conflict?.theirsLabel === b.conflict?.theirsLabel &&
    a.conflict?.mineLabel === b.conflict?.mineLabel &&
    a.nameId === b.nameId &&
    a.labels.select === b.labels.select
  );
}

/** One row; rendered again only when its own data, position or the shared context changed. */
const RosterRow = memo(
  function RosterRow({ row, start, ctx, classes }: RosterRowProps) {
    const s = ctx.strings.rosterEditor;
    const removed = row.change === 'removed';
    const editable = !ctx.readOnly && !removed;
    return (
      <div
        role="row"
        aria-rowindex={row.index + 2}
        aria-selected={ctx.readOnly || removed ? undefined : row.selected}
        className={classes.row}
        style={{ height: ctx.rowHeight, transform: `translateY(${start}px)` }}
        data-row-index={row.index}
        data-id={row.id}
        data-role={row.role}
        data-change={row.change}
        data-pending={flag(row.pending)}
        data-failed={flag(row.failure !== undefined)}
        data-selected={flag(row.selected)}
        data-conflict={row.conflict?.kind}
        onFocus={() => ctx.actions.onRowFocus(row.index)}
      >
        {!ctx.readOnly && (
          <div role="gridcell" className={classes.cell} data-col="select">
            {!removed && (
              <Checkbox
                aria-label={row.labels.select}
                checked={row.selected}
                onChange={(_, data) => ctx.actions.toggleSelected(row.id, data.checked === true)}
              />
            )}
          </div>
        )}
        <div role="rowheader" id={row.nameId} className={classes.nameCell} data-col="name" tabIndex={-1}>
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
            <RolePicker
              variant="compact"
              size="small"
              value={row.role}
              roles={ctx.roles}
              aria-label={row.labels.role}
              onChange={(role) => ctx.actions.changeRole(row.id, role)}
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
                    icon={<Warning20Regular />}
                    menuIcon={null}
                    aria-label={row.conflict.menuLabel}
                  />
                </MenuTrigger>
                <MenuPopover>
                  <MenuList>
                    <MenuItem onClick={() => ctx.actions.takeTheirs(row.id)}>{row.conflict.theirsLabel}</MenuItem>
                    <MenuItem onClick={() => ctx.actions.keepMine(row.id)}>{row.conflict.mineLabel}</MenuItem>
                  </MenuList>
                </MenuPopover>
              </Menu>
            ) : removed ? (
              <Button
                appearance="subtle"
                size="small"
                icon={<ArrowUndo20Regular />}
                aria-label={row.labels.restore}
                onClick={() => ctx.actions.restore(row.id)}
              />
            ) : (
              <Button
                appearance="subtle"
                size="small"
                icon={<Delete20Regular />}
                aria-label={row.labels.remove}
                onClick={() => ctx.actions.remove(row.id)}
              />
            )}
          </div>
        )}
      </div>
    );
  },
  (a, b) => a.start === b.start && a.ctx === b.ctx && a.classes === b.classes && sameRow(a.row, b.row),
);

function renderBulk(state: RosterEditorState, classes: RosterEditorClasses): ReactNode {
  const s = state.strings.rosterEditor;
  const { bulk } = state;
  const bulkActions = state.actions.bulk;
  const result = bulk.result;
  const problems = result ? result.rows.length - result.counts.added : 0;
  return (
    <div id={`${state.titleId}-bulk`} role="region" aria-label={s.bulkTitle} className={classes.bulk}>
      <span className={classes.title}>{s.bulkTitle}</span>
      <Field label={s.bulkTextLabel} hint={s.bulkHelp}>
        <Textarea
          value={bulk.text}
          onChange={bulkActions.onTextChange}
          onDragOver={bulkActions.onDragOver}
          onDrop={bulkActions.onDrop}
          resize="vertical"
          rows={5}
          spellCheck={false}
        />
      </Field>
      <div
        className={classes.dropZone}
        data-dragging={flag(bulk.dragging)}
        onDragOver={bulkActions.onDragOver}
        onDragLeave={bulkActions.onDragLeave}
        onDrop={bulkActions.onDrop}
      >
        <span>{s.bulkDrop}</span>
        <Button size="small" icon={<DocumentArrowUp20Regular />} onClick={() => state.fileInputRef.current?.click()}>
          {s.bulkChooseFile}
        </Button>
        <input
          ref={state.fileInputRef}
          type="file"
          accept=".csv,.txt,.tsv,text/csv,text/plain"
          hidden
          onChange={bulkActions.onFileChange}
        />
      </div>
      <div className={classes.addGroup}>
        <Button onClick={bulkActions.check} disabled={bulk.checking || bulk.text.trim() === ''}>
          {s.bulkCheck}
        </Button>
        {result && (
          <Button appearance="primary" onClick={bulkActions.apply} disabled={result.counts.added === 0}>
            {state.format(s.bulkApply, { count: result.counts.added })}
          </Button>
        )}
        <Button appearance="subtle" onClick={() => bulkActions.setOpen(false)}>
          {s.bulkClose}
        </Button>
        {bulk.checking && <Spinner size="tiny" label={s.bulkChecking} />}
      </div>
      {bulk.message && (
        <MessageBar intent={bulk.message.intent} layout="multiline">
          <MessageBarBody>{bulk.message.text}</MessageBarBody>
        </MessageBar>
      )}
      {result && result.rows.length > 0 && (
        <>
          <span role="status">{state.format(s.bulkSummary, { added: result.counts.added, problems })}</span>
          {problems > 0 && (
            <Switch
              label={s.bulkProblemsOnly}
              checked={bulk.problemsOnly}
              onChange={(_, data) => bulkActions.setProblemsOnly(data.checked)}
            />
          )}
          <div role="table" aria-label={s.bulkReportLabel} aria-rowcount={bulk.reportRows.length + 1}>
            <div role="rowgroup">
              <div role="row" aria-rowindex={1} className={classes.reportHeader}>
                <span role="columnheader">{s.bulkLine}</span>
                <span role="columnheader">{s.bulkIdentifier}</span>
                <span role="columnheader">{s.bulkRole}</span>
                <span role="columnheader">{s.bulkResult}</span>
              </div>
            </div>
            <div
              role="rowgroup"
              ref={state.reportScrollRef}
              className={classes.report}
              style={{ height: state.reportHeight }}
              // The report scrolls and holds nothing focusable: keyboard users scroll it by focusing it.
              // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
              tabIndex={0}
              aria-label={s.bulkReportLabel}
            >
              <div role="presentation" className={classes.sizer} style={{ height: state.reportTotalHeight }}>
                {state.virtualReportRows.map(({ item, row }) => (
                  <div
                    key={`${row.line}:${item.index}`}
                    role="row"
                    aria-rowindex={item.index + 2}
                    className={classes.reportRow}
                    style={{ height: state.reportRowHeight, transform: `translateY(${item.start}px)` }}
                    data-status={row.status}
                    data-line={row.line}
                  >
                    <span role="cell">{row.line}</span>
                    <span role="cell">{row.id}</span>
                    <span role="cell">
                      {row.role ? state.strings.organisers.roles[row.role].name : (row.roleText ?? '')}
                    </span>
                    <span role="cell">{state.verdictOf(row)}</span>
                  </div>
                ))}
              </div>
            </div>
          </div>
        </>
      )}
    </div>
  );
}

function renderReview(state: RosterEditorState): ReactNode {
  const s = state.strings.rosterEditor;
  const { diff } = state;
  const roleName = (role: RoomRole) => state.strings.organisers.roles[role].name;
  const section = (title: string, items: ReactNode[], total: number) =>
    total > 0 && (
      <section>
        <h3>{title}</h3>
        <ul>
          {items}
          {total > REVIEW_LIST_MAX && <li>{state.format(s.reviewMore, { count: total - REVIEW_LIST_MAX })}</li>}
        </ul>
      </section>
    );
  return (
    <Dialog open onOpenChange={(_, data) => state.actions.setReviewOpen(data.open)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{s.reviewTitle}</DialogTitle>
          <DialogContent>
            <p>{s.reviewSummary}</p>
            {section(
              state.format(s.reviewAdded, { count: diff.added.length }),
              diff.added
                .slice(0, REVIEW_LIST_MAX)
                .map((p) => (
                  <li key={p.id}>
                    {state.format(s.reviewPerson, { name: state.nameOf(p.id), role: roleName(p.role) })}
                  </li>
                )),
              diff.added.length,
            )}
            {section(
              state.format(s.reviewRoleChanged, { count: diff.roleChanged.length }),
              diff.roleChanged.slice(0, REVIEW_LIST_MAX).map((c) => (
                <li key={c.id}>
                  {state.format(s.reviewRoleChange, {
                    name: state.nameOf(c.id),
                    from: roleName(c.from),
                    to: roleName(c.to),
                  })}
                </li>
              )),
              diff.roleChanged.length,
            )}
            {section(
              state.format(s.reviewRemoved, { count: diff.removed.length }),
              diff.removed
                .slice(0, REVIEW_LIST_MAX)
                .map((p) => (
                  <li key={p.id}>
                    {state.format(s.reviewPerson, { name: state.nameOf(p.id), role: roleName(p.role) })}
                  </li>
                )),
              diff.removed.length,
            )}
            <p>{state.format(s.reviewRequests, { count: state.saveRequestCount })}</p>
            {state.offline && (
              <MessageBar intent="warning">
                <MessageBarBody>{state.strings.common.offline}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={state.actions.save} disabled={state.offline || state.saving}>
              {s.saveChanges}
            </Button>
            <Button onClick={state.actions.discard}>{s.discardChanges}</Button>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="subtle">{state.strings.common.cancel}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
