import { ROLE_PICKER_EN } from './areas/rolePicker';
import { PEOPLE_PICKER_EN } from './areas/peoplePicker';
import { ROSTER_EDITOR_EN } from './areas/rosterEditor';
import { VALIDITY_SCHEDULER_EN } from './areas/validityScheduler';
import { ROOM_EDITOR_EN } from './areas/roomEditor';
import { ROOM_LIST_EN } from './areas/roomList';
import { ROOM_CALL_EN } from './areas/roomCall';
import { ROOM_ACTIVITY_EN } from './areas/roomActivity';
import { LOBBY_EN } from './areas/lobby';
import { ORGANISERS_EN } from './areas/organisers';
import { PARTICIPANTS_EN } from './areas/participants';
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
    clearSearch: 'Clear search',
    offline: 'You are offline. Changes will be possible again when the connection returns.',
  },
  organisers: ORGANISERS_EN,
  participants: PARTICIPANTS_EN,
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
    phoneNumber: "Phone numbers can't be invited; invite the person's account instead.",
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
