import type { CallControl } from '../../core/callControls';
import type { RoomRole } from '../../core/roles';

/** Strings of RoomCallComposite. Placeholders are written {name}. */
export interface RoomCallStrings {
  /** Your role: {role} */
  yourRole: string;
  /** Shown instead of a role name while neither the call nor the roster names one. */
  roleUnknown: string;
  /** Accessible name of the bar that shows the role and its limits. */
  roleBarLabel: string;
  /** Button that opens the "what you can do" list. */
  whatYouCanDo: string;
  /** Heading of that list: What a {role} can do */
  whatYouCanDoHeading: string;
  /** Sub-heading of what the role allows. */
  youCan: string;
  /** Sub-heading of what the role does not allow. */
  youCannot: string;
  /** Note under the list when the call itself decides differently from the documentation. */
  callDecides: string;
  /** Accessible name of the list of disabled controls and their reasons. */
  restrictionsLabel: string;
  /** Each role's name in the plural, for sentences such as "Consumers can't turn on the camera." */
  rolePlural: Record<RoomRole, string>;
  /** Each control as a short noun phrase, for lists ("You can now: Screen sharing, Removing participants"). */
  controlNames: Record<CallControl, string>;
  /** Why a control is disabled for a role, one full sentence per control, with {roles} (the plural role name). */
  roleDenied: Record<CallControl, string>;
  /** Why a control is disabled when the call refuses it for a reason other than the role: {control}. */
  callDenied: string;
  /** Why a control is disabled while the role is not known yet: {control}. */
  unknownDenied: string;
  /** Title of the notice after a role change: "You’re now {role}", the role as `participants.roles[role].inSentence`. */
  roleChangedTitle: string;
  /** Title of the notice when what the call allows changed without a role change. */
  capabilitiesChangedTitle: string;
  /** Gains in that notice: You can now: {list} */
  gained: string;
  /** Losses in that notice: You can no longer: {list} */
  lost: string;
  /** Body of the notice when nothing the kit shows changed. */
  nothingChanged: string;
  /** Waiting screen title. */
  waitingTitle: string;
  /** Waiting screen title for a room with a title: “{subject}” isn’t open yet */
  waitingTitleNamed: string;
  /** The call's heading, for a room with a title: {subject} */
  callTitle: string;
  /** Waiting screen schedule: Scheduled for {range} */
  waitingSchedule: string;
  /** Waiting screen countdown: Opens in {time} */
  opensIn: string;
  /** A countdown longer than a day: {days} d {hours} h {minutes} min */
  countdownDays: string;
  /** Waiting screen hint that the call opens by itself. */
  waitingHint: string;
  /** Announced when the room opens. */
  roomOpened: string;
  /** Ended screen title. */
  endedTitle: string;
  /** Ended screen title for a room with a title: “{subject}” has ended */
  endedTitleNamed: string;
  /** Ended screen body: It was open {range}. */
  endedBody: string;
  /** Warning while the call goes on after the room closed: This room closed at {time}. … */
  endedDuringCall: string;
  /** Not-invited screen title. */
  notInvitedTitle: string;
  /** Not-invited screen title for a room with a title: You’re not invited to “{subject}” */
  notInvitedTitleNamed: string;
  /** Not-invited screen body. */
  notInvitedBody: string;
  /** Title when the room or its roster could not be read. */
  loadFailedTitle: string;
  /** Toggle button of the people panel. */
  peopleButton: string;
  /** The microphone button while the microphone is on. */
  muteMicrophone: string;
  /** The microphone button while the microphone is off. */
  unmuteMicrophone: string;
  /** The camera button while the camera is on. */
  turnCameraOff: string;
  /** The camera button while the camera is off. */
  turnCameraOn: string;
  /** On the stage while it holds nobody: the local user has no tile (a Consumer) and only listeners have joined. */
  stageEmpty: string;
  /**
   * Instead of communication-react's "Waiting for others to join" while only listeners (Consumers) have joined the
   * local user, who is on screen: {count}
   */
  onlyListeners: string;
  /** Name of the phone layout's small floating window with the video of the call beside its side pane. */
  pictureInPicture: string;
  /** Name of a region of the call, with whose call it is, so two calls on one page differ: {region}, {name} */
  callRegionName: string;
  /** Title (and accessible name) of the people panel. */
  peoplePanelTitle: string;
  /** Column of invited people: Invited ({count}) */
  invitedHeading: string;
  /** Column of people in the call: In the call ({count}) */
  joinedHeading: string;
  /** Status of an invited person who is in the call. */
  inCall: string;
  /** Status of an invited person who has not joined. */
  notJoined: string;
  /** Status of someone in the call who is not on the roster. */
  notOnRoster: string;
  /** Marks the local user: {name} (you) */
  you: string;
  /** Accessible name of a participant's role picker: Role of {name} */
  roleOf: string;
  /** Button that brings an invited person into the call. */
  inviteToCall: string;
  /** Its accessible name, which starts with the visible text: Invite to call: {name} */
  inviteToCallLabel: string;
  /** Button that removes someone from the room's roster (and the call). */
  removeFromRoom: string;
  /** Its accessible name, which contains the visible text: Remove {name} from the room */
  removeFromRoomLabel: string;
  /** Button that removes someone from the call only. */
  removeFromCall: string;
  /** Its accessible name, which starts with the visible text: Remove from call: {name} */
  removeFromCallLabel: string;
  /** Button that mutes someone. */
  mute: string;
  /** Its accessible name, which contains the visible text: Mute {name} */
  muteLabel: string;
  /** A participant is muted. */
  muted: string;
  /** A participant is speaking. */
  speaking: string;
  /** A participant has raised their hand. */
  handRaised: string;
  /** Confirmation title: Remove {name} from the room? */
  confirmRemoveTitle: string;
  /** Confirmation body. */
  confirmRemoveBody: string;
  /** A role change failed: Couldn't change {name}'s role. {error} */
  roleChangeFailed: string;
  /** A removal failed: Couldn't remove {name}. {error} */
  removeFailed: string;
  /** Muting failed: Couldn't mute {name}. {error} */
  muteFailed: string;
  /** An invitation failed: Couldn't invite {name}. {error} */
  inviteFailed: string;
  /** Announced after a role change: {name} is now {role}, the role as `organisers.roles[role].inSentence`. */
  roleChangeDone: string;
  /** Announced after a removal: {name} was removed from the room. */
  removeDone: string;
  /** Announced after an invitation: {name} was invited into the call. */
  inviteDone: string;
  /** Shown when the roster cannot be read. */
  rosterUnavailable: string;
  /** Empty invited column. */
  emptyInvited: string;
  /** Empty call column. */
  emptyJoined: string;
  /** The people panel's moderation: actions on people in the call, ending the call, and what the people affected are told. */
  moderation: RoomCallModerationStrings;
  /** The Devices button in the call's control bar, and the dialog it opens. */
  devices: RoomCallDevicesStrings;
}

