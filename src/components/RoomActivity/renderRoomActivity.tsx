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
import type { RoomRole } from '../../core/roles';
import type {
  RoomActivityClasses,
  RoomActivityPersonState,
  RoomActivitySectionState,
  RoomActivityState,
  RoomActivityTab,
  RoomActivityTimelineState,
} from './RoomActivity.types';

/**
 * Wraps text in Unicode isolates (FSI … PDI), so SVG text, which has no `dir="auto"`, keeps its own order inside a
 * right-to-left picture ("9:50 AM", not "AM 9:50").
 */
const isolate = (text: string): string => `\u2068${text}\u2069`;

/** `true` → attribute present, `false` → absent, so hosts can select `[data-late]`. */
const flag = (on: boolean): '' | undefined => (on ? '' : undefined);

type PatternKey = RoomRole | 'unknown';
const patternKey = (role: RoomRole | undefined): PatternKey => role ?? 'unknown';

// Geometry of the timeline, in SVG user units (px) down and in per cent across.
const ROW_HEIGHT = 40;
const LABEL_Y = 13;
const BAR_Y = 19;
const BAR_HEIGHT = 14;
const AXIS_GAP = 6;
const AXIS_HEIGHT = 30;
/** The plot leaves 1 % at each side, so bars at the very start or end keep their outline. */
const INSET = 1;
const PLOT = 100 - 2 * INSET;
/** The narrowest bar drawn, so a stay of seconds still shows. */
const MIN_BAR = 0.4;

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
      data-late={flag(person.late)}
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

function renderPatterns(timeline: RoomActivityTimelineState, classes: RoomActivityClasses) {
  const id = (key: PatternKey) => `${timeline.patternPrefix}-${key}`;
  return (
    <defs>
      <pattern id={id('Presenter')} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" className={classes.patternPresenter} />
      </pattern>
      <pattern id={id('Collaborator')} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" className={classes.patternCollaborator} />
        <rect width="2" height="6" className={classes.patternMark} />
      </pattern>
      <pattern id={id('Attendee')} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className={classes.patternAttendee} />
        <circle cx="3" cy="3" r="1.4" className={classes.patternMark} />
      </pattern>
      <pattern id={id('Consumer')} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
        <rect width="6" height="6" className={classes.patternConsumer} />
        <rect width="1.5" height="6" className={classes.patternConsumerMark} />
      </pattern>
      <pattern id={id('unknown')} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className={classes.patternUnknown} />
        <path d="M0 3H6M3 0V6" strokeWidth="1" className={classes.patternMark} />
      </pattern>
    </defs>
  );
}

