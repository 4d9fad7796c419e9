/** Strings of RoomEditor. Placeholders are written {name}. */
export interface RoomEditorStrings {
  /** Heading while creating: "New room". */
  createTitle: string;
  /** Heading while editing: "Room {roomId}". */
  editTitle: string;
  /** Heading while editing a room that has a title: "{subject}". */
  editTitleNamed: string;
  /** Label of the title field. */
  subjectLabel: string;
  /** Hint under the title field. */
  subjectHint: string;
  /** Placeholder of the title field. */
  subjectPlaceholder: string;
  /** Characters used, shown near the limit: "{count} of {limit} characters". */
  characterCount: string;
  /** The disclosure that holds the notes and the reference. */
  moreDetails: string;
  /** Label of the notes field. */
  descriptionLabel: string;
  /** Hint under the notes field. */
  descriptionHint: string;
  /** Label of the host reference field. */
  referenceLabel: string;
  /** Hint under the reference field. */
  referenceHint: string;
  /** Problems with a detail, by `RoomDetailIssue.code`; shown under the field, so they need not name it. */
  detailIssues: {
    /** Only spaces were typed. */
    empty: string;
    /** Longer than the limit: {limit}, {count}. */
    tooLong: string;
    /** A character that cannot be shown. */
    controlCharacter: string;
    /** A zone nobody knows: {zone}. */
    unknownTimeZone: string;
    /** Not text. */
    notText: string;
  };
  /** Title of the message when someone else saved the room first. */
  conflictTitle: string;
  /** Who, what and when: "{name} changed {changes} at {time}." */
  conflictText: string;
  /** Who and what, when the time is unknown: "{name} changed {changes}." */
  conflictTextNoTime: string;
  /** Stands in for {name} when the backend does not say who it was. */
  someoneElse: string;
  /** Stands in for {changes} when nothing on this form differs: "this room". */
  changesUnknown: string;
  /** What was changed, as objects of that sentence ("the title"), joined by the locale's "and". */
  changedFields: {
    subject: string;
    description: string;
    reference: string;
    timeZone: string;
    validFrom: string;
    validUntil: string;
    /** Both the start and the end. */
    window: string;
    pstnDialOutEnabled: string;
    joinPolicy: string;
    /** Roles or people on the roster. */
    participants: string;
  };
  /** After that sentence: the user's own changes are still on the form. */
  conflictKept: string;
  /** Throws the user's changes away and shows the saved room. */
  conflictReload: string;
  /** Saves the user's changes over the other one. */
  conflictOverwrite: string;
  /** Shown while the newer version is being read. */
  conflictChecking: string;
  /** Beside Reload when the change was heard while editing (nothing is saved): "Keep mine". */
  conflictKeepMine: string;
  /** What someone else changed, heard while editing: "{name} has just changed {changes}." */
  conflictTextLive: string;
  /** Told politely when the form took changes made elsewhere, the user having changed nothing there. */
  updatedElsewhere: string;

