import {
  Badge,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  ToggleButton,
} from '@fluentui/react-components';
import {
  CallEnd48Regular,
  CalendarLtr48Regular,
  Clock48Regular,
  Dismiss20Regular,
  ErrorCircle48Regular,
  Info20Regular,
  LockClosed16Regular,
  PeopleTeam20Regular,
  PersonProhibited28Regular,
  PersonLock24Regular,
} from '@fluentui/react-icons';
import type { ReactElement, ReactNode } from 'react';
import type { RoomsKitStrings } from '../../strings';
import type {
  RoomCallCompositeClasses,
  RoomCallCompositeState,
  RoomCallFormat as Format,
} from './RoomCallComposite.types';
import { CallAnnouncementToasts } from './CallAnnouncementToasts';
import { CallCompositeWithIcons } from './callIcons';
import { EndForEveryoneDialog } from './EndForEveryoneDialog';
import { CallDevicesDialog } from './CallDevicesDialog';
import { renderPeoplePanel } from './renderPeoplePanel';

function screen(
  classes: RoomCallCompositeClasses,
  icon: ReactNode,
  title: string,
  children: ReactNode,
  dataScreen: string,
): ReactElement {
  return (
    <div className={classes.screen} data-screen={dataScreen}>
      <span className={classes.screenIcon} aria-hidden="true">
        {icon}
      </span>
      <Text as="h2" size={500} weight="semibold">
        {title}
      </Text>
      {children}
    </div>
  );
}

function renderGate(
  state: RoomCallCompositeState,
  classes: RoomCallCompositeClasses,
  strings: RoomsKitStrings,
  format: Format,
): ReactElement {
  const s = strings.roomCall;
  switch (state.phase) {
    case 'loading':
      return (
        <div className={classes.screen} data-screen="loading">
          <Spinner label={strings.common.loading} />
        </div>
      );
    case 'error':
      return screen(
        classes,
        <ErrorCircle48Regular />,
        s.loadFailedTitle,
        <>
          <Text as="p">{state.loadErrorText}</Text>
          <Button appearance="primary" onClick={state.retry}>
            {strings.common.retry}
          </Button>
        </>,
        'error',
      );
    case 'notInvited':
      return screen(
        classes,
        <PersonLock24Regular />,
        state.screenTitles.notInvited,
        <Text as="p">{s.notInvitedBody}</Text>,
        'notInvited',
      );
    case 'ended':
      return screen(
        classes,
        <CalendarLtr48Regular />,
        state.screenTitles.ended,
        <Text as="p">{format(s.endedBody, { range: state.scheduleText ?? '' })}</Text>,
        'ended',
      );
    default: {
      const opensIn = format(s.opensIn, { time: state.countdownText ?? '' });
      return screen(
        classes,
        <Clock48Regular />,
        state.screenTitles.waiting,
        <>
          <Text as="p">{format(s.waitingSchedule, { range: state.scheduleText ?? '' })}</Text>
          {/* A timer is not announced on every tick; its name says what it counts down to. */}
          <div role="timer" aria-label={opensIn} className={classes.countdown}>
            {opensIn}
          </div>
          <Text as="p">{s.waitingHint}</Text>
        </>,
        'waiting',
      );
    }
  }
}