function renderTimeline(state: RoomActivityState, classes: RoomActivityClasses, timeline: RoomActivityTimelineState) {
  const rtl = state.dir === 'rtl';
  // Right to left, time runs from the right edge leftwards.
  const x = (start: number, width: number): number =>
    rtl ? 100 - INSET - (start + width) * PLOT : INSET + start * PLOT;
  const axisTop = timeline.rows.length * ROW_HEIGHT + AXIS_GAP;
  const height = axisTop + AXIS_HEIGHT;
  const fill = (role: RoomRole | undefined) => `url(#${timeline.patternPrefix}-${patternKey(role)})`;
  const titleId = `${timeline.patternPrefix}-title`;
  return (
    <section className={classes.timeline} aria-labelledby={titleId}>
      <h3 id={titleId} className={classes.timelineTitle}>
        {state.strings.timelineTitle}
      </h3>
      <p dir="auto" className={classes.details}>
        {timeline.zoneText}
      </p>
      <svg
        className={classes.timelineSvg}
        role="img"
        aria-label={timeline.label}
        height={height}
        width="100%"
        style={{ direction: state.dir }}
        data-rows={timeline.rows.length}
      >
        {renderPatterns(timeline, classes)}
        {timeline.rows.map((row, index) => {
          const top = index * ROW_HEIGHT;
          // Isolated as `dir="auto"` would: the label takes its direction from its own text.
          const label = isolate(row.absentText ? `${row.label} · ${row.absentText}` : row.label);
          return (
            <g key={row.userId} data-user-id={row.userId} data-role={row.role}>
              <text x={rtl ? '99%' : '1%'} y={top + LABEL_Y} className={classes.timelineLabel} textAnchor="start">
                {label}
              </text>
              <line
                x1={`${INSET}%`}
                x2={`${100 - INSET}%`}
                y1={top + BAR_Y + BAR_HEIGHT / 2}
                y2={top + BAR_Y + BAR_HEIGHT / 2}
                className={classes.timelineTrack}
              />
              {row.segments.map((segment, i) => {
                const width = Math.max(MIN_BAR, segment.width * PLOT);
                return (
                  <rect
                    key={i}
                    x={`${x(segment.start, width / PLOT)}%`}
                    y={top + BAR_Y}
                    width={`${width}%`}
                    height={BAR_HEIGHT}
                    rx="3"
                    fill={fill(row.role)}
                    className={classes.timelineBar}
                    data-role={row.role}
                    data-open={flag(segment.open)}
                  />
                );
              })}
            </g>
          );
        })}
        <line x1={`${INSET}%`} x2={`${100 - INSET}%`} y1={axisTop} y2={axisTop} className={classes.timelineAxis} />
        {timeline.ticks.map((tick, index) => {
          const at = x(tick.position, 0);
          const anchor = tick.position < 0.06 ? 'start' : tick.position > 0.94 ? 'end' : 'middle';
          return (
            <g key={tick.text + tick.position}>
              <line x1={`${at}%`} x2={`${at}%`} y1={axisTop} y2={axisTop + 5} className={classes.timelineAxis} />
              <text
                x={`${at}%`}
                y={axisTop + 19}
                textAnchor={anchor}
                className={classes.timelineTick}
                data-minor={flag(index % 2 === 1)}
              >
                {isolate(tick.text)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className={classes.legend} aria-label={timeline.legendLabel}>
        {timeline.legend.map((item) => (
          <li key={item.role ?? 'unknown'} className={classes.legendItem} data-role={item.role}>
            <svg className={classes.swatch} width="28" height="14" aria-hidden="true">
              <rect
                x="1"
                y="1"
                width="26"
                height="12"
                rx="3"
                fill={fill(item.role)}
                className={classes.timelineBar}
                data-role={item.role}
              />
            </svg>
            {item.text}
          </li>
        ))}
      </ul>
    </section>
  );
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
                data-late={flag(person.late)}
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
      {state.timeline && renderTimeline(state, classes, state.timeline)}
    </>
  );
}

function renderTabs(state: RoomActivityState, classes: RoomActivityClasses) {
  const tabs: RoomActivityTab[] = ['board', 'attendance'];
  const text: Record<RoomActivityTab, string> = {
    board: state.strings.boardTab,
    attendance: state.strings.attendanceTab,
  };
  const ids = state.tabIds[state.tab];
  return (
    <>
      <TabList
        className={classes.tabs}
        selectedValue={state.tab}
        onTabSelect={(_, data) => state.selectTab(data.value as RoomActivityTab)}
        aria-label={state.strings.tabsLabel}
      >
        {tabs.map((tab) => (
          <Tab
            key={tab}
            value={tab}
            id={state.tabIds[tab].tab}
            // Only the shown panel exists, so only its tab points at it.
            aria-controls={tab === state.tab ? ids.panel : undefined}
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
        data-tab={state.tab}
      >
        {state.tab === 'board' ? renderBoard(state, classes) : renderAttendance(state, classes)}
      </div>
    </>
  );
}

function renderContent(state: RoomActivityState, classes: RoomActivityClasses) {
  const { strings } = state;
  if (state.loadStatus === 'loading') {
    return <Spinner size="small" label={strings.loading} labelPosition="after" />;
  }
  if (state.loadStatus === 'deleted') {
    return (
      <MessageBar intent="warning" layout="multiline" className={classes.message}>
        <MessageBarBody>{strings.deleted}</MessageBarBody>
      </MessageBar>
    );
  }
  if (state.loadStatus === 'failed') {
    return (
      <RetryMessageBar
        title={strings.loadFailed}
        message={state.errorText}
        retryText={state.retryText}
        onRetry={state.retry}
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
  const ready = state.loadStatus === 'ready';
  return (
    <div {...state.root} className={classes.root} data-load-status={state.loadStatus} data-phase={state.phase}>
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
        {ready && state.callOptions.length > 1 && (
          <Field label={strings.callPickerLabel} className={classes.callPicker}>
            <Select value={state.selectedCallId ?? ''} onChange={(_, data) => state.selectCall(data.value)}>
              {state.callOptions.map((option) => (
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
      {ready && state.error && (
        <RetryMessageBar
          intent="warning"
          title={strings.reloadFailed}
          message={state.errorText}
          retryText={state.retryText}
          onRetry={state.retry}
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