  /** Delete confirmation title for a room with a title: "Delete “{subject}”?" */
  deleteTitleNamed: string;
  /** Delete confirmation text for a room with a title: {subject}, {window}. */
  deleteBodyNamed: string;
  /** After deleting a room with a title: {subject}. */
  deletedNamed: string;
  /** After creating a room with a title: {subject}. */
  createdNamed: string;
  /** The time-zone message the service sent: {message}. */
  timeZoneRejected: string;
  /** Label of the dial-out switch. */
  dialOutLabel: string;
  /** Hint under the dial-out switch. */
  dialOutHint: string;
  /** The switch's text when dial-out is allowed. */
  dialOutOn: string;
  /** The switch's text when it is not. */
  dialOutOff: string;
  /** Label of the join policy radio group. */
  joinPolicyLabel: string;
  /** The join policies. */
  joinPolicies: {
    inviteOnly: string;
    communicationServiceUsers: string;
  };
  /** The create button. */
  create: string;
  /** The create button while the request is under way. */
  creating: string;
  /** The save button (edit). */
  save: string;
  /** The save button while saving. */
  saving: string;
  /** The button that opens the delete confirmation. */
  deleteRoom: string;
  /** Delete confirmation title. */
  deleteTitle: string;
  /** Delete confirmation text naming the room and its window. */
  deleteBody: string;
  /** The confirmation's delete button. */
  deleteConfirm: string;
  /** Shown after the room was deleted. */
  deleted: string;
  /** Title of the message when deleting failed. */
  deleteFailed: string;
  /** Shown while the room loads. */
  loading: string;
  /** Title of the message when the room could not be loaded. */
  loadFailed: string;
  /** Title of the not-found state. */
  notFoundTitle: string;
  /** Text of the not-found state. */
  notFound: string;
  /** Title of the message when a create failed. */
  createFailed: string;
  /** Title of the message when a save failed. */
  saveFailed: string;
  /** After a failure the request may have been made: the same Create is safe to press again. */
  retryIsSafe: string;
  /** Shown under Save while nothing has changed. */
  noChanges: string;
  /** Shown when Save is pressed while a field still has a problem. */
  fixFields: string;
  /** A field the service refused: "The service did not accept this: {message}". */
  serverRejected: string;
  /** The roster the service refused. */
  participantsRejected: string;
  /** After a create: "Room {roomId} created." */
  created: string;
  /** After a save. */
  saved: string;
  /** When some changes were saved before a later request failed. */
  partlySaved: string;
  /**
   * The idempotency key was used by an earlier attempt with other values: that attempt may have made the room.
   */
  earlierAttempt: string;
  /** Button that deliberately makes a new room after {@link RoomEditorStrings.earlierAttempt}. */
  createAnother: string;
  /** The service answered a retried create with the room an earlier attempt made, with the values of then. */
  replayed: string;
  /** Shown when the viewer may not change the room. */
  readOnlyNotice: string;
}

/** English strings of RoomEditor. */
export const ROOM_EDITOR_EN: RoomEditorStrings = {
  createTitle: 'New room',
  editTitle: 'Room {roomId}',
  editTitleNamed: '{subject}',
  subjectLabel: 'Title',
  subjectHint: 'What people see in lists, invitations and the call.',
  subjectPlaceholder: 'For example: Follow-up: Priya Raman',
  characterCount: '{count} of {limit} characters',
  moreDetails: 'Notes and reference',
  descriptionLabel: 'Notes',
  descriptionHint: 'Shown to the people in the room.',
  referenceLabel: 'Reference',
  referenceHint: 'Your own reference, such as a booking number. People search for it.',
  detailIssues: {
    empty: 'Type a title, or clear the field to leave the title out.',
    tooLong: 'Keep this to {limit} characters; it has {count}.',
    controlCharacter: 'This contains a character that cannot be shown. Type it again, or paste it as plain text.',
    unknownTimeZone: '“{zone}” is not a time zone. Pick one from the list.',
    notText: 'This must be text.',
  },
  conflictTitle: 'Someone else saved this room while you were editing.',
  conflictText: '{name} changed {changes} at {time}.',
  conflictTextNoTime: '{name} changed {changes}.',
  someoneElse: 'Someone else',
  changesUnknown: 'this room',
  changedFields: {
    subject: 'the title',
    description: 'the notes',
    reference: 'the reference',
    timeZone: 'the time zone',
    validFrom: 'the start time',
    validUntil: 'the end time',
    window: 'the start and end times',
    pstnDialOutEnabled: 'phone dial-out',
    joinPolicy: 'who can join',
    participants: 'the participants',
  },
  conflictKept: 'Your changes are still here and have not been saved.',
  conflictReload: 'Reload their version',
  conflictOverwrite: 'Keep mine and save',
  conflictChecking: 'Checking what changed…',
  conflictKeepMine: 'Keep mine',
  conflictTextLive: '{name} has just changed {changes}.',
  updatedElsewhere: 'This room was changed elsewhere; the form shows the new version.',

  deleteTitleNamed: 'Delete “{subject}”?',
  deleteBodyNamed:
    '“{subject}” ({window}) and its participant list will be deleted. Nobody will be able to join it. This cannot be undone.',
  deletedNamed: '“{subject}” was deleted.',
  createdNamed: '“{subject}” created.',
  timeZoneRejected: 'The service did not accept the time zone: {message}',
  dialOutLabel: 'Phone dial-out',
  dialOutHint: 'Presenters can call phone numbers from the room call.',
  dialOutOn: 'Allowed',
  dialOutOff: 'Not allowed',
  joinPolicyLabel: 'Who can join',
  joinPolicies: {
    inviteOnly: 'Only the people invited below',
    communicationServiceUsers: 'Anyone with an account on this service',
  },
  create: 'Create room',
  creating: 'Creating…',
  save: 'Save changes',
  saving: 'Saving…',
  deleteRoom: 'Delete room',
  deleteTitle: 'Delete room {roomId}?',
  deleteBody:
    'The room {roomId} ({window}) and its participant list will be deleted. Nobody will be able to join it. This cannot be undone.',
  deleteConfirm: 'Delete room',
  deleted: 'Room {roomId} was deleted.',
  deleteFailed: 'The room was not deleted.',
  loading: 'Loading the room…',
  loadFailed: 'The room could not be loaded.',
  notFoundTitle: 'Room not found',
  notFound: 'The room {roomId} no longer exists. Someone may have deleted it.',
  createFailed: 'The room was not created.',
  saveFailed: 'The changes were not saved.',
  retryIsSafe: 'Your entries are kept. Creating again is safe: it will never make a second room.',
  noChanges: 'Nothing has changed yet.',
  fixFields: 'Check the highlighted fields first.',
  serverRejected: 'The service did not accept this: {message}',
  participantsRejected: 'The service did not accept the participants: {message}',
  created: 'Room {roomId} created.',
  saved: 'Changes saved.',
  partlySaved: 'Some changes were saved; the rest are still shown as unsaved.',
  earlierAttempt:
    'An earlier attempt with different values may already have created this room. Check the room list before creating another.',
  createAnother: 'Create another room anyway',
  replayed:
    'An earlier attempt had already created this room with the values you entered then. Your later changes are not saved yet: save them now.',
  readOnlyNotice: 'You can see this room but not change it.',
};

