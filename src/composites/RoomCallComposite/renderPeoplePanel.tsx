import { Avatar, Badge, Button, MessageBar, MessageBarActions, MessageBarBody, Text } from '@fluentui/react-components';
import { Dismiss20Regular, MicOff20Regular, PersonAdd20Regular, PersonDelete20Regular } from '@fluentui/react-icons';
import type { KeyboardEvent, ReactElement } from 'react';
import { RolePicker } from '../../components/RolePicker';
import type { RoomsKitStrings } from '../../strings';
import type { RoomCallModerationState } from './RoomCallModeration.types';
import { renderModerationMenu, renderModerationSections } from './renderModerationMenu';
import type {
  RoomCallCompositeClasses,
  RoomCallFormat as Format,
  RoomCallPeoplePanelState,
  RoomCallPersonState,
} from './RoomCallComposite.types';

/** `true` → present attribute, `false` → absent. */
const flag = (on: boolean | undefined): 'true' | undefined => (on ? 'true' : undefined);

function statusBadges(person: RoomCallPersonState, s: RoomsKitStrings['roomCall']): ReactElement | null {
  if (!person.joined) return null;
  return (
    <>
      {person.speaking && (
        <Badge appearance="tint" color="success" size="small">
          {s.speaking}
        </Badge>
      )}
      {person.muted && (
        <Badge appearance="outline" color="informative" size="small">
          {s.muted}
        </Badge>
      )}
      {person.handRaised && (
        <Badge appearance="tint" color="warning" size="small">
          {s.handRaised}
        </Badge>
      )}
    </>
  );
}

/** Escape on either choice cancels, as it would close a dialog. */
const cancelOnEscape =
  (panel: RoomCallPeoplePanelState) =>
  (event: KeyboardEvent<HTMLButtonElement>): void => {
    if (event.key === 'Escape') panel.cancelRemove();
  };

/** Moves focus into the confirmation as it appears, so a keyboard user lands on the choice they have to make. */
const focusOnMount = (element: HTMLButtonElement | null): void => element?.focus();

// The confirmation stays inside the row rather than in a modal dialog: the decision belongs to that person, and the
// rest of the call (communication-react's own layers included) stays as it is.
function renderConfirmRemoval(
  person: RoomCallPersonState,
  panel: RoomCallPeoplePanelState,
  classes: RoomCallCompositeClasses,
  strings: RoomsKitStrings,
  format: Format,
): ReactElement {
  const s = strings.roomCall;
  const titleId = `${panel.id}-confirm-${person.id}`;
  return (
    <div role="group" aria-labelledby={titleId} className={classes.confirm}>
      <Text id={titleId} weight="semibold" block>
        {format(s.confirmRemoveTitle, { name: person.name })}
      </Text>
      <Text size={200} block>
        {s.confirmRemoveBody}
      </Text>
      <span className={classes.personActions}>
        <Button size="small" appearance="primary" onClick={panel.confirmRemove} onKeyDown={cancelOnEscape(panel)}>
          {s.removeFromRoom}
        </Button>
        <Button size="small" ref={focusOnMount} onClick={panel.cancelRemove} onKeyDown={cancelOnEscape(panel)}>
          {strings.common.cancel}
        </Button>
      </span>
    </div>
  );
}

function renderInvited(
  person: RoomCallPersonState,
  panel: RoomCallPeoplePanelState,
  classes: RoomCallCompositeClasses,
  strings: RoomsKitStrings,
  format: Format,
): ReactElement {
  const s = strings.roomCall;
  const confirming = panel.confirmingRemoval?.id === person.id;
  return (
    <li
      key={person.id}
      className={classes.person}
      data-person={person.id}
      data-role={person.role}
      data-confirming={flag(confirming)}
      data-joined={flag(person.joined)}
      data-invited={flag(person.invited)}
      data-pending={flag(person.pending)}
    >
      <span className={classes.personMain}>
        <Avatar name={person.name} size={28} aria-hidden="true" />
        <span className={classes.personMeta}>
          <span>{person.label}</span>
          <span>{person.joined ? s.inCall : s.notJoined}</span>
        </span>
      </span>
      <span className={classes.personActions}>
        {person.actions.changeRole && person.role ? (
          <RolePicker
            variant="compact"
            size="small"
            value={person.role}
            onChange={(role) => panel.changeRole(person.id, role)}
            disabled={person.pending}
            aria-label={format(s.roleOf, { name: person.name })}
          />
        ) : (
          <Badge appearance="tint" color="brand" data-role={person.role}>
            {person.roleName}
          </Badge>
        )}
        {person.actions.invite && (
          <Button
            size="small"
            icon={<PersonAdd20Regular />}
            disabled={person.pending}
            aria-label={format(s.inviteToCallLabel, { name: person.name })}
            onClick={() => panel.invite(person.id)}
          >
            {s.inviteToCall}
          </Button>
        )}
        {person.actions.removeFromRoom && !confirming && (
          <Button
            size="small"
            icon={<PersonDelete20Regular />}
            disabled={person.pending}
            aria-label={format(s.removeFromRoomLabel, { name: person.name })}
            onClick={() => panel.requestRemove(person.id)}
          >
            {s.removeFromRoom}
          </Button>
        )}
      </span>
      {confirming && renderConfirmRemoval(person, panel, classes, strings, format)}
    </li>
  );
}

