import { ROLE_PICKER_EN } from './areas/rolePicker';
import { PEOPLE_PICKER_EN } from './areas/peoplePicker';
import { ROSTER_EDITOR_EN } from './areas/rosterEditor';
import { VALIDITY_SCHEDULER_EN } from './areas/validityScheduler';
import { ROOM_EDITOR_EN } from './areas/roomEditor';
import { ROOM_LIST_EN } from './areas/roomList';
import { ROOM_CALL_EN } from './areas/roomCall';
import { ROOM_ACTIVITY_EN } from './areas/roomActivity';
import { LOBBY_EN } from './areas/lobby';
import { CAPABILITY_DESCRIPTIONS, ROLE_DESCRIPTIONS } from '../core/descriptions';
import type { RoomsKitStrings } from './types';

/** The kit's English strings (the default). */
export const EN_STRINGS: RoomsKitStrings = {
  common: {
    loading: 'Loading…',
    retry: 'Retry',
    cancel: 'Cancel',
    save: 'Save',
    close: 'Close',
    undo: 'Undo',
    dismiss: 'Dismiss',
    offline: 'You are offline. Changes will be possible again when the connection returns.',
  },
  roles: {
    Presenter: { name: 'Presenter', description: ROLE_DESCRIPTIONS.Presenter },
    Collaborator: { name: 'Collaborator', description: ROLE_DESCRIPTIONS.Collaborator },
    Attendee: { name: 'Attendee', description: ROLE_DESCRIPTIONS.Attendee },
    Consumer: { name: 'Consumer', description: ROLE_DESCRIPTIONS.Consumer },
  },
  capabilities: { ...CAPABILITY_DESCRIPTIONS },
  capabilityTable: {
    caption: 'What each room role can do in a call',
    capabilityHeader: 'Capability',
    rows: {
      audioVideo: 'Turn video on/off, mute/unmute mic, switch camera, choose mic',
      muteOthers: 'Mute another participant',
      inviteParticipant: 'Invite a room participant into the call',
      removeParticipant: 'Remove a participant',
      shareScreen: 'Share screen, an application or a browser tab',
      pstnDialOut: 'Dial out to a phone number',
      captions: 'Start captions, change caption language',
      callView:
        'See active speaker, choose speaker, view shared screen, participant and call state, muted state, leave reason, render remote video',
      devices: 'Ask for device permission; list, set and get camera and mic',
      speakers: 'List, set and get speaker',
      multiView: 'Render video in several places, set scaling mode',
    },
    cells: { yes: 'Yes', no: 'No', remoteOnly: 'Remote only' },
    requiresPstnDialOut: 'Only when the room allows dial-out.',
  },
  validity: {
    issues: {
      invalidDate: 'Enter a valid date and time.',
      untilNotAfterFrom: 'The end must be after the start.',
      untilInPast: 'The end is in the past. Choose a time in the future.',
      windowTooLong: 'A room can be open for at most {maxDays} days.',
    },
    status: { scheduled: 'Scheduled', open: 'Open', ended: 'Ended' },
  },
  identifiers: {
    empty: 'Enter an identifier.',
    malformed: 'This is not a valid communication identifier.',
    notCommunicationUser: 'Only Azure Communication Services users can be invited to a room.',
  },
  errors: {
    validation: 'Some values were not accepted. Check the highlighted fields.',
    notFound: 'This room no longer exists.',
    forbidden: 'You are not allowed to do this.',
    conflict: 'Someone else changed this at the same time. Reload and try again.',
    network: 'The service could not be reached. Check your connection and try again.',
    unavailable: 'The service is busy or unavailable. Try again in a moment.',
    aborted: 'The request was cancelled.',
    unknown: 'Something went wrong. Try again.',
  },
  rolePicker: ROLE_PICKER_EN,
  peoplePicker: PEOPLE_PICKER_EN,
  rosterEditor: ROSTER_EDITOR_EN,
  validityScheduler: VALIDITY_SCHEDULER_EN,
  roomEditor: ROOM_EDITOR_EN,
  roomList: ROOM_LIST_EN,
  roomCall: ROOM_CALL_EN,
  roomActivity: ROOM_ACTIVITY_EN,
  lobby: LOBBY_EN,
};