/** The call's Devices button and dialog: microphone, speaker and camera, chosen during the call. */
export interface RoomCallDevicesStrings {
  /** The control bar's button that opens the dialog. */
  button: string;
  /** The dialog's title. */
  title: string;
  /** Label of the microphone list. */
  microphone: string;
  /** Label of the speaker list. */
  speaker: string;
  /** Label of the camera list. */
  camera: string;
  /** Shown in a list the machine has nothing for. */
  none: string;
}

/** Strings of the call's moderation. Placeholders are written {name}. */
export interface RoomCallModerationStrings {
  /** Accessible name of the group of actions for everyone in the call. */
  toolbarLabel: string;
  /** The button that opens a person's actions: Actions */
  actionsButton: string;
  /** Its accessible name: Actions for {name} */
  actionsLabel: string;
  /** Menu item: mute one person. */
  mute: string;
  /** Menu item: lower one person's hand. */
  lowerHand: string;
  /** Menu item: put one person on everyone's main stage. */
  spotlight: string;
  /** Menu item: take them off it. */
  stopSpotlight: string;
  /** Menu item: let a listener speak for this call. */
  inviteToSpeak: string;
  /** Menu item: give back the role they had before. */
  returnToListener: string;
  /** Menu item: take one person out of the call. */
  removeFromCall: string;
  /** Button: mute everyone else. */
  muteAll: string;
  /** Button: lower every raised hand. */
  lowerAllHands: string;
  /** Button: end the call for everyone. */
  endForEveryone: string;
  /** Why an action is refused: the role lacks muting others. */
  deniedMuteOthers: string;
  /** Why an action is refused: the role lacks removing participants. */
  deniedRemoveParticipant: string;
  /** Why an action is refused: the role lacks inviting people. */
  deniedInviteParticipant: string;
  /** Why an action is refused: the backend can't moderate the call. */
  unsupported: string;
  /** Why an action waits: another one on the same person or call is under way. */
  busy: string;
  /** Mute is refused: {name} is already muted. */
  alreadyMuted: string;
  /** Lower hand is refused: {name} hasn't raised their hand. */
  handNotRaised: string;
  /** Invite to speak is refused: {name} can already speak. */
  canAlreadySpeak: string;
  /** Spotlight is refused where the call doesn't allow it. */
  spotlightUnavailable: string;
  /** Mute all is refused: everyone else is muted. */
  everyoneMuted: string;
  /** Lower all hands is refused: no hand is up. */
  noHandsRaised: string;
  /** Ending the call waits while the local user is not in it. */
  notInCall: string;
  /** Announced when done, per action. Placeholders: {name}, and {role} for inviteToSpeak and returnToListener. */
  done: {
    mute: string;
    muteAll: string;
    remove: string;
    lowerHand: string;
    lowerAllHands: string;
    spotlightOn: string;
    spotlightOff: string;
    inviteToSpeak: string;
    returnToListener: string;
    endForEveryone: string;
  };
  /** Shown when an action failed, per action: {name} and {error}. */
  failed: {
    mute: string;
    muteAll: string;
    remove: string;
    lowerHand: string;
    lowerAllHands: string;
    spotlight: string;
    inviteToSpeak: string;
    returnToListener: string;
    endForEveryone: string;
  };
  /** Dialog title. */
  endDialogTitle: string;
  /** Dialog body. */
  endDialogBody: string;
  /** Checkbox in the dialog. */
  endDialogCloseRoom: string;
  /** Hint under the checkbox. */
  endDialogCloseRoomHint: string;
  /** The dialog's confirming button. */
  endDialogConfirm: string;
  /** Who did it when the call doesn't say: a presenter */
  somebody: string;
  /** End screen: {name} ended the call for everyone */
  endedByTitle: string;
  /** End screen: {name} ended the call for everyone and closed the room */
  endedAndClosedByTitle: string;
  /** End screen, for the presenter who ended it. */
  youEndedTitle: string;
  /** End screen, for the presenter who ended it and closed the room. */
  youEndedAndClosedTitle: string;
  /** End screen body when the room stays open. */
  endedBody: string;
  /** End screen body when the room was closed. */
  endedAndClosedBody: string;
  /** End screen: You were removed from the call by {name} */
  removedTitle: string;
  /** End screen body after a removal. */
  removedBody: string;
  /** Told to the person affected: You were muted by {name}. */
  youWereMuted: string;
  /** Told to the person affected: {name} lowered your hand. */
  yourHandLowered: string;
  /** Told to the person affected: {name} invited you to speak: you can turn on your microphone now. */
  invitedToSpeak: string;
  /** Told to the person affected: {name} invited you to present: you can share your screen now. */
  invitedToPresent: string;
  /** Told to the person affected: You are a listener again. */
  listenerAgain: string;
  /** Told to the person affected: you can no longer share your screen, but can still speak. */
  presentingEnded: string;
  /** Told to the person affected: You were spotlighted by {name}. */
  youWereSpotlighted: string;
  /** Told to the person affected: {name} took you out of the spotlight. */
  spotlightEnded: string;
  /** Told to the person affected: You were removed from the call by {name}. */
  youWereRemoved: string;
}

