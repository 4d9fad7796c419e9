import type { RoomsKitStringOverrides } from 'acs-rooms-kit';

/**
 * The clinic calls its rooms "appointments". Every kit text that says "room" is replaced here, through the kit's
 * string overrides alone; anything not named keeps the kit's English.
 */
export const APPOINTMENT_STRINGS: RoomsKitStringOverrides = {
  roomList: {
    title: 'Appointments',
    newRoom: 'New appointment',
    filterTextLabel: 'Search appointments',
    noSearchMatches: 'No appointments match “{query}”',
    untitledRoomName: 'appointment {roomId}',
    copyIdButton: 'Copy appointment id {roomId}',
    openUntitledRoom: 'No title, open appointment {roomId}',
    copied: 'Appointment id {roomId} copied.',
    columns: { id: 'Appointment' },
    deleteConfirm: 'Delete appointment',
    loading: 'Loading appointments…',
    loadingMore: 'Loading more appointments… {count} so far',
    loadFailed: 'The appointments could not be loaded.',
    empty: 'There are no appointments yet.',
    emptyHint: 'Appointments you book appear here.',
    noMatches: 'No appointments match these filters.',
    summary: '{shown} of {total} appointments',
    actions: { copyId: 'Copy appointment id' },
    newRooms:
      '{count, plural, one {A new appointment may match this search.} other {# new appointments may match this search.}}',
  },
  roomEditor: {
    createTitle: 'New appointment',
    editTitle: 'Appointment {roomId}',
    conflictTitle: 'Someone else saved this appointment while you were editing.',
    changesUnknown: 'this appointment',
    descriptionHint: 'Shown to the patient and the clinicians.',
    dialOutHint: 'Clinicians can call phone numbers from the appointment call.',
    create: 'Book appointment',
    creating: 'Booking…',
    // "Delete", not "Cancel": the form's own Cancel button (leave without saving) sits beside it.
    deleteRoom: 'Delete appointment',
    deleteTitle: 'Delete appointment {roomId}?',
    deleteTitleNamed: 'Delete “{subject}”?',
    deleteBody:
      'Appointment {roomId} ({window}) and its participant list will be deleted. Nobody will be able to join it. This cannot be undone.',
    deleteBodyNamed:
      '“{subject}” ({window}) and its participant list will be deleted. Nobody will be able to join it. This cannot be undone.',
    deleteConfirm: 'Delete appointment',
    deleted: 'Appointment {roomId} was deleted.',
    deletedNamed: '“{subject}” was deleted.',
    deleteFailed: 'The appointment was not deleted.',
    loading: 'Loading the appointment…',
    loadFailed: 'The appointment could not be loaded.',
    notFoundTitle: 'Appointment not found',
    notFound: 'Appointment {roomId} no longer exists. Someone may have deleted it.',
    createFailed: 'The appointment was not booked.',
    retryIsSafe: 'Your entries are kept. Booking again is safe: it will never make a second appointment.',
    created: 'Appointment {roomId} booked.',
    createdNamed: '“{subject}” booked.',
    earlierAttempt:
      'An earlier attempt with different values may already have booked this appointment. Check the list before booking another.',
    createAnother: 'Book another appointment anyway',
    replayed:
      'An earlier attempt had already booked this appointment with the values you entered then. Your later changes are not saved yet: save them now.',
    readOnlyNotice: 'You can see this appointment but not change it.',
    updatedElsewhere: 'This appointment was changed elsewhere; the form shows the new version.',
  },
  roomCall: {
    moderation: {
      unsupported: 'This appointment’s service can’t do this in a call.',
      endDialogCloseRoom: 'Also close the appointment now so nobody can join again',
      endDialogCloseRoomHint: 'The appointment’s end time moves to now. This can’t be undone.',
      endedAndClosedByTitle: '{name} ended the call for everyone and closed the appointment',
      youEndedAndClosedTitle: 'You ended the call for everyone and closed the appointment',
      endedAndClosedBody: 'Nobody can join this appointment again. You can close this page.',
      removedBody: 'You’re still invited to the appointment. Ask a presenter if you should join again.',
    },
    waitingTitle: 'This appointment hasn’t started yet',
    waitingTitleNamed: '“{subject}” hasn’t started yet',
    waitingHint: 'The call opens by itself when the appointment starts. You can keep this page open.',
    roomOpened: 'The appointment has started. You can join the call now.',
    endedTitle: 'This appointment has ended',
    endedBody: 'It was open {range}. Ask the clinic for a new appointment.',
    endedDuringCall: 'This appointment ended at {time}. The call can end at any moment, and nobody can rejoin.',
    notInvitedTitle: 'You’re not invited to this appointment',
    notInvitedBody: 'Only people on the appointment’s invitation list can join. Ask the clinic to add you.',
    loadFailedTitle: 'The appointment couldn’t be loaded',
    peopleButton: 'People',
    peoplePanelTitle: 'People in this appointment',
    removeFromRoomLabel: 'Remove {name} from the appointment',
    confirmRemoveTitle: 'Remove {name} from the appointment?',
    removeDone: '{name} was removed from the appointment.',
  },
  rosterEditor: {
    empty: 'No one is invited to this appointment yet.',
    interactiveLimitBody:
      '{count} participants may speak and show video, but an appointment call admits at most {limit}. Give some of them the {consumerRole} role, which watches and listens only.',
    bulkNotCommunicationUser: 'Not a communication user: only ACS users can join an appointment',
    reviewSummary: 'These changes will be saved to the appointment.',
    deletedTitle: 'This appointment was deleted.',
  },
  validityScheduler: {
    label: 'When the appointment is open',
    beforeMin: 'The appointment cannot start before {min}.',
    afterMax: 'The appointment must end by {max}.',
  },
  organisers: {
    capabilityTable: {
      caption: 'What each role can do in an appointment call',
      requiresPstnDialOut: 'Only when the appointment allows calling phone numbers.',
    },
  },
  identifiers: { notCommunicationUser: 'Only Azure Communication Services users can be invited to an appointment.' },
  rolePicker: { needsRoomSetting: '{capability} (when the appointment allows it)' },
  validity: { issues: { windowTooLong: 'An appointment can be open for at most {maxDays} days.' } },
  errors: { notFound: 'This appointment no longer exists.' },
  lobby: {
    waitingRoom: {
      headingUntitled: 'Ask to join this appointment',
      intro: 'Only invited people can join this appointment. Ask a presenter to let you in.',
      closedTitle: 'This appointment has closed',
      roomRefused: 'This appointment takes no requests: it has closed, or you are invited already.',
      notSupported: 'This appointment takes no requests to join.',
      announce: { closed: 'This appointment has closed.' },
    },
  },
};