// Without moderation state (a host rendering the panel on its own), muting and removing go through the call.
function renderCallActions(
  person: RoomCallPersonState,
  panel: RoomCallPeoplePanelState,
  strings: RoomsKitStrings,
  format: Format,
): ReactElement {
  const s = strings.roomCall;
  return (
    <>
      {person.actions.mute && (
        <Button
          size="small"
          icon={<MicOff20Regular />}
          disabled={person.pending}
          aria-label={format(s.muteLabel, { name: person.name })}
          onClick={() => panel.mute(person.id)}
        >
          {s.mute}
        </Button>
      )}
      {person.actions.removeFromCall && (
        <Button
          size="small"
          icon={<PersonDelete20Regular />}
          disabled={person.pending}
          aria-label={format(s.removeFromCallLabel, { name: person.name })}
          onClick={() => panel.removeFromCall(person.id)}
        >
          {s.removeFromCall}
        </Button>
      )}
    </>
  );
}

function renderJoined(
  person: RoomCallPersonState,
  panel: RoomCallPeoplePanelState,
  classes: RoomCallCompositeClasses,
  strings: RoomsKitStrings,
  format: Format,
  moderation: RoomCallModerationState | undefined,
): ReactElement {
  const s = strings.roomCall;
  return (
    <li
      key={person.id}
      className={classes.person}
      data-person={person.id}
      data-role={person.role}
      data-joined="true"
      data-invited={flag(person.invited)}
      data-pending={flag(person.pending)}
    >
      <span className={classes.personMain}>
        <Avatar name={person.name} size={28} aria-hidden="true" />
        <span className={classes.personMeta}>
          <span>{person.label}</span>
          <span>{person.invited === false ? `${person.roleName} · ${s.notOnRoster}` : person.roleName}</span>
        </span>
      </span>
      <span className={classes.personActions}>
        {statusBadges(person, s)}
        {moderation
          ? renderModerationMenu(person, moderation, strings, format)
          : renderCallActions(person, panel, strings, format)}
      </span>
    </li>
  );
}

/**
 * Renders the people panel: invited and joined people side by side, with the Presenter's tools; with `moderation`,
 * the actions on the whole call, the raised hands, the requests to join and each person's actions menu. JSX only.
 *
 * @example
 * ```tsx
 * {state.peoplePanel.open && renderPeoplePanel(state.peoplePanel, classes, strings, format, state.moderation)}
 * ```
 */
export function renderPeoplePanel(
  panel: RoomCallPeoplePanelState,
  classes: RoomCallCompositeClasses,
  strings: RoomsKitStrings,
  format: Format,
  moderation?: RoomCallModerationState,
): ReactElement {
  const s = strings.roomCall;
  const headingId = `${panel.id}-heading`;
  const invitedId = `${panel.id}-invited`;
  const joinedId = `${panel.id}-joined`;
  return (
    <aside id={panel.id} className={classes.panel} aria-labelledby={headingId}>
      <div className={classes.panelHeader}>
        <Text as="h2" id={headingId} size={400} weight="semibold">
          {s.peoplePanelTitle}
        </Text>
        <Button
          appearance="subtle"
          icon={<Dismiss20Regular />}
          aria-label={strings.common.close}
          onClick={() => panel.setOpen(false)}
        />
      </div>
      {panel.error && (
        <MessageBar intent="error">
          <MessageBarBody>{panel.error}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                icon={<Dismiss20Regular />}
                aria-label={strings.common.dismiss}
                onClick={panel.dismissError}
              />
            }
          />
        </MessageBar>
      )}
      {moderation?.error && (
        <MessageBar intent="error" data-error="moderation">
          <MessageBarBody>{moderation.error}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                icon={<Dismiss20Regular />}
                aria-label={strings.common.dismiss}
                onClick={moderation.dismissError}
              />
            }
          />
        </MessageBar>
      )}
      {moderation && renderModerationSections(moderation, classes, strings)}
      {!panel.rosterKnown && (
        <MessageBar intent="info">
          <MessageBarBody>{s.rosterUnavailable}</MessageBarBody>
        </MessageBar>
      )}
      <div className={classes.panelColumns}>
        {panel.rosterKnown && (
          <section className={classes.panelColumn} aria-labelledby={invitedId}>
            <Text as="h3" id={invitedId} weight="semibold">
              {format(s.invitedHeading, { count: panel.invited.length })}
            </Text>
            {panel.invited.length === 0 ? (
              <Text>{s.emptyInvited}</Text>
            ) : (
              <ul className={classes.personList} aria-labelledby={invitedId}>
                {panel.invited.map((person) => renderInvited(person, panel, classes, strings, format))}
              </ul>
            )}
          </section>
        )}
        <section className={classes.panelColumn} aria-labelledby={joinedId}>
          <Text as="h3" id={joinedId} weight="semibold">
            {format(s.joinedHeading, { count: panel.joined.length })}
          </Text>
          {panel.joined.length <= 1 ? <Text>{s.emptyJoined}</Text> : null}
          {panel.joined.length > 0 && (
            <ul className={classes.personList} aria-labelledby={joinedId}>
              {panel.joined.map((person) => renderJoined(person, panel, classes, strings, format, moderation))}
            </ul>
          )}
        </section>
      </div>
    </aside>
  );
}
