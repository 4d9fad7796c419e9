import {
  Button,
  Field,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  SearchBox,
  Select,
  Spinner,
  Switch,
} from '@fluentui/react-components';
import { ClipboardPaste20Regular, Delete20Regular } from '@fluentui/react-icons';
import { memo, type ReactNode } from 'react';
import { isRoomRole, ROOM_ROLES, type RoomRole } from '../../core/roles';
import { dataFlag } from '../shared/dataFlags';
import { PeoplePicker } from '../PeoplePicker';
import { RolePicker } from '../RolePicker';
import type { RosterEditorClasses } from './RosterEditor.types';
import type { RosterEditorActions, RosterEditorState, RosterFormat } from './rosterEditorState.types';

type Strings = RosterEditorState['strings'];

/** Props of {@link RosterAddGroup}. */
interface RosterAddGroupProps {
  strings: Strings;
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
        {props.strings.rosterEditor.bulkOpen}
      </Button>
    </div>
  );
});

/** The filter box on its own, so a keystroke renders it and nothing else of the toolbar. */
const RosterFilterBox = memo(function RosterFilterBox(props: {
  strings: Strings;
  filterText: string;
  actions: RosterEditorActions;
}) {
  const { strings, actions } = props;
  const s = strings.rosterEditor;
  return (
    <Field label={s.filterLabel}>
      <SearchBox
        value={props.filterText}
        placeholder={s.filterPlaceholder}
        dismiss={{ 'aria-label': strings.common.clearSearch }}
        onChange={(_, data) => actions.setFilterText(data.value)}
      />
    </Field>
  );
});

/** Props of {@link RosterFilterGroup}. */
interface RosterFilterGroupProps {
  strings: Strings;
  format: RosterFormat;
  classes: RosterEditorClasses;
  roleFilter: RoomRole | null;
  roleCounts: Readonly<Record<RoomRole, number>>;
  showIds: boolean;
  actions: RosterEditorActions;
}

/** The role filter and showing ids. */
const RosterFilterGroup = memo(function RosterFilterGroup(props: RosterFilterGroupProps) {
  const { strings, format, classes, actions } = props;
  const s = strings.rosterEditor;
  return (
    <>
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
    </>
  );
});

/** Adding people, and filtering what is shown. */
export function renderRosterToolbar(state: RosterEditorState, classes: RosterEditorClasses): ReactNode {
  return (
    <div className={classes.toolbar}>
      {!state.readOnly && (
        <RosterAddGroup
          strings={state.strings}
          classes={classes}
          adapter={state.adapter}
          rosterIds={state.add.rosterIds}
          addRole={state.add.role}
          roles={state.roles}
          bulkOpen={state.bulk.open}
          bulkId={state.ids.bulk}
          actions={state.actions}
        />
      )}
      <div className={classes.filterGroup}>
        <RosterFilterBox strings={state.strings} filterText={state.view.filterText} actions={state.actions} />
        <RosterFilterGroup
          strings={state.strings}
          format={state.format}
          classes={classes}
          roleFilter={state.view.roleFilter}
          roleCounts={state.counts.byRole}
          showIds={state.view.showIds}
          actions={state.actions}
        />
      </div>
    </div>
  );
}

/** Props of {@link RosterCounts}. */
interface RosterCountsProps {
  strings: Strings;
  format: RosterFormat;
  classes: RosterEditorClasses;
  counts: RosterEditorState['counts'];
}

/** Participants per role, the interactive count against the limit, and how many rows the filters show. */
export const RosterCounts = memo(function RosterCounts({ strings, format, classes, counts }: RosterCountsProps) {
  const s = strings.rosterEditor;
  const filtered = counts.shown !== counts.total + counts.removed;
  return (
    <ul className={classes.counts} aria-label={s.countsLabel}>
      {ROOM_ROLES.map((role) => (
        <li key={role} className={classes.count} data-role={role}>
          {format(s.roleCount, { role: strings.organisers.roles[role].name, count: counts.byRole[role] })}
        </li>
      ))}
      <li
        className={classes.count}
        data-interactive=""
        data-over-limit={dataFlag(counts.interactive > counts.interactiveLimit)}
      >
        {format(s.interactiveCount, { count: counts.interactive, limit: counts.interactiveLimit })}
      </li>
      {filtered && (
        <li className={classes.count} data-shown="">
          {format(s.showing, { shown: counts.shown, total: counts.total })}
        </li>
      )}
    </ul>
  );
});

/** Props of {@link RosterActionBars}. */
interface RosterActionBarsProps {
  strings: Strings;
  format: RosterFormat;
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
export const RosterActionBars = memo(function RosterActionBars(props: RosterActionBarsProps) {
  const { strings, format, classes, actions } = props;
  const s = strings.rosterEditor;
  const selected = format(s.selectedCount, { count: props.selectedCount });
  return (
    <>
      {props.selectedCount > 0 && (
        <div className={classes.actionBar} role="toolbar" aria-label={selected} data-selection="">
          <span>{selected}</span>
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
