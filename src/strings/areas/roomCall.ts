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
  /** Title of the notice after a role change: Your role is now {role} */
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
  /** Announced after a role change: {name} is now {role}. */
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
  roleChangedTitle: 'Your role is now {role}',
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
  roleChangedTitle: 'Ihre Rolle ist jetzt {role}',
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
};