function renderCall(
  state: RoomCallCompositeState,
  classes: RoomCallCompositeClasses,
  strings: RoomsKitStrings,
  format: Format,
): ReactElement {
  const s = strings.roomCall;
  const panel = state.peoplePanel;
  const capabilitiesHeading = format(s.whatYouCanDoHeading, { role: state.roleName });
  return (
    <>
      {/* A group, not a landmark: a page may hold more than one call, and the bar is part of this one. */}
      <div role="group" aria-label={s.roleBarLabel} className={classes.roleBar}>
        {state.callTitle && (
          <Text as="h2" weight="semibold" size={400} className={classes.callTitle} title={state.callTitle}>
            {state.callTitle}
          </Text>
        )}
        <span className={classes.roleBadge}>
          <Badge size="large" appearance="tint" color="brand" shape="rounded" data-role={state.role.role}>
            {state.roleLabel}
          </Badge>
        </span>
        <span className={classes.roleBarActions}>
          {state.role.role && (
            <ToggleButton
              appearance="subtle"
              icon={<Info20Regular />}
              checked={state.capabilitiesOpen}
              aria-expanded={state.capabilitiesOpen}
              aria-controls={state.capabilitiesOpen ? state.capabilitiesId : undefined}
              onClick={() => state.setCapabilitiesOpen(!state.capabilitiesOpen)}
            >
              {s.whatYouCanDo}
            </ToggleButton>
          )}
          <ToggleButton
            appearance="subtle"
            icon={<PeopleTeam20Regular />}
            checked={panel.open}
            aria-controls={panel.open ? panel.id : undefined}
            onClick={() => panel.setOpen(!panel.open)}
          >
            {s.peopleButton}
          </ToggleButton>
        </span>
      </div>
      {state.capabilitiesOpen && state.role.role && (
        <section
          id={state.capabilitiesId}
          className={classes.capabilities}
          aria-labelledby={`${state.capabilitiesId}-heading`}
        >
          <Text as="h2" id={`${state.capabilitiesId}-heading`} weight="semibold" block>
            {capabilitiesHeading}
          </Text>
          <div className={classes.capabilityColumns}>
            <div>
              <Text as="h3" block>
                {s.youCan}
              </Text>
              <ul className={classes.capabilityList} data-list="can">
                {state.canLines.map((line) => (
                  <li key={line.key}>{line.text}</li>
                ))}
              </ul>
            </div>
            {state.cannotLines.length > 0 && (
              <div>
                <Text as="h3" block>
                  {s.youCannot}
                </Text>
                <ul className={classes.capabilityList} data-list="cannot">
                  {state.cannotLines.map((line) => (
                    <li key={line.key}>{line.text}</li>
                  ))}
                </ul>
              </div>
            )}
          </div>
          <Text as="p" size={200}>
            {s.callDecides}
          </Text>
        </section>
      )}
      <div className={classes.notices}>
        {state.endedDuringCallText && (
          <MessageBar intent="warning">
            <MessageBarBody>{state.endedDuringCallText}</MessageBarBody>
          </MessageBar>
        )}
        {state.notices.map((notice) => (
          <MessageBar key={notice.id} intent="info" politeness="polite" data-notice="role">
            <MessageBarBody>
              <MessageBarTitle>{notice.title}</MessageBarTitle>
              {notice.lines.map((line) => (
                <span key={line}> {line}</span>
              ))}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  icon={<Dismiss20Regular />}
                  aria-label={strings.common.dismiss}
                  onClick={() => state.dismissNotice(notice.id)}
                />
              }
            />
          </MessageBar>
        ))}
      </div>
      <div className={classes.body}>
        <div className={classes.call} ref={state.callRef} data-stage-empty={state.stageEmpty || undefined}>
          <CallCompositeWithIcons {...state.callComposite} />
          {state.stageEmpty && (
            <Text as="p" className={classes.stageMessage} data-stage-message="">
              {s.stageEmpty}
            </Text>
          )}
        </div>
        {panel.open && renderPeoplePanel(panel, classes, strings, format, state.moderation)}
      </div>
      {state.restrictions.length > 0 && (
        <ul className={classes.restrictions} aria-label={s.restrictionsLabel}>
          {state.restrictions.map((restriction) => (
            <li key={restriction.control} className={classes.restriction} data-control={restriction.control}>
              <LockClosed16Regular aria-hidden="true" />
              {restriction.text}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * Renders {@link RoomCallComposite} from its state and classes: a gate screen (loading, waiting with a countdown,
 * ended, not invited, failed), or the role bar, notices, communication-react's `CallComposite`, the people panel and
 * the list of disabled controls with their reasons. JSX only, no decisions.
 *
 * @example
 * ```tsx
 * return renderRoomCallComposite(useRoomCallComposite(props, ref), classes);
 * ```
 */
export function renderRoomCallComposite(
  state: RoomCallCompositeState,
  classes: RoomCallCompositeClasses,
): ReactElement {
  const { strings, format } = state;
  const end = state.moderationEnd;
  let body: ReactElement;
  if (state.phase !== 'call') body = renderGate(state, classes, strings, format);
  else if (end)
    body = screen(
      classes,
      end.kind === 'removed' ? <PersonProhibited28Regular /> : <CallEnd48Regular />,
      end.title,
      <Text as="p">{end.body}</Text>,
      end.kind,
    );
  else body = renderCall(state, classes, strings, format);
  return (
    <div {...state.root} className={classes.root} data-phase={state.phase} data-role={state.role.role ?? 'Unknown'}>
      {body}
      {/* Outside what the end of the call replaces, so the dialog closes in place and gives the page back. */}
      <EndForEveryoneDialog
        dialog={state.moderation.endDialog}
        strings={strings}
        confirmClassName={classes.dangerButton}
      />
      <CallDevicesDialog
        open={state.devices.open}
        onClose={state.devices.close}
        adapter={state.devices.adapter}
        devices={state.devices.state}
        cameraAllowed={state.devices.cameraAllowed}
        strings={strings}
        fieldsClassName={classes.deviceFields}
        returnFocusTo={state.devices.button}
      />
      <CallAnnouncementToasts announcements={state.announcements} />
      <div role="status" className={classes.visuallyHidden}>
        {state.announcement} {state.peoplePanel.status} {state.moderation.status} {state.latestAnnouncement}
      </div>
    </div>
  );
}