/** English strings of RoomCallComposite. */
export const ROOM_CALL_EN: RoomCallStrings = {
  yourRole: 'Your role: {role}',
  roleUnknown: 'Not known yet',
  roleBarLabel: 'Your role in this call',
  whatYouCanDo: 'What you can do',
  whatYouCanDoHeading: 'What a {role} can do',
  youCan: 'You can',
  youCannot: 'You can’t',
  callDecides: 'Where this call reports its own rules, the controls follow the call.',
  restrictionsLabel: 'Not available to you',
  rolePlural: {
    Presenter: 'Presenters',
    Attendee: 'Attendees',
    Consumer: 'Consumers',
    Collaborator: 'Collaborators',
  },
  controlNames: {
    microphone: 'Microphone',
    camera: 'Camera',
    screenShare: 'Screen sharing',
    raiseHand: 'Raising your hand',
    removeParticipant: 'Removing participants',
    muteOthers: 'Muting others',
    inviteParticipant: 'Inviting people into the call',
    changeRole: 'Changing roles',
    peoplePanel: 'People list',
  },
  roleDenied: {
    microphone: '{roles} can’t turn on the microphone.',
    camera: '{roles} can’t turn on the camera.',
    screenShare: '{roles} can’t share their screen.',
    raiseHand: '{roles} can’t raise their hand.',
    removeParticipant: '{roles} can’t remove participants.',
    muteOthers: '{roles} can’t mute others.',
    inviteParticipant: '{roles} can’t invite people into the call.',
    changeRole: '{roles} can’t change roles.',
    peoplePanel: '{roles} can’t see the people list.',
  },
  callDenied: 'This call doesn’t allow it right now: {control}.',
  unknownDenied: 'Your role isn’t known yet, so this waits until it is: {control}.',
  roleChangedTitle: 'You’re now {role}',
  capabilitiesChangedTitle: 'What you can do in this call changed',
  gained: 'You can now: {list}.',
  lost: 'You can no longer: {list}.',
  nothingChanged: 'Your controls stay the same.',
  waitingTitle: 'This room isn’t open yet',
  waitingTitleNamed: '“{subject}” isn’t open yet',
  callTitle: '{subject}',
  waitingSchedule: 'Scheduled for {range}',
  opensIn: 'Opens in {time}',
  countdownDays: '{days} d {hours} h {minutes} min',
  waitingHint: 'The call opens by itself when the room opens. You can keep this page open.',
  roomOpened: 'The room is open. You can join the call now.',
  endedTitle: 'This room has ended',
  endedTitleNamed: '“{subject}” has ended',
  endedBody: 'It was open {range}. Ask the organizer for a new room.',
  endedDuringCall: 'This room closed at {time}. The call can end at any moment, and nobody can rejoin.',
  notInvitedTitle: 'You’re not invited to this room',
  notInvitedTitleNamed: 'You’re not invited to “{subject}”',
  notInvitedBody: 'Only people on the room’s invitation list can join. Ask the organizer to add you.',
  loadFailedTitle: 'The room couldn’t be loaded',
  peopleButton: 'Room people',
  muteMicrophone: 'Mute',
  unmuteMicrophone: 'Unmute',
  turnCameraOff: 'Turn camera off',
  turnCameraOn: 'Turn camera on',
  stageEmpty: 'Nobody is on screen yet. The call appears here when someone who speaks or presents joins.',
  onlyListeners:
    '{count, plural, one {# person is listening. Nobody else is on screen yet.} other {# people are listening. Nobody else is on screen yet.}}',
  pictureInPicture: 'Picture in picture',
  callRegionName: '{region}, {name}',
  peoplePanelTitle: 'People in this room',
  invitedHeading: 'Invited ({count})',
  joinedHeading: 'In the call ({count})',
  inCall: 'In the call',
  notJoined: 'Not joined',
  notOnRoster: 'Not on the invitation list',
  you: '{name} (you)',
  roleOf: 'Role of {name}',
  inviteToCall: 'Invite to call',
  inviteToCallLabel: 'Invite to call: {name}',
  removeFromRoom: 'Remove',
  removeFromRoomLabel: 'Remove {name} from the room',
  removeFromCall: 'Remove from call',
  removeFromCallLabel: 'Remove from call: {name}',
  mute: 'Mute',
  muteLabel: 'Mute {name}',
  muted: 'Muted',
  speaking: 'Speaking',
  handRaised: 'Hand raised',
  confirmRemoveTitle: 'Remove {name} from the room?',
  confirmRemoveBody: 'They leave the call now and can’t join again unless someone invites them back.',
  roleChangeFailed: 'Couldn’t change the role of {name}. {error}',
  removeFailed: 'Couldn’t remove {name}. {error}',
  muteFailed: 'Couldn’t mute {name}. {error}',
  inviteFailed: 'Couldn’t invite {name}. {error}',
  roleChangeDone: '{name} is now {role}.',
  removeDone: '{name} was removed from the room.',
  inviteDone: '{name} was invited into the call.',
  rosterUnavailable: 'The invitation list isn’t available, so only people in the call are shown.',
  emptyInvited: 'Nobody is invited yet.',
  emptyJoined: 'Nobody else is in the call yet.',
  devices: {
    button: 'Devices',
    title: 'Your devices',
    microphone: 'Microphone',
    speaker: 'Speaker',
    camera: 'Camera',
    none: 'None found',
  },
  moderation: {
    toolbarLabel: 'Everyone in the call',
    actionsButton: 'Actions',
    actionsLabel: 'Actions for {name}',
    mute: 'Mute',
    lowerHand: 'Lower hand',
    spotlight: 'Spotlight',
    stopSpotlight: 'Stop spotlight',
    inviteToSpeak: 'Invite to speak',
    returnToListener: 'Return to listener',
    removeFromCall: 'Remove from call',
    muteAll: 'Mute all',
    lowerAllHands: 'Lower all hands',
    endForEveryone: 'End for everyone',
    deniedMuteOthers: 'Only people who may mute others can do this.',
    deniedRemoveParticipant: 'Only people who may remove participants can do this.',
    deniedInviteParticipant: 'Only people who may invite participants can do this.',
    unsupported: 'This room’s service can’t do this in a call.',
    busy: 'Wait a moment: the last change is still being made.',
    alreadyMuted: '{name} is already muted.',
    handNotRaised: '{name} hasn’t raised their hand.',
    canAlreadySpeak: '{name} can already speak.',
    spotlightUnavailable: 'This call doesn’t allow spotlighting.',
    everyoneMuted: 'Everyone else is already muted.',
    noHandsRaised: 'No hands are raised.',
    notInCall: 'Join the call first.',
    done: {
      mute: '{name} was muted.',
      muteAll: 'Everyone else was muted.',
      remove: '{name} was removed from the call.',
      lowerHand: 'The hand of {name} was lowered.',
      lowerAllHands: 'All hands were lowered.',
      spotlightOn: '{name} is in the spotlight.',
      spotlightOff: '{name} is no longer in the spotlight.',
      inviteToSpeak: '{name} can speak now, as {role}.',
      returnToListener: '{name} is {role} again.',
      endForEveryone: 'The call was ended for everyone.',
    },
    failed: {
      mute: 'Couldn’t mute {name}. {error}',
      muteAll: 'Couldn’t mute everyone. {error}',
      remove: 'Couldn’t remove {name} from the call. {error}',
      lowerHand: 'Couldn’t lower the hand of {name}. {error}',
      lowerAllHands: 'Couldn’t lower all hands. {error}',
      spotlight: 'Couldn’t change the spotlight on {name}. {error}',
      inviteToSpeak: 'Couldn’t invite {name} to speak. {error}',
      returnToListener: 'Couldn’t return {name} to listener. {error}',
      endForEveryone: 'Couldn’t end the call for everyone. {error}',
    },
    endDialogTitle: 'End the call for everyone?',
    endDialogBody: 'Everyone leaves the call now, you included.',
    endDialogCloseRoom: 'Also close the room now so nobody can join again',
    endDialogCloseRoomHint: 'The room’s end time moves to now. This can’t be undone.',
    endDialogConfirm: 'End for everyone',
    somebody: 'A presenter',
    endedByTitle: '{name} ended the call for everyone',
    endedAndClosedByTitle: '{name} ended the call for everyone and closed the room',
    youEndedTitle: 'You ended the call for everyone',
    youEndedAndClosedTitle: 'You ended the call for everyone and closed the room',
    endedBody: 'You can close this page.',
    endedAndClosedBody: 'Nobody can join this room again. You can close this page.',
    removedTitle: 'You were removed from the call by {name}',
    removedBody: 'You’re still invited to the room. Ask a presenter if you should join again.',
    youWereMuted: 'You were muted by {name}.',
    yourHandLowered: '{name} lowered your hand.',
    invitedToSpeak: '{name} invited you to speak: you can turn on your microphone now.',
    invitedToPresent: '{name} invited you to present: you can share your screen now.',
    listenerAgain: 'You are a listener again.',
    presentingEnded: 'You can no longer share your screen. You can still speak.',
    youWereSpotlighted: 'You were spotlighted by {name}.',
    spotlightEnded: '{name} took you out of the spotlight.',
    youWereRemoved: 'You were removed from the call by {name}.',
  },
};

