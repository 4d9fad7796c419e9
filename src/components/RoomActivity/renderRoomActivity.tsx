import {
  Badge,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Tab,
  TabList,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { JoinRequestList } from '../JoinRequestList';
import { RetryMessageBar } from '../shared/RetryMessageBar';
import { dataFlag } from '../shared/dataFlags';
import { renderRoomActivityTimeline } from './RoomActivityTimeline';
import type {
  RoomActivityClasses,
  RoomActivityPersonState,
  RoomActivitySectionState,
  RoomActivityState,
  RoomActivityTab,
} from './RoomActivity.types';

function personBadges(state: RoomActivityState, person: RoomActivityPersonState, classes: RoomActivityClasses) {
  return (
    <div className={classes.badges}>
      <Badge appearance="tint" color="informative" shape="rounded" data-role={person.role}>
        {person.roleText}
      </Badge>
      {person.late && (
        <Badge appearance="tint" color="warning" shape="rounded" data-late="">
          {state.strings.late}
        </Badge>
      )}
      {!person.invited && (
        <Badge appearance="outline" color="important" shape="rounded">
          {state.strings.notInvited}
        </Badge>
      )}
    </div>
  );
}

function renderPerson(state: RoomActivityState, classes: RoomActivityClasses, person: RoomActivityPersonState) {
  const details = [...(person.lateText ? [person.lateText] : []), ...person.details];
  return (
    <li
      key={person.userId}
      className={classes.person}
      data-user-id={person.userId}
      data-status={person.status}
      data-role={person.role}
      data-late={dataFlag(person.late)}
      data-invited={person.invited ? 'true' : 'false'}
    >
      <span dir="auto" className={classes.personName} title={person.userId}>
        {person.name}
      </span>
      {person.secondaryText && (
        <span dir="auto" className={classes.personId}>
          {person.secondaryText}
        </span>
      )}
      {personBadges(state, person, classes)}
      {details.length > 0 && (
        <p dir="auto" className={classes.details}>
          {details.join(' · ')}
        </p>
      )}
    </li>
  );
}

function renderSection(state: RoomActivityState, classes: RoomActivityClasses, section: RoomActivitySectionState) {
  return (
    <section
      key={section.status}
      className={classes.section}
      aria-labelledby={section.headingId}
      data-status={section.status}
    >
      <h3 id={section.headingId} className={classes.sectionHeading}>
        {section.heading}
      </h3>
      {section.roleCounts.length > 0 && (
        <ul className={classes.roleCounts} aria-label={state.strings.roleCountsLabel}>
          {section.roleCounts.map((count) => (
            <li key={count.role ?? 'unknown'} data-role={count.role}>
              {count.text}
            </li>
          ))}
        </ul>
      )}
      {section.people.length === 0 ? (
        <p dir="auto" className={classes.empty}>
          {section.emptyText}
        </p>
      ) : (
        <ul className={classes.people}>{section.people.map((person) => renderPerson(state, classes, person))}</ul>
      )}
    </section>
  );
}

function renderBoard(state: RoomActivityState, classes: RoomActivityClasses) {
  return <div className={classes.board}>{state.sections.map((s) => renderSection(state, classes, s))}</div>;
}

function renderAttendance(state: RoomActivityState, classes: RoomActivityClasses) {
  const { columns } = state.strings;
  return (
    <>
      <div className={classes.toolbar}>
        <Button icon={<ArrowDownload20Regular />} onClick={state.exportCsv}>
          {state.strings.exportCsv}
        </Button>
      </div>
      {/* A table wider than a phone scrolls sideways; keyboard users need to reach the scroller to scroll it. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className={classes.tableScroller} role="region" aria-label={state.strings.tableCaption} tabIndex={0}>
        <Table className={classes.table} size="small">
          <caption className={classes.visuallyHidden}>{state.strings.tableCaption}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{columns.person}</TableHeaderCell>
              <TableHeaderCell scope="col">{columns.role}</TableHeaderCell>
              <TableHeaderCell scope="col">{columns.status}</TableHeaderCell>
              <TableHeaderCell scope="col">{columns.joined}</TableHeaderCell>
              <TableHeaderCell scope="col">{columns.left}</TableHeaderCell>
              <TableHeaderCell scope="col">{columns.timeInCall}</TableHeaderCell>
              <TableHeaderCell scope="col">{columns.dropOuts}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {state.people.map((person) => (
              <TableRow
                key={person.userId}
                data-user-id={person.userId}
                data-status={person.status}
                data-late={dataFlag(person.late)}
              >
                <TableCell>
                  <div className={classes.cellName}>
                    <span dir="auto" className={classes.personName} title={person.userId}>
                      {person.name}
                    </span>
                  </div>
                </TableCell>
                <TableCell data-column="role" data-role={person.role}>
                  {person.roleText}
                </TableCell>
                <TableCell data-column="status">
                  <div className={classes.badges}>
                    <span>{person.statusText}</span>
                    {person.late && (
                      <Badge appearance="tint" color="warning" shape="rounded">
                        {state.strings.late}
                      </Badge>
                    )}
                    {!person.invited && (
                      <Badge appearance="outline" color="important" shape="rounded">
                        {state.strings.notInvited}
                      </Badge>
                    )}
                  </div>
                </TableCell>
                <TableCell data-column="joined">
                  <span dir="auto">{person.joinedText}</span>
                </TableCell>
                <TableCell data-column="left">
                  <span dir="auto">{person.leftText}</span>
                </TableCell>
                <TableCell data-column="timeInCall">
                  <span dir="auto">{person.timeInCallText}</span>
                </TableCell>
                <TableCell data-column="dropOuts">{person.dropOutsText}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {state.timeline && renderRoomActivityTimeline(state, classes, state.timeline)}
    </>
  );
}

function renderTabs(state: RoomActivityState, classes: RoomActivityClasses) {
  const tabs: RoomActivityTab[] = ['board', 'attendance'];
  const text: Record<RoomActivityTab, string> = {
    board: state.strings.boardTab,
    attendance: state.strings.attendanceTab,
  };
  const ids = state.tabs.ids[state.tabs.current];
  return (
    <>
      <TabList
        className={classes.tabs}
        selectedValue={state.tabs.current}
        onTabSelect={(_, data) => state.tabs.select(data.value as RoomActivityTab)}
        aria-label={state.strings.tabsLabel}
      >
        {tabs.map((tab) => (
          <Tab
            key={tab}
            value={tab}
            id={state.tabs.ids[tab].tab}
            // Only the shown panel exists, so only its tab points at it.
            aria-controls={tab === state.tabs.current ? ids.panel : undefined}
          >
            {text[tab]}
          </Tab>
        ))}
      </TabList>
      <div
        role="tabpanel"
        id={ids.panel}
        aria-labelledby={ids.tab}
        tabIndex={0}
        className={classes.panel}
        data-tab={state.tabs.current}
      >
        {state.tabs.current === 'board' ? renderBoard(state, classes) : renderAttendance(state, classes)}
      </div>
    </>
  );
}

function renderContent(state: RoomActivityState, classes: RoomActivityClasses) {
  const { strings } = state;
  if (state.load.status === 'loading') {
    return <Spinner size="small" label={strings.loading} labelPosition="after" />;
  }
  if (state.load.status === 'deleted') {
    return (
      <MessageBar intent="warning" layout="multiline" className={classes.message}>
        <MessageBarBody>{strings.deleted}</MessageBarBody>
      </MessageBar>
    );
  }
  if (state.load.status === 'failed') {
    return (
      <RetryMessageBar
        title={strings.loadFailed}
        message={state.load.errorText}
        retryText={state.load.retryText}
        onRetry={state.load.retry}
        className={classes.message}
      />
    );
  }
  if (!state.report) return null;
  if (state.phase === 'none') {
    return (
      <div className={classes.panel}>
        <div>
          <h3 dir="auto" className={classes.sectionHeading}>
            {strings.noCall}
          </h3>
          <p dir="auto" className={classes.empty}>
            {strings.noCallHint}
          </p>
        </div>
        {state.people.length > 0 && renderBoard(state, classes)}
      </div>
    );
  }
  return renderTabs(state, classes);
}

/**
 * Renders {@link RoomActivity} from its state and classes: JSX only, no decisions. Hosts that want other markup call
 * {@link useRoomActivity} and {@link useRoomActivityStyles} and render the state themselves.
 *
 * @example
 * ```tsx
 * return renderRoomActivity(useRoomActivity(props, ref), classes);
 * ```
 */
export function renderRoomActivity(state: RoomActivityState, classes: RoomActivityClasses): JSX.Element {
  const { strings } = state;
  const ready = state.load.status === 'ready';
  return (
    <div {...state.root} className={classes.root} data-load-status={state.load.status} data-phase={state.phase}>
      <div className={classes.header}>
        <h2 id={state.headingId} className={classes.title}>
          {strings.title}
        </h2>
        {ready && state.phase === 'live' && (
          <Badge appearance="filled" color="success" shape="rounded">
            {strings.liveBadge}
          </Badge>
        )}
        {ready && state.phase === 'ended' && (
          <Badge appearance="tint" color="subtle" shape="rounded">
            {strings.endedBadge}
          </Badge>
        )}
        {ready && state.calls.options.length > 1 && (
          <Field label={strings.callPickerLabel} className={classes.callPicker}>
            <Select value={state.calls.selectedId ?? ''} onChange={(_, data) => state.calls.select(data.value)}>
              {state.calls.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.text}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      {ready && (state.callText || state.scheduleText || state.countsText) && (
        <div className={classes.meta}>
          {state.callText && (
            <p dir="auto" className={classes.callLine}>
              {state.callText}
            </p>
          )}
          {state.scheduleText && (
            <p dir="auto" className={classes.details}>
              {state.scheduleText}
            </p>
          )}
          {state.countsText && (
            <p dir="auto" className={classes.counts}>
              {state.countsText}
            </p>
          )}
        </div>
      )}
      {ready && state.load.error && (
        <RetryMessageBar
          intent="warning"
          title={strings.reloadFailed}
          message={state.load.errorText}
          retryText={state.load.retryText}
          onRetry={state.load.retry}
          className={classes.message}
        />
      )}
      {ready && state.notice && (
        <MessageBar intent="info" layout="multiline" className={classes.message}>
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      )}
      {state.joinRequests && (
        <JoinRequestList
          adapter={state.joinRequests.adapter}
          roomId={state.joinRequests.roomId}
          hideWhenEmpty
          headingLevel={3}
          className={classes.joinRequests}
        />
      )}
      {renderContent(state, classes)}
      <div aria-live="polite" role="status" className={classes.visuallyHidden}>
        {state.announcement}
      </div>
    </div>
  );
}