/** German strings of RoomEditor. */
export const ROOM_EDITOR_DE: RoomEditorStrings = {
  createTitle: 'Neuer Raum',
  editTitle: 'Raum {roomId}',
  editTitleNamed: '{subject}',
  subjectLabel: 'Titel',
  subjectHint: 'Das sehen alle in Listen, Einladungen und im Anruf.',
  subjectPlaceholder: 'Zum Beispiel: Nachsorge: Priya Raman',
  characterCount: '{count} von {limit} Zeichen',
  moreDetails: 'Notizen und Referenz',
  descriptionLabel: 'Notizen',
  descriptionHint: 'Für die Personen im Raum sichtbar.',
  referenceLabel: 'Referenz',
  referenceHint: 'Ihre eigene Referenz, etwa eine Buchungsnummer. Man kann danach suchen.',
  detailIssues: {
    empty: 'Geben Sie einen Titel ein, oder leeren Sie das Feld, um keinen Titel zu vergeben.',
    tooLong: 'Höchstens {limit} Zeichen; hier sind es {count}.',
    controlCharacter:
      'Hier steht ein Zeichen, das nicht angezeigt werden kann. Tippen Sie es neu, oder fügen Sie es als reinen Text ein.',
    unknownTimeZone: '„{zone}“ ist keine Zeitzone. Wählen Sie eine aus der Liste.',
    notText: 'Hier ist nur Text möglich.',
  },
  conflictTitle: 'Jemand anderes hat diesen Raum gespeichert, während Sie ihn bearbeitet haben.',
  conflictText: '{name} hat {changes} um {time} geändert.',
  conflictTextNoTime: '{name} hat {changes} geändert.',
  someoneElse: 'Jemand anderes',
  changesUnknown: 'diesen Raum',
  changedFields: {
    subject: 'den Titel',
    description: 'die Notizen',
    reference: 'die Referenz',
    timeZone: 'die Zeitzone',
    validFrom: 'die Startzeit',
    validUntil: 'die Endzeit',
    window: 'Start- und Endzeit',
    pstnDialOutEnabled: 'die Anrufe nach außen',
    joinPolicy: 'wer beitreten darf',

    participants: 'die Teilnehmenden',
  },
  conflictKept: 'Ihre Änderungen sind noch da und nicht gespeichert.',
  conflictReload: 'Deren Fassung laden',
  conflictOverwrite: 'Meine behalten und speichern',
  conflictChecking: 'Es wird geprüft, was sich geändert hat…',
  conflictKeepMine: 'Meine behalten',
  conflictTextLive: '{name} hat gerade {changes} geändert.',
  updatedElsewhere: 'Dieser Raum wurde anderswo geändert; das Formular zeigt die neue Fassung.',
  deleteTitleNamed: '„{subject}“ löschen?',
  deleteBodyNamed:
    '„{subject}“ ({window}) und die Teilnehmerliste werden gelöscht. Niemand kann mehr beitreten. Dies kann nicht rückgängig gemacht werden.',
  deletedNamed: '„{subject}“ wurde gelöscht.',
  createdNamed: '„{subject}“ wurde erstellt.',
  timeZoneRejected: 'Der Dienst hat die Zeitzone nicht angenommen: {message}',
  dialOutLabel: 'Anrufe nach außen',
  dialOutHint: 'Moderatoren können aus dem Raumanruf Telefonnummern anrufen.',
  dialOutOn: 'Erlaubt',
  dialOutOff: 'Nicht erlaubt',
  joinPolicyLabel: 'Wer beitreten darf',
  joinPolicies: {
    inviteOnly: 'Nur die unten eingeladenen Personen',
    communicationServiceUsers: 'Alle mit einem Konto bei diesem Dienst',
  },
  create: 'Raum erstellen',
  creating: 'Wird erstellt…',
  save: 'Änderungen speichern',
  saving: 'Wird gespeichert…',
  deleteRoom: 'Raum löschen',
  deleteTitle: 'Raum {roomId} löschen?',
  deleteBody:
    'Der Raum {roomId} ({window}) und seine Teilnehmerliste werden gelöscht. Niemand kann ihm mehr beitreten. Dies kann nicht rückgängig gemacht werden.',
  deleteConfirm: 'Raum löschen',
  deleted: 'Der Raum {roomId} wurde gelöscht.',
  deleteFailed: 'Der Raum wurde nicht gelöscht.',
  loading: 'Raum wird geladen…',
  loadFailed: 'Der Raum konnte nicht geladen werden.',
  notFoundTitle: 'Raum nicht gefunden',
  notFound: 'Den Raum {roomId} gibt es nicht mehr. Vielleicht hat ihn jemand gelöscht.',
  createFailed: 'Der Raum wurde nicht erstellt.',
  saveFailed: 'Die Änderungen wurden nicht gespeichert.',
  retryIsSafe: 'Ihre Eingaben bleiben erhalten. Erneutes Erstellen ist sicher: Es entsteht nie ein zweiter Raum.',
  noChanges: 'Noch nichts geändert.',
  fixFields: 'Prüfen Sie zuerst die markierten Felder.',
  serverRejected: 'Der Dienst hat dies nicht angenommen: {message}',
  participantsRejected: 'Der Dienst hat die Teilnehmenden nicht angenommen: {message}',
  created: 'Raum {roomId} erstellt.',
  saved: 'Änderungen gespeichert.',
  partlySaved: 'Ein Teil der Änderungen wurde gespeichert; der Rest wird weiter als ungespeichert angezeigt.',
  earlierAttempt:
    'Ein früherer Versuch mit anderen Werten hat diesen Raum vielleicht schon erstellt. Prüfen Sie die Raumliste, bevor Sie einen weiteren erstellen.',
  createAnother: 'Trotzdem einen weiteren Raum erstellen',
  replayed:
    'Ein früherer Versuch hatte diesen Raum bereits mit den damals eingegebenen Werten erstellt. Ihre späteren Änderungen sind noch nicht gespeichert: Speichern Sie sie jetzt.',
  readOnlyNotice: 'Sie können diesen Raum ansehen, aber nicht ändern.',
};