/** German strings of RoomCallComposite. */
export const ROOM_CALL_DE: RoomCallStrings = {
  yourRole: 'Ihre Rolle: {role}',
  roleUnknown: 'Noch nicht bekannt',
  roleBarLabel: 'Ihre Rolle in diesem Anruf',
  whatYouCanDo: 'Was Sie tun können',
  whatYouCanDoHeading: 'Was die Rolle {role} kann',
  youCan: 'Sie können',
  youCannot: 'Sie können nicht',
  callDecides: 'Wo dieser Anruf eigene Regeln meldet, folgen die Steuerelemente dem Anruf.',
  restrictionsLabel: 'Für Sie nicht verfügbar',
  rolePlural: {
    Presenter: 'Moderatoren',
    Attendee: 'Teilnehmer',
    Consumer: 'Zuschauer',
    Collaborator: 'Mitwirkende',
  },
  controlNames: {
    microphone: 'Mikrofon',
    camera: 'Kamera',
    screenShare: 'Bildschirm teilen',
    raiseHand: 'Hand heben',
    removeParticipant: 'Teilnehmende entfernen',
    muteOthers: 'Andere stummschalten',
    inviteParticipant: 'Personen in den Anruf holen',
    changeRole: 'Rollen ändern',
    peoplePanel: 'Personenliste',
  },
  roleDenied: {
    microphone: '{roles} können das Mikrofon nicht einschalten.',
    camera: '{roles} können die Kamera nicht einschalten.',
    screenShare: '{roles} können ihren Bildschirm nicht teilen.',
    raiseHand: '{roles} können die Hand nicht heben.',
    removeParticipant: '{roles} können niemanden entfernen.',
    muteOthers: '{roles} können andere nicht stummschalten.',
    inviteParticipant: '{roles} können niemanden in den Anruf holen.',
    changeRole: '{roles} können keine Rollen ändern.',
    peoplePanel: '{roles} können die Personenliste nicht sehen.',
  },
  callDenied: 'Dieser Anruf erlaubt das gerade nicht: {control}.',
  unknownDenied: 'Ihre Rolle ist noch nicht bekannt, deshalb wartet dies, bis sie es ist: {control}.',
  roleChangedTitle: 'Sie sind jetzt {role}',
  capabilitiesChangedTitle: 'Was Sie in diesem Anruf tun können, hat sich geändert',
  gained: 'Jetzt möglich: {list}.',
  lost: 'Nicht mehr möglich: {list}.',
  nothingChanged: 'Ihre Steuerelemente bleiben gleich.',
  waitingTitle: 'Dieser Raum ist noch nicht geöffnet',
  waitingTitleNamed: '„{subject}“ ist noch nicht geöffnet',
  callTitle: '{subject}',
  waitingSchedule: 'Geplant für {range}',
  opensIn: 'Öffnet in {time}',
  countdownDays: '{days} T. {hours} Std. {minutes} Min.',
  waitingHint: 'Der Anruf öffnet sich von selbst, sobald der Raum öffnet. Sie können diese Seite geöffnet lassen.',
  roomOpened: 'Der Raum ist geöffnet. Sie können dem Anruf jetzt beitreten.',
  endedTitle: 'Dieser Raum ist beendet',
  endedTitleNamed: '„{subject}“ ist beendet',
  endedBody: 'Er war geöffnet: {range}. Bitten Sie die Organisation um einen neuen Raum.',
  endedDuringCall:
    'Dieser Raum wurde um {time} geschlossen. Der Anruf kann jederzeit enden, und niemand kann erneut beitreten.',
  notInvitedTitle: 'Sie sind zu diesem Raum nicht eingeladen',
  notInvitedTitleNamed: 'Sie sind zu „{subject}“ nicht eingeladen',
  notInvitedBody:
    'Nur Personen auf der Einladungsliste des Raums können beitreten. Bitten Sie die Organisation, Sie hinzuzufügen.',
  loadFailedTitle: 'Der Raum konnte nicht geladen werden',
  peopleButton: 'Personen im Raum',
  muteMicrophone: 'Mikrofon ausschalten',
  unmuteMicrophone: 'Mikrofon einschalten',
  turnCameraOff: 'Kamera ausschalten',
  turnCameraOn: 'Kamera einschalten',
  stageEmpty:
    'Noch ist niemand zu sehen. Der Anruf erscheint hier, sobald jemand beitritt, der spricht oder präsentiert.',
  onlyListeners:
    '{count, plural, one {# Person hört zu. Sonst ist noch niemand zu sehen.} other {# Personen hören zu. Sonst ist noch niemand zu sehen.}}',
  pictureInPicture: 'Bild im Bild',
  callRegionName: '{region}, {name}',
  peoplePanelTitle: 'Personen in diesem Raum',
  invitedHeading: 'Eingeladen ({count})',
  joinedHeading: 'Im Anruf ({count})',
  inCall: 'Im Anruf',
  notJoined: 'Nicht beigetreten',
  notOnRoster: 'Nicht auf der Einladungsliste',
  you: '{name} (Sie)',
  roleOf: 'Rolle von {name}',
  inviteToCall: 'In den Anruf holen',
  inviteToCallLabel: 'In den Anruf holen: {name}',
  removeFromRoom: 'Entfernen',
  removeFromRoomLabel: 'Entfernen: {name} (aus dem Raum)',
  removeFromCall: 'Aus dem Anruf entfernen',
  removeFromCallLabel: 'Aus dem Anruf entfernen: {name}',
  mute: 'Stummschalten',
  muteLabel: 'Stummschalten: {name}',
  muted: 'Stummgeschaltet',
  speaking: 'Spricht',
  handRaised: 'Hand gehoben',
  confirmRemoveTitle: '{name} aus dem Raum entfernen?',
  confirmRemoveBody:
    'Die Person verlässt den Anruf sofort und kann erst wieder beitreten, wenn jemand sie erneut einlädt.',
  roleChangeFailed: 'Die Rolle von {name} konnte nicht geändert werden. {error}',
  removeFailed: '{name} konnte nicht entfernt werden. {error}',
  muteFailed: '{name} konnte nicht stummgeschaltet werden. {error}',
  inviteFailed: '{name} konnte nicht eingeladen werden. {error}',
  roleChangeDone: '{name} hat jetzt die Rolle {role}.',
  removeDone: '{name} wurde aus dem Raum entfernt.',
  inviteDone: '{name} wurde in den Anruf geholt.',
  rosterUnavailable: 'Die Einladungsliste ist nicht verfügbar, deshalb werden nur Personen im Anruf gezeigt.',
  emptyInvited: 'Noch niemand ist eingeladen.',
  emptyJoined: 'Sonst ist noch niemand im Anruf.',
  devices: {
    button: 'Geräte',
    title: 'Ihre Geräte',
    microphone: 'Mikrofon',
    speaker: 'Lautsprecher',
    camera: 'Kamera',
    none: 'Keines gefunden',
  },
  moderation: {
    toolbarLabel: 'Alle im Anruf',
    actionsButton: 'Aktionen',
    actionsLabel: 'Aktionen für {name}',
    mute: 'Stummschalten',
    lowerHand: 'Hand senken',
    spotlight: 'Hervorheben',
    stopSpotlight: 'Nicht mehr hervorheben',
    inviteToSpeak: 'Zum Sprechen einladen',
    returnToListener: 'Wieder zuhören lassen',
    removeFromCall: 'Aus dem Anruf entfernen',
    muteAll: 'Alle stummschalten',
    lowerAllHands: 'Alle Hände senken',
    endForEveryone: 'Für alle beenden',
    deniedMuteOthers: 'Das können nur Personen, die andere stummschalten dürfen.',
    deniedRemoveParticipant: 'Das können nur Personen, die Teilnehmende entfernen dürfen.',
    deniedInviteParticipant: 'Das können nur Personen, die Teilnehmende einladen dürfen.',
    unsupported: 'Der Dienst dieses Raums kann das im Anruf nicht.',
    busy: 'Einen Moment: Die letzte Änderung wird noch ausgeführt.',
    alreadyMuted: '{name} ist bereits stummgeschaltet.',
    handNotRaised: '{name} hat die Hand nicht gehoben.',
    canAlreadySpeak: '{name} kann bereits sprechen.',
    spotlightUnavailable: 'Dieser Anruf erlaubt kein Hervorheben.',
    everyoneMuted: 'Alle anderen sind bereits stummgeschaltet.',
    noHandsRaised: 'Niemand hat die Hand gehoben.',
    notInCall: 'Treten Sie zuerst dem Anruf bei.',
    done: {
      mute: '{name} wurde stummgeschaltet.',
      muteAll: 'Alle anderen wurden stummgeschaltet.',
      remove: '{name} wurde aus dem Anruf entfernt.',
      lowerHand: 'Die Hand von {name} wurde gesenkt.',
      lowerAllHands: 'Alle Hände wurden gesenkt.',
      spotlightOn: '{name} ist hervorgehoben.',
      spotlightOff: '{name} ist nicht mehr hervorgehoben.',
      inviteToSpeak: '{name} kann jetzt sprechen, mit der Rolle {role}.',
      returnToListener: '{name} hat wieder die Rolle {role}.',
      endForEveryone: 'Der Anruf wurde für alle beendet.',
    },
    failed: {
      mute: '{name} konnte nicht stummgeschaltet werden. {error}',
      muteAll: 'Es konnten nicht alle stummgeschaltet werden. {error}',
      remove: '{name} konnte nicht aus dem Anruf entfernt werden. {error}',
      lowerHand: 'Die Hand von {name} konnte nicht gesenkt werden. {error}',
      lowerAllHands: 'Die Hände konnten nicht gesenkt werden. {error}',
      spotlight: 'Die Hervorhebung von {name} konnte nicht geändert werden. {error}',
      inviteToSpeak: '{name} konnte nicht zum Sprechen eingeladen werden. {error}',
      returnToListener: '{name} konnte nicht wieder zum Zuhören gesetzt werden. {error}',
      endForEveryone: 'Der Anruf konnte nicht für alle beendet werden. {error}',
    },
    endDialogTitle: 'Anruf für alle beenden?',
    endDialogBody: 'Alle verlassen den Anruf sofort, Sie eingeschlossen.',
    endDialogCloseRoom: 'Den Raum auch jetzt schließen, damit niemand mehr beitreten kann',
    endDialogCloseRoomHint: 'Das Ende des Raums wird auf jetzt gesetzt. Das lässt sich nicht rückgängig machen.',
    endDialogConfirm: 'Für alle beenden',
    somebody: 'Eine moderierende Person',
    endedByTitle: '{name} hat den Anruf für alle beendet',
    endedAndClosedByTitle: '{name} hat den Anruf für alle beendet und den Raum geschlossen',
    youEndedTitle: 'Sie haben den Anruf für alle beendet',
    youEndedAndClosedTitle: 'Sie haben den Anruf für alle beendet und den Raum geschlossen',
    endedBody: 'Sie können diese Seite schließen.',
    endedAndClosedBody: 'Niemand kann diesem Raum mehr beitreten. Sie können diese Seite schließen.',
    removedTitle: '{name} hat Sie aus dem Anruf entfernt',
    removedBody:
      'Sie sind weiterhin zum Raum eingeladen. Fragen Sie eine moderierende Person, ob Sie wieder beitreten sollen.',
    youWereMuted: '{name} hat Sie stummgeschaltet.',
    yourHandLowered: '{name} hat Ihre Hand gesenkt.',
    invitedToSpeak: '{name} hat Sie zum Sprechen eingeladen: Sie können Ihr Mikrofon jetzt einschalten.',
    invitedToPresent: '{name} hat Sie zum Präsentieren eingeladen: Sie können Ihren Bildschirm jetzt teilen.',
    listenerAgain: 'Sie hören wieder zu.',
    presentingEnded: 'Sie können Ihren Bildschirm nicht mehr teilen. Sprechen können Sie weiterhin.',
    youWereSpotlighted: '{name} hat Sie hervorgehoben.',
    spotlightEnded: '{name} hebt Sie nicht mehr hervor.',
    youWereRemoved: '{name} hat Sie aus dem Anruf entfernt.',
  },
};
