import {
  Button,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Tooltip,
} from '@fluentui/react-components';
import {
  CallEnd20Regular,
  HandRight20Regular,
  HandRightOff20Regular,
  MicOff20Regular,
  MoreHorizontal20Regular,
  PersonDelete20Regular,
  PersonVoice20Regular,
  Star20Regular,
  StarOff20Regular,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { JoinRequestList } from '../../components/JoinRequestList';
import { RaisedHandQueue } from '../../components/RaisedHandQueue';
import type { RoomsKitStrings } from '../../strings';
import type {
  RoomCallCompositeClasses,
  RoomCallFormat as Format,
  RoomCallPersonState,
} from './RoomCallComposite.types';
import type { RoomCallModerationItem, RoomCallModerationState } from './RoomCallModeration.types';

function iconOf(item: RoomCallModerationItem): ReactElement {
  switch (item.key) {
    case 'mute':
    case 'muteAll':
      return <MicOff20Regular />;
    case 'lowerHand':
      return <HandRightOff20Regular />;
    case 'lowerAllHands':
      return <HandRight20Regular />;
    case 'spotlight':
      return item.on ? <StarOff20Regular /> : <Star20Regular />;
    case 'speak':
      return <PersonVoice20Regular />;
    case 'endForEveryone':
      return <CallEnd20Regular />;
    default:
      return <PersonDelete20Regular />;
  }
}

// A refused control stays in the menu, focusable, and its reason is its description: a Tooltip for pointers and
// keyboard focus, and the accessible description screen readers read with it.
function renderMenuItem(item: RoomCallModerationItem): ReactElement {
  const menuItem = (
    <MenuItem
      key={item.key}
      icon={iconOf(item)}
      disabled={!item.enabled}
      data-action={item.key}
      data-on={item.on ? 'true' : undefined}
      data-pending={item.pending ? 'true' : undefined}
      onClick={item.run}
    >
      {item.label}
    </MenuItem>
  );
  if (item.reason === undefined) return menuItem;
  return (
    <Tooltip key={item.key} content={item.reason} relationship="description" withArrow>
      {menuItem}
    </Tooltip>
  );
}

/**
 * Renders the actions on one person in the call as a menu (Mute, Lower hand, Spotlight, Invite to speak or Return to
 * listener, Remove from call); every action is listed, a refused one disabled with its reason. JSX only.
 *
 * @example
 * ```tsx
 * {renderModerationMenu(person, state.moderation, strings, format)}
 * ```
 */
export function renderModerationMenu(
  person: RoomCallPersonState,
  moderation: RoomCallModerationState,
  strings: RoomsKitStrings,
  format: Format,
): ReactElement | null {
  const items = moderation.itemsFor(person.id);
  if (items.length === 0) return null;
  const s = strings.roomCall.moderation;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton
          size="small"
          appearance="subtle"
          icon={<MoreHorizontal20Regular />}
          aria-label={format(s.actionsLabel, { name: person.name })}
        >
          {s.actionsButton}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>{items.map(renderMenuItem)}</MenuList>
      </MenuPopover>
    </Menu>
  );
}

function renderCallButton(item: RoomCallModerationItem, className: string | undefined): ReactElement {
  const button = (
    <Button
      size="small"
      icon={iconOf(item)}
      className={className}
      disabledFocusable={!item.enabled}
      data-action={item.key}
      data-pending={item.pending ? 'true' : undefined}
      onClick={item.run}
    >
      {item.label}
    </Button>
  );
  if (item.reason === undefined) return button;
  return (
    <Tooltip content={item.reason} relationship="description" withArrow>
      {button}
    </Tooltip>
  );
}

/**
 * Renders the actions on the whole call above the people in it: Mute all and End for everyone (which opens its
 * confirmation); Lower all hands heads the raised hands. Refused ones stay visible, focusable and described by their
 * reason. JSX only.
 *
 * @example
 * ```tsx
 * {renderModerationBar(state.moderation, classes, strings)}
 * ```
 */
export function renderModerationBar(
  moderation: RoomCallModerationState,
  classes: RoomCallCompositeClasses,
  strings: RoomsKitStrings,
): ReactElement {
  const s = strings.roomCall.moderation;
  const { muteAll, endForEveryone } = moderation.callItems;
  return (
    <div role="group" aria-label={s.toolbarLabel} className={classes.moderationBar}>
      {renderCallButton(muteAll, undefined)}
      {renderCallButton(endForEveryone, classes.dangerButton)}
    </div>
  );
}

/**
 * Renders what the people panel shows above its columns for moderation: the actions on the whole call, the raised
 * hands in queue order and the requests to join. JSX only.
 *
 * @example
 * ```tsx
 * {renderModerationSections(state.moderation, classes, strings)}
 * ```
 */
export function renderModerationSections(
  moderation: RoomCallModerationState,
  classes: RoomCallCompositeClasses,
  strings: RoomsKitStrings,
): ReactElement {
  return (
    <div className={classes.panelSection}>
      {renderModerationBar(moderation, classes, strings)}
      {moderation.showJoinRequests && moderation.roomId !== undefined && (
        <JoinRequestList adapter={moderation.roomsAdapter} roomId={moderation.roomId} hideWhenEmpty />
      )}
      <RaisedHandQueue
        hands={moderation.hands}
        speakers={moderation.speakers}
        viewerRole={moderation.moderatorRole}
        onLowerHand={moderation.lowerHand}
        onLowerAllHands={moderation.lowerAllHands}
        onInviteToSpeak={moderation.inviteToSpeak}
        onReturnToListener={moderation.returnToListener}
      />
    </div>
  );
}
